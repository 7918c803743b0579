using System.Collections.Frozen;
using Sitrep.Text;

namespace Sitrep.Framing;

/// <summary>
/// Finds the lexicon's phrases in a sentence from the words the pipeline already tokenized, with
/// the matches of the one alternation regex it replaces (<see cref="FramingLexicon.Phrases"/>,
/// kept as the reference the tests compare against): a phrase starts where no letter or hyphen
/// comes before, is matched case-insensitively with any run of white space for a space, may not
/// be followed by a letter, and "*" at its end takes the rest of the word; at each start the
/// phrases are tried longest first, and a match is not overlapped by a later one. Only the
/// phrases whose first word a run of letters in the sentence equals (or, for an open one-word
/// phrase, begins with) are tried, so most words cost one lookup and no scan. The regex was most
/// of framing's remaining time once the sentences were gated (issue #19).
/// </summary>
public sealed class FramingPhrases
{
    private readonly (string Core, bool Open)[] _phrases;
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _firstRun;
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _openPrefix;
    private readonly int[] _prefixLengths;

    /// <summary>
    /// The open prefixes cut to the shortest one's length: a run whose start is none of them begins
    /// no open phrase, so most words cost one lookup here instead of one per prefix length.
    /// </summary>
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _openHeads;

    /// <param name="phrases">Lower-case phrases in the order they are tried (longest first), "*" at the end of an open one.</param>
    public FramingPhrases(IReadOnlyList<string> phrases)
    {
        _phrases = [.. phrases.Select(p => (p.TrimEnd('*'), p.EndsWith('*')))];
        var byFirst = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byOpen = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < _phrases.Length; i++)
        {
            var (core, open) = _phrases[i];
            var letters = 0;
            while (letters < core.Length && char.IsLetter(core[letters])) letters++;
            if (letters == 0) throw new FormatException($"framing/lexicon.tsv: a phrase must start with a letter: \"{core}\"");
            // a one-word open phrase ("martyr*") is found by the start of a run; any other by its whole first run
            var target = open && letters == core.Length ? byOpen : byFirst;
            var key = core[..letters];
            if (!target.TryGetValue(key, out var list)) target[key] = list = [];
            list.Add(i);
        }
        _firstRun = byFirst.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _openPrefix = byOpen.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixLengths = [.. byOpen.Keys.Select(k => k.Length).Distinct().Order()];
        _openHeads = byOpen.Keys.Select(k => k[..(_prefixLengths.Length > 0 ? _prefixLengths[0] : 0)]).ToFrozenSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The phrase matches inside <paramref name="range"/> (a sentence, whose words are <paramref name="words"/>), in text order: start, end and the phrase's index.</summary>
    internal void Find(string text, Span range, IReadOnlyList<WordToken> words, List<(int Start, int End, int Phrase)> found)
    {
        var taken = range.Start; // no match may start inside the last one
        var tried = new List<int>();
        foreach (var word in words)
        {
            var lower = word.Lower.AsSpan();
            foreach (var (i, j) in new LetterRuns(lower))
            {
                var run = lower[i..j];
                _firstRun.TryGetValue(run, out var closed);
                TryAt(text, range, word.Start + i, run, closed, tried, found, ref taken);
            }
        }
    }

    /// <summary>The phrases whose first word is a whole run of letters, by that run: what a caller looks a run up in before <see cref="TryAt"/>.</summary>
    internal IEnumerable<KeyValuePair<string, int[]>> ByFirstRun => _firstRun.Dictionary;

    /// <summary>
    /// One run of letters of the sentence, in text order: the first phrase that matches at its
    /// start, when one may start there, is added to <paramref name="found"/>. <paramref name="closed"/>
    /// are the phrases <see cref="ByFirstRun"/> gives for the run (null for none).
    /// </summary>
    internal void TryAt(string text, Span range, int start, ReadOnlySpan<char> run, int[]? closed, List<int> tried,
        List<(int Start, int End, int Phrase)> found, ref int taken)
    {
        if (start < taken || start > range.Start && text[start - 1] is '-') return;
        Candidates(run, closed, tried);
        for (var c = 0; c < tried.Count; c++)
        {
            var end = MatchAt(text, start, range.End, _phrases[tried[c]]);
            if (end < 0) continue;
            found.Add((start, end, tried[c]));
            taken = end;
            break;
        }
    }

    /// <summary>The phrases that may start with this run, in the order they are tried.</summary>
    private void Candidates(ReadOnlySpan<char> run, int[]? closed, List<int> tried)
    {
        tried.Clear();
        if (closed is not null) tried.AddRange(closed);
        if (_prefixLengths.Length == 0 || run.Length < _prefixLengths[0] || !_openHeads.Contains(run[.._prefixLengths[0]])) return;
        var sort = false;
        foreach (var length in _prefixLengths)
        {
            if (length > run.Length) break;
            if (!_openPrefix.TryGetValue(run[..length], out var open)) continue;
            sort |= tried.Count > 0;
            tried.AddRange(open);
        }
        if (sort) tried.Sort();
    }

    /// <summary>Where the phrase ends when it matches at <paramref name="start"/>; -1 when it does not.</summary>
    private static int MatchAt(string text, int start, int limit, (string Core, bool Open) phrase)
    {
        var at = start;
        var core = phrase.Core;
        for (var k = 0; k < core.Length; k++)
        {
            if (core[k] == ' ')
            {
                // each space of the phrase is one or more white-space characters
                var spaces = 1;
                while (k + 1 < core.Length && core[k + 1] == ' ') { k++; spaces++; }
                var run = 0;
                while (at < limit && char.IsWhiteSpace(text[at])) { at++; run++; }
                if (run < spaces) return -1;
                continue;
            }
            if (at >= limit || char.ToLowerInvariant(text[at]) != core[k]) return -1;
            at++;
        }
        if (phrase.Open)
            while (at < limit && char.IsLetter(text[at])) at++;
        return at < limit && char.IsLetter(text[at]) ? -1 : at;
    }
}
