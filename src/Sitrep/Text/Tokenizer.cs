namespace Sitrep.Text;

/// <summary>
/// The one tokenizer: splits text into words and punctuation. A word keeps inner hyphens and
/// apostrophes ("thirty-seven", "25-year-old", "didn't"), a number keeps its thousands separators
/// and decimal point ("10,000,000", "1.5"), a clock time its colon ("10:30"); everything else that
/// is not a letter, digit or space is a token of its own ("$", "%", ","). Each word counts the
/// marks it joins (<see cref="WordToken.Joints"/>), so the finer views (<see cref="LexView"/>, the
/// place matcher's) split it there without scanning the text again.
/// </summary>
internal static class Tokenizer
{
    /// <summary>The tokens of the whole of <paramref name="text"/>: a data-file phrase, an alias.</summary>
    public static List<WordToken> Tokenize(string text) => Tokenize(text, 0, text.Length);

    /// <summary>
    /// The tokens of [<paramref name="start"/>, <paramref name="end"/>) as if the text were only that
    /// range: a word at the edge is cut there.
    /// </summary>
    public static List<WordToken> Tokenize(string text, int start, int end)
    {
        var tokens = new List<WordToken>(Math.Max(4, (end - start) / 5));
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (!char.IsLetterOrDigit(c))
            {
                Add(tokens, text, i, i + 1, 0);
                i++;
                continue;
            }
            var j = i + 1;
            var joints = 0;
            while (j < end)
            {
                var d = text[j];
                if (char.IsLetterOrDigit(d)) { j++; continue; }
                if (j + 1 < end && char.IsLetterOrDigit(text[j + 1]) && JoinsWord(text, i, j, end))
                {
                    j++;
                    joints++;
                    continue;
                }
                break;
            }
            Add(tokens, text, i, j, joints);
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

    // One string per ASCII character, shared by every one-character token ("," ".", "a") instead of one per occurrence.
    private static readonly string[] Ascii = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    /// <summary>The one-character text at <paramref name="at"/>, shared when it is ASCII.</summary>
    internal static string OneChar(string text, int at) => text[at] < 128 ? Ascii[text[at]] : text.Substring(at, 1);

    private static void Add(List<WordToken> tokens, string text, int start, int end, int joints)
    {
        if (end - start == 1 && text[start] < 128)
        {
            var c = text[start];
            tokens.Add(new WordToken(Ascii[c], Ascii[char.ToLowerInvariant(c)], start, end, joints));
            return;
        }
        var s = text[start..end];
        // Curly and acute apostrophes read as the plain one, so data files need one spelling.
        tokens.Add(new WordToken(s, s.ToLowerInvariant().Replace('\u2019', '\'').Replace('\u00B4', '\''), start, end, joints));
    }
}
