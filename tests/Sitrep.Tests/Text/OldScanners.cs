using Sitrep.Geo;
using Sitrep.Text;

namespace Sitrep.Tests.Text;

/// <summary>
/// The three scanners that the one tokenizer replaced, kept verbatim (as of 8e0cfbd) only as the
/// oracle of <see cref="TokenViewPropertyTests"/>: each view of the token layer must give what its
/// old scanner gave.
/// </summary>
internal static class OldScanners
{
    public static List<LexToken> Lexer(string text, int start = 0, int end = -1)
    {
        if (end < 0) end = text.Length;
        var tokens = new List<LexToken>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsLetterOrDigit(c))
            {
                var s = i;
                while (i < end && (char.IsLetterOrDigit(text[i])
                       || (text[i] is ',' or '.' && char.IsDigit(text[i - 1]) && i + 1 < end && char.IsDigit(text[i + 1]))))
                    i++;
                tokens.Add(new LexToken(s, i, text[s..i]));
                continue;
            }
            tokens.Add(new LexToken(i, i + 1, text[i..(i + 1)]));
            i++;
        }
        return tokens;
    }

    public static List<WordToken> Words(string text, int start, int end)
    {
        var tokens = new List<WordToken>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (!char.IsLetterOrDigit(c))
            {
                AddWord(tokens, text, i, i + 1);
                i++;
                continue;
            }
            var j = i + 1;
            while (j < end)
            {
                var d = text[j];
                if (char.IsLetterOrDigit(d)) { j++; continue; }
                if (j + 1 < end && char.IsLetterOrDigit(text[j + 1]) && JoinsWord(text, i, j, end))
                {
                    j++;
                    continue;
                }
                break;
            }
            AddWord(tokens, text, i, j);
            i = j;
        }
        return tokens;
    }

    private static bool JoinsWord(string text, int wordStart, int at, int end)
    {
        var d = text[at];
        var next = text[at + 1];
        var prev = text[at - 1];
        switch (d)
        {
            case '-' or '\u2010' or '\u2011':
                return !(char.IsDigit(prev) && char.IsDigit(next)); // "10-15" is a range
            case '\'' or '\u2019' or '\u00B4':
                return true;
            case ',':
                // Thousands separator: digits before, exactly three digits after.
                return char.IsDigit(prev) && AllDigits(text, wordStart, at) && ThreeDigitsAt(text, at + 1, end);
            case '.':
                return char.IsDigit(prev) && char.IsDigit(next)
                    || char.IsLetter(prev) && char.IsLetter(next) && (at + 2 >= end || text[at + 2] == '.'); // a.m.
            case ':':
                return char.IsDigit(prev) && char.IsDigit(next);
            default:
                return false;
        }
    }

    private static bool AllDigits(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (!char.IsDigit(text[k]) && text[k] != ',') return false;
        return true;
    }

    private static bool ThreeDigitsAt(string text, int at, int end) =>
        at + 3 <= end && char.IsDigit(text[at]) && char.IsDigit(text[at + 1]) && char.IsDigit(text[at + 2])
        && (at + 3 == end || !char.IsLetterOrDigit(text[at + 3]) || false);

    private static void AddWord(List<WordToken> tokens, string text, int start, int end)
    {
        var s = text[start..end];
        // Curly and acute apostrophes read as the plain one, so data files need one spelling.
        tokens.Add(new WordToken(s, s.ToLowerInvariant().Replace('\u2019', '\'').Replace('\u00B4', '\''), start, end));
    }

    public static List<TextToken> Places(string text)
    {
        var tokens = new List<TextToken>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i])
                   || PlaceNameNormalizer.IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))) i++;
            var end = i;
            if (end - start > 2 && PlaceNameNormalizer.IsApostrophe(text[end - 2]) && text[end - 1] is 's' or 'S') end -= 2;
            // "Zurmatdistrict", "Nangarharprovince": a kind word glued to a capitalised name is its own token
            if (GluedKindWord(text, start, end) is { } glued)
            {
                Add(tokens, text, start, end - glued);
                Add(tokens, text, end - glued, end);
                continue;
            }
            Add(tokens, text, start, end);
        }
        return tokens;
    }

    private static readonly string[] KindWords = ["district", "province"];

    private static int? GluedKindWord(string text, int start, int end)
    {
        if (!char.IsUpper(text[start])) return null;
        foreach (var kind in KindWords)
            if (end - start >= kind.Length + 3 && text.AsSpan(end - kind.Length, kind.Length).Equals(kind, StringComparison.OrdinalIgnoreCase)
                && char.IsLower(text[end - kind.Length - 1]))
                return kind.Length;
        return null;
    }

    private static void Add(List<TextToken> tokens, string text, int start, int end)
    {
        var word = text.AsSpan(start, end - start);
        var fold = PlaceNameNormalizer.FoldToken(word);
        var capitalised = char.IsUpper(word[0]);
        var allCaps = capitalised && !word.ContainsAnyInRange('a', 'z');
        var key = PlaceNameNormalizer.IsConnective(fold) ? "" : PlaceNameNormalizer.KeyOfFolded(fold);
        var skeletonFirst = PlaceNameNormalizer.Skeleton(key);
        var skeletonRest = key.Contains('a') ? key.Replace("a", "", StringComparison.Ordinal) : key;
        tokens.Add(new TextToken(start, end, fold, key, capitalised, allCaps, skeletonFirst, skeletonRest));
    }
}
