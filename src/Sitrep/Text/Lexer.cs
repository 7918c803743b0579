namespace Sitrep.Text;

/// <summary>A word or a punctuation mark and where it sits in the text.</summary>
public readonly record struct LexToken(int Start, int End, string Text)
{
    public bool IsWord => Text.Length > 0 && char.IsLetterOrDigit(Text[0]);
    public Span Span => new(Start, End);
}

/// <summary>
/// Splits text into words (runs of letters and digits, with inner commas and periods of numbers
/// kept: "10,000", "3.5") and single punctuation marks. Apostrophes and hyphens are their own
/// tokens so "Taliban's" and "US-Taliban" expose the bare names.
/// </summary>
public static class Lexer
{
    public static List<LexToken> Tokenize(string text, int start = 0, int end = -1)
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
}
