using Sitrep.Text;

namespace Sitrep.Numbers;

/// <summary>
/// Multi-word phrases (lower case, split on spaces) with a value each, matched against a token
/// list at a position; the longest phrase wins. Phrases end with the data-file entry's words,
/// so "per cent" matches the tokens "per" "cent".
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> _byFirstWord = new(StringComparer.Ordinal);

    public void Add(string phrase, T value)
    {
        var words = Split(phrase);
        if (words.Length == 0) return;
        if (!_byFirstWord.TryGetValue(words[0], out var list))
            _byFirstWord[words[0]] = list = [];
        list.Add((words, value));
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    /// <summary>Splits a phrase into the tokens <see cref="Tokenizer"/> makes of it.</summary>
    private static string[] Split(string phrase)
    {
        var lower = phrase.Trim().ToLowerInvariant();
        return [.. Tokenizer.Tokenize(lower).Select(t => t.Lower)];
    }

    /// <summary>The longest phrase starting at token <paramref name="at"/>; its length in tokens, 0 when none.</summary>
    public int MatchAt(IReadOnlyList<WordToken> tokens, int at, out T value)
    {
        value = default!;
        if (at < 0 || at >= tokens.Count || !_byFirstWord.TryGetValue(tokens[at].Lower, out var list)) return 0;
        foreach (var (words, v) in list)
        {
            if (at + words.Length > tokens.Count) continue;
            var ok = true;
            for (var k = 1; k < words.Length && ok; k++)
                ok = tokens[at + k].Lower == words[k];
            if (!ok) continue;
            value = v;
            return words.Length;
        }
        return 0;
    }

    /// <summary>The longest phrase ending just before token <paramref name="end"/>; its length in tokens, 0 when none.</summary>
    public int MatchEndingAt(IReadOnlyList<WordToken> tokens, int end, out T value)
    {
        value = default!;
        var best = 0;
        for (var start = Math.Max(0, end - 5); start < end; start++)
        {
            var n = MatchAt(tokens, start, out var v);
            if (n == end - start && n > best)
            {
                best = n;
                value = v;
            }
        }
        return best;
    }

    public bool Contains(IReadOnlyList<WordToken> tokens, int at) => MatchAt(tokens, at, out _) > 0;
}
