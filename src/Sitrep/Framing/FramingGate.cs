using Sitrep.Text;

namespace Sitrep.Framing;

/// <summary>
/// Which pattern scans a sentence needs, read from the words the pipeline already tokenized:
/// scan i is pattern i of <see cref="FramingLexicon.Patterns"/>. Most sentences hold none of the
/// words any pattern needs, and before this gate the scans over the whole text were most of
/// framing's time (issue #19). (The phrases are looked up word by word: <see cref="FramingPhrases"/>.)
/// <para>
/// A sentence is keyed by its letter runs: each word's maximal runs of letters, lower-case
/// ("Taliban's" gives "taliban" and "s", "so-called" gives "so" and "called"). A pattern's needs
/// (<see cref="FramingEntry.Needs"/>) are reduced to their first letter run, which a word equal to
/// a need (or to a part of a hyphenated word) always holds, so the gate never turns away a
/// sentence the whole-text gate let through.
/// </para>
/// </summary>
public sealed class FramingGate
{
    private readonly Dictionary<string, int[]> _scansByRun = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byRun;
    private readonly int[] _ungated;

    /// <summary>How many scans there are: one per pattern.</summary>
    public int Count { get; }

    /// <param name="patternNeeds">Each pattern's needs, null for a pattern without a gate.</param>
    public FramingGate(IReadOnlyList<IReadOnlySet<string>?> patternNeeds)
    {
        Count = patternNeeds.Count;
        var byRun = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var ungated = new List<int>();
        for (var i = 0; i < patternNeeds.Count; i++)
        {
            var runs = patternNeeds[i]?.Select(FirstLetterRun).ToList();
            if (runs is null || runs.Any(r => r.Length == 0)) { ungated.Add(i); continue; }
            foreach (var run in runs)
            {
                if (!byRun.TryGetValue(run, out var scans)) byRun[run] = scans = [];
                if (!scans.Contains(i)) scans.Add(i);
            }
        }
        foreach (var (run, scans) in byRun) _scansByRun[run] = [.. scans];
        _byRun = _scansByRun.GetAlternateLookup<ReadOnlySpan<char>>();
        _ungated = [.. ungated];
    }

    /// <summary>Sets <paramref name="needed"/>[scan] for every scan the words may match; clears the rest.</summary>
    internal void Mark(IReadOnlyList<WordToken> words, bool[] needed)
    {
        Array.Clear(needed);
        foreach (var scan in _ungated) needed[scan] = true;
        foreach (var word in words)
        {
            var lower = word.Lower.AsSpan();
            foreach (var (start, end) in new LetterRuns(lower))
                if (_byRun.TryGetValue(lower[start..end], out var scans))
                    foreach (var scan in scans) needed[scan] = true;
        }
    }

    /// <summary>The letters at the start of a word or phrase, up to its first character that is not a letter.</summary>
    public static string FirstLetterRun(string word)
    {
        var lower = word.ToLowerInvariant();
        var runs = new LetterRuns(lower);
        return runs.MoveNext() ? lower[runs.Current.Start..runs.Current.End] : "";
    }
}
