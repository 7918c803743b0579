namespace Sitrep.Text;

/// <summary>
/// Splits text into words and punctuation. A word keeps inner hyphens and apostrophes
/// ("thirty-seven", "25-year-old", "didn't"), a number keeps its thousands separators and
/// decimal point ("10,000,000", "1.5"), a clock time its colon ("10:30"); everything else that
/// is not a letter, digit or space is a token of its own ("$", "%", ",").
/// </summary>
internal static class WordTokenizer
{
    public static List<WordToken> Tokenize(string text, int start, int end)
    {
        var tokens = new List<WordToken>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (!char.IsLetterOrDigit(c))
            {
                Add(tokens, text, i, i + 1);
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
            Add(tokens, text, i, j);
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

    private static void Add(List<WordToken> tokens, string text, int start, int end)
    {
        var s = text[start..end];
        // Curly and acute apostrophes read as the plain one, so data files need one spelling.
        tokens.Add(new WordToken(s, s.ToLowerInvariant().Replace('\u2019', '\'').Replace('\u00B4', '\''), start, end));
    }
}
