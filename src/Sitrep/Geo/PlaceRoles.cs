using System.Text.RegularExpressions;
using Sitrep.Text;

namespace Sitrep.Geo;

/// <summary>
/// What a place name does in its sentence beyond naming a place: opens a news dateline, is
/// marked by a coder's parenthesised province, or ends a named road (see <see cref="PlaceMention"/>).
/// </summary>
public static partial class PlaceRoles
{
    /// <summary>
    /// "KABUL -", "NILI, Daikundi -", "KANDAHAR, Afghanistan (AWS) -": a word in capitals at the
    /// start of a paragraph, an optional ", Region" and "(Agency)", then a dash.
    /// </summary>
    [GeneratedRegex(@"^[ \t]*(?<d>\p{Lu}{2}[\p{Lu}'’.\- ]{0,40}?(?:,[ \t]*\p{L}[\p{L}'’.\- ]{0,40}?)?[ \t]*(?:\([^)\n]{1,60}\))?)[ \t]*[-–—]{1,2}[ \t]",
        RegexOptions.Multiline)]
    private static partial Regex DatelinePattern();

    /// <summary>"Tani district (Khost)", "Jabal Saraj (Parwan)": the gap up to the parenthesised province.</summary>
    [GeneratedRegex(@"^[ \t]*(?:(?:district|city|town|village|area)[ \t]*)?\($", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningParenthesis();

    /// <summary>A road or highway named after its ends: "Kabul-Kandahar highway", "Lashkar Gah - Kandahar road".</summary>
    [GeneratedRegex(@"^[ \t]*(?:road|highway|motorway|route)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RoadWord();

    public static IReadOnlyList<Span> Datelines(string text)
    {
        List<Span>? result = null;
        foreach (Match m in DatelinePattern().Matches(text))
        {
            var d = m.Groups["d"];
            (result ??= []).Add(new Span(d.Index, d.Index + d.Length));
        }
        return result ?? (IReadOnlyList<Span>)[];
    }

    /// <summary>Sets <see cref="PlaceMention.ProvinceInParentheses"/> and <see cref="PlaceMention.RouteEnd"/>.</summary>
    public static List<PlaceMention> Mark(string text, List<PlaceMention> mentions)
    {
        for (var k = 0; k + 1 < mentions.Count; k++)
        {
            var a = mentions[k];
            var b = mentions[k + 1];
            var gap = text[a.Span.End..b.Span.Start];
            if (b.Place.Kind == PlaceKind.Province && a.Place.Kind != PlaceKind.Province && a.Place.Admin1Id == b.Place.Id
                && OpeningParenthesis().IsMatch(gap) && b.Span.End < text.Length && text[b.Span.End] == ')')
                mentions[k] = a with { ProvinceInParentheses = true };
            if (gap.Trim() is "-" or "–" or "—" or "to" && RoadWord().IsMatch(text.AsSpan(b.Span.End).ToString()[..Math.Min(20, text.Length - b.Span.End)]))
            {
                mentions[k] = mentions[k] with { RouteEnd = true };
                mentions[k + 1] = b with { RouteEnd = true };
            }
        }
        return mentions;
    }
}
