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
            if (IsSource(text, mentions[k].Span, cues.Patterns)) mentions[k] = mentions[k] with { Source = true };
            if (IsReference(text, mentions[k].Span.Start, cues.Patterns)) mentions[k] = mentions[k] with { Reference = true };
            else if (cues.Patterns.OriginBefore.IsMatch(text.AsSpan(Math.Max(0, mentions[k].Span.Start - 30), Math.Min(30, mentions[k].Span.Start))))
                mentions[k] = mentions[k] with { Origin = true };
        }
        for (var k = 0; k + 1 < mentions.Count; k++)
        {
            var a = mentions[k];
            var b = mentions[k + 1];
            var gap = text.AsSpan(a.Span.End, b.Span.Start - a.Span.End);
            if (b.Place.Kind == PlaceKind.Province && a.Place.Kind != PlaceKind.Province && a.Place.Admin1Id == b.Place.Id
                && cues.Patterns.OpeningParenthesis.IsMatch(gap) && b.Span.End < text.Length && text[b.Span.End] == ')')
                mentions[k] = a with { ProvinceInParentheses = true };
            if (cues.Patterns.RouteGap.IsMatch(gap) && cues.Patterns.RoadWord.IsMatch(text.AsSpan(b.Span.End, Math.Min(20, text.Length - b.Span.End))))
            {
                mentions[k] = mentions[k] with { RouteEnd = true };
                mentions[k + 1] = b with { RouteEnd = true };
            }
        }
        return mentions;
    }





    private static bool IsSource(string text, Span span, PlacePatterns patterns)
    {
        var from = Math.Max(0, span.Start - 60);
        var before = text.AsSpan(from, span.Start - from);
        if (patterns.SourceBefore.IsMatch(before)) return true;
        var after = text.AsSpan(span.End, Math.Min(80, text.Length - span.End));
        return patterns.SourceAfter.IsMatch(after) || patterns.SpeakerBefore.IsMatch(before) && patterns.SayingAfter.IsMatch(after);
    }

    private static bool IsReference(string text, int start, PlacePatterns patterns)
    {
        var from = Math.Max(0, start - 60);
        return patterns.ReferenceBefore.IsMatch(text.AsSpan(from, start - from));
    }

    /// <summary>"retreat towards X", "moved to the provincial capital X": a preposition of direction, or "to" after a verb of going.</summary>
    private static bool IsDestination(string text, int start, PlaceCues cues)
    {
        var from = Math.Max(0, start - 60);
        var words = WordsBeforeOf(text.AsSpan(from, start - from));
        while (words.Count > 0 && cues.Fillers.Contains(words[^1])) words.RemoveAt(words.Count - 1);
        if (words.Count == 0) return false;
        if (cues.TowardWords.Contains(words[^1])) return true;
        if (!cues.MotionPrepositions.Contains(words[^1])) return false;
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
