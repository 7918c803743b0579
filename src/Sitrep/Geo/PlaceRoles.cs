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

    /// <summary>Up to five words before a place, "the" and "provincial" aside.</summary>
    /// <remarks>
    /// The patterns that end at the place (<c>$</c>) run right to left: the engine then starts at
    /// the end of the window only, where left to right it tried every word start of the 60
    /// characters before it (five to twenty times slower). Existence of a match and, for this one,
    /// the match itself are the same either way (checked on every position of the gold and
    /// generated texts and on random strings of letters, marks, digits, spaces and joiners).
    /// </remarks>
    [GeneratedRegex(@"(?:\b\p{L}+\W+){0,5}$", RegexOptions.RightToLeft)]
    private static partial Regex WordsBefore();

    /// <summary>
    /// Sets <see cref="PlaceMention.ProvinceInParentheses"/>, <see cref="PlaceMention.RouteEnd"/>,
    /// <see cref="PlaceMention.Destination"/>, <see cref="PlaceMention.Source"/>, <see cref="PlaceMention.Reference"/> and <see cref="PlaceMention.Origin"/>.
    /// </summary>
    public static List<PlaceMention> Mark(string text, List<PlaceMention> mentions, PlaceCues cues)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            if (IsDestination(text, mentions[k].Span.Start, cues)) mentions[k] = mentions[k] with { Destination = true };
            if (IsSource(text, mentions[k].Span)) mentions[k] = mentions[k] with { Source = true };
            if (IsReference(text, mentions[k].Span.Start)) mentions[k] = mentions[k] with { Reference = true };
            else if (OriginBefore().IsMatch(text.AsSpan(Math.Max(0, mentions[k].Span.Start - 30), Math.Min(30, mentions[k].Span.Start))))
                mentions[k] = mentions[k] with { Origin = true };
        }
        for (var k = 0; k + 1 < mentions.Count; k++)
        {
            var a = mentions[k];
            var b = mentions[k + 1];
            var gap = text.AsSpan(a.Span.End, b.Span.Start - a.Span.End);
            if (b.Place.Kind == PlaceKind.Province && a.Place.Kind != PlaceKind.Province && a.Place.Admin1Id == b.Place.Id
                && OpeningParenthesis().IsMatch(gap) && b.Span.End < text.Length && text[b.Span.End] == ')')
                mentions[k] = a with { ProvinceInParentheses = true };
            if (gap.Trim() is "-" or "–" or "—" or "to" && RoadWord().IsMatch(text.AsSpan(b.Span.End, Math.Min(20, text.Length - b.Span.End))))
            {
                mentions[k] = mentions[k] with { RouteEnd = true };
                mentions[k + 1] = b with { RouteEnd = true };
            }
        }
        return mentions;
    }

    /// <summary>"officials in X said", "told reporters in X", "speaking in X": where the account was given.</summary>
    [GeneratedRegex(@"\b(?:(?:said|says|told\s+(?:reporters|journalists|the\s+media)|speaking|spoke|announced|(?:news\s+)?conference|briefing)|(?:officials?|authorities|spokes(?:man|woman|person)|sources?))\s+in\s+(?:the\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex SourceBefore();

    /// <summary>"X police said", "X officials told": the place names whose officials speak.</summary>
    [GeneratedRegex(@"^(?:\s+(?:city|province|provincial))?\s+(?:police|officials|authorities|governor'?s?(?:\s+office)?|spokes(?:man|woman|person))\b[^.;]{0,40}?\b(?:said|says|told|confirmed|reported)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex SourceAfter();

    /// <summary>
    /// "60 km north of", "15 kilometres from", "a district just south of", "north-west of": a landmark to
    /// measure from; "in the west of X", "the north and east of X" are parts of X, not beside it.
    /// </summary>
    [GeneratedRegex(@"(?:\b(?:km|kms|kilometres|kilometers|miles)\s+(?:(?:to\s+the\s+)?(?:north|south|east|west)(?:[\s-]?(?:east|west))?(?:ern)?\s+)?(?:of|from)|(?<!\b(?:the|and|in|or)\s+)\b(?:(?:north|south|east|west)(?:[\s-]?(?:east|west))?)\s+of)\s+(?:the\s+)?(?:provincial\s+capital,?\s+|city\s+of\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex ReferenceBefore();

    /// <summary>"travelled from X", "fighters from the X district": where people came from.</summary>
    [GeneratedRegex(@"\bfrom\s+(?:the\s+)?(?:provincial\s+capital,?\s+|city\s+of\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex OriginBefore();

    /// <summary>"police in X said", "the governor in X told": a speaker's place, when a verb of saying follows.</summary>
    [GeneratedRegex(@"\b(?:police|governor|commander|chief|council|ministry|corps|army|elders)\s+in\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex SpeakerBefore();

    [GeneratedRegex(@"^(?:\s+(?:city|province))?,?\s+(?:said|says|told|confirmed|reported)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SayingAfter();

    private static bool IsSource(string text, Span span)
    {
        var from = Math.Max(0, span.Start - 60);
        var before = text.AsSpan(from, span.Start - from);
        if (SourceBefore().IsMatch(before)) return true;
        var after = text.AsSpan(span.End, Math.Min(80, text.Length - span.End));
        return SourceAfter().IsMatch(after) || SpeakerBefore().IsMatch(before) && SayingAfter().IsMatch(after);
    }

    private static bool IsReference(string text, int start)
    {
        var from = Math.Max(0, start - 60);
        return ReferenceBefore().IsMatch(text.AsSpan(from, start - from));
    }

    /// <summary>"retreat towards X", "moved to the provincial capital X": a preposition of direction, or "to" after a verb of going.</summary>
    private static bool IsDestination(string text, int start, PlaceCues cues)
    {
        var from = Math.Max(0, start - 60);
        var words = WordsBeforeOf(text.AsSpan(from, start - from));
        while (words.Count > 0 && words[^1] is "the" or "provincial" or "district" or "city" or "capital") words.RemoveAt(words.Count - 1);
        if (words.Count == 0) return false;
        if (words[^1] is "towards" or "toward") return true;
        if (words[^1] != "to") return false;
        for (var k = Math.Max(0, words.Count - 4); k < words.Count - 1; k++)
            if (cues.RoleOf(PlaceNameNormalizer.Fold(words[k])) == CueRole.Motion) return true;
        return false;
    }

    /// <summary>
    /// The words of <see cref="WordsBefore"/>'s match, lower case. The match is letter runs each
    /// followed by non-word characters, so its words are its maximal runs of letters.
    /// </summary>
    private static List<string> WordsBeforeOf(ReadOnlySpan<char> window)
    {
        var words = new List<string>(5);
        foreach (var m in WordsBefore().EnumerateMatches(window))
        {
            var value = window.Slice(m.Index, m.Length);
            for (var i = 0; i < value.Length;)
            {
                if (!char.IsLetter(value[i])) { i++; continue; }
                var first = i;
                while (i < value.Length && char.IsLetter(value[i])) i++;
                words.Add(value[first..i].ToString().ToLowerInvariant());
            }
            break; // the leftmost match, as Match gives it
        }
        return words;
    }
}
