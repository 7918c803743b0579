namespace Sitrep.Text;

/// <summary>
/// The event rules' finer view of the tokens (<see cref="LexToken"/>): every mark a word joined is
/// its own token again, so "Taliban's" and "US-Taliban" expose the bare names, except a comma or
/// period between digits, which joins any digits ("10,000", "3.5", also "1,5" and "1,2,3" that the
/// words keep apart). Derived from <see cref="Tokenizer"/>'s tokens, never from the characters alone.
/// </summary>
public static class LexView
{
    /// <summary>The finer tokens of the whole of <paramref name="text"/>: an alias, a lexicon entry, an agent's words.</summary>
    public static List<LexToken> Of(string text) => Of(text, Tokenizer.Tokenize(text));

    /// <summary>
    /// The finer tokens of <paramref name="words"/>, the tokenizer's tokens of one range of
    /// <paramref name="text"/>; a joining comma needs its digits on both sides within the range.
    /// </summary>
    internal static List<LexToken> Of(string text, IReadOnlyList<WordToken> words)
    {
        var tokens = new List<LexToken>(words.Count + 2);
        // The token being built: it stays open after a word, since a comma between digits may join the next word to it.
        var open = -1;
        var openEnd = -1;
        string? openText = null;
        var glue = false;

        void Flush()
        {
            if (open >= 0) tokens.Add(new LexToken(open, openEnd, openText ?? text[open..openEnd]));
            open = -1;
            glue = false;
        }

        void Run(int start, int end, string? whole)
        {
            if (glue)
            {
                openEnd = end;
                openText = null;
                glue = false;
                return;
            }
            Flush();
            (open, openEnd, openText) = (start, end, whole);
        }

        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w];
            if (!word.IsWord)
            {
                if (open >= 0 && openEnd == word.Start && word.Text is "," or "." && char.IsDigit(text[word.Start - 1])
                    && w + 1 < words.Count && words[w + 1].Start == word.End && char.IsDigit(text[word.End]))
                {
                    openEnd = word.End;
                    openText = null;
                    glue = true;
                    continue;
                }
                Flush();
                tokens.Add(new LexToken(word.Start, word.End, word.Text));
                continue;
            }
            if (word.Joints == 0)
            {
                Run(word.Start, word.End, word.Text);
                continue;
            }
            var runStart = word.Start;
            for (var k = word.Start + 1; k < word.End; k++)
            {
                var c = text[k];
                if (char.IsLetterOrDigit(c)) continue;
                Run(runStart, k, null);
                if (c is ',' or '.' && char.IsDigit(text[k - 1]) && char.IsDigit(text[k + 1]))
                {
                    openEnd = k + 1;
                    openText = null;
                    glue = true;
                }
                else
                {
                    Flush();
                    tokens.Add(new LexToken(k, k + 1, Tokenizer.OneChar(text, k)));
                }
                runStart = k + 1;
            }
            Run(runStart, word.End, null);
        }
        Flush();
        return tokens;
    }
}
