using System.Collections.Frozen;
using Sitrep.Text;

namespace Sitrep.Framing;

/// <summary>
/// Which pattern scans a sentence needs, read from the words the pipeline already tokenized:
/// scan i is pattern i of <see cref="FramingLexicon.Patterns"/>. Most sentences hold none of the
/// words any pattern needs, and before this gate the scans over the whole text were most of
/// framing's time (issue #19). (The phrases are looked up word by word: <see cref="FramingPhrases"/>.)
/// <para>
/// A pattern's needs (<see cref="FramingEntry.Needs"/>) are groups of words: a sentence is scanned
/// only when it holds a word of every group ("only|merely|just & {small_noun}"). One group was
/// once the whole gate, and a word as common as "killed" or "people" then sent a third of a wire
/// story's sentences to a pattern that also needs "could" and "hundreds".
/// </para>
/// <para>
/// A sentence is keyed by its letter runs: each word's maximal runs of letters, lower-case
/// ("Taliban's" gives "taliban" and "s", "so-called" gives "so" and "called"). A need is reduced to
/// its first letter run, which a word equal to a need (or to a part of a hyphenated word) always
/// holds, so the gate never turns away a sentence the whole-text gate let through.
/// </para>
/// </summary>
public sealed class FramingGate
{
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _groupsByRun;
    private readonly int[] _scanOfGroup;
    private readonly int[] _groupsOfScan;
    private readonly int[] _ungated;

    /// <summary>How many scans there are: one per pattern.</summary>
    public int Count { get; }

    /// <param name="patternNeeds">Each pattern's groups of needed words, null for a pattern without a gate.</param>
    public FramingGate(IReadOnlyList<IReadOnlyList<IReadOnlySet<string>>?> patternNeeds)
    {
        Count = patternNeeds.Count;
        var byRun = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var scanOfGroup = new List<int>();
        _groupsOfScan = new int[Count];
        var ungated = new List<int>();
        for (var i = 0; i < patternNeeds.Count; i++)
        {
            var groups = patternNeeds[i]?.Select(g => g.Select(FirstLetterRun).ToList()).ToList();
            if (groups is null || groups.Count == 0 || groups.Any(g => g.Count == 0 || g.Any(r => r.Length == 0))) { ungated.Add(i); continue; }
            foreach (var runs in groups)
            {
                var group = scanOfGroup.Count;
                scanOfGroup.Add(i);
                foreach (var run in runs)
                {
                    if (!byRun.TryGetValue(run, out var ids)) byRun[run] = ids = [];
                    if (!ids.Contains(group)) ids.Add(group);
                }
            }
            _groupsOfScan[i] = groups.Count;
        }
        _groupsByRun = byRun.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _scanOfGroup = [.. scanOfGroup];
        _ungated = [.. ungated];
    }

    /// <summary>Sets <paramref name="needed"/>[scan] for every scan the words may match; clears the rest.</summary>
    internal void Mark(IReadOnlyList<WordToken> words, bool[] needed)
    {
        Span<bool> met = Groups <= 1024 ? stackalloc bool[Groups] : new bool[Groups];
        Span<int> groupsMet = Count <= 256 ? stackalloc int[Count] : new int[Count];
        Begin(needed, met, groupsMet);
        foreach (var word in words)
        {
            var lower = word.Lower.AsSpan();
            foreach (var (start, end) in new LetterRuns(lower))
                if (_groupsByRun.TryGetValue(lower[start..end], out var groups))
                    Meet(groups, needed, met, groupsMet);
        }
    }

    /// <summary>How many word groups the gates have (the length of the <c>met</c> of <see cref="Begin"/>).</summary>
    internal int Groups => _scanOfGroup.Length;

    /// <summary>The groups each run of letters belongs to: what a caller looks a run up in before <see cref="Meet"/>.</summary>
    internal IEnumerable<KeyValuePair<string, int[]>> GroupsByRun => _groupsByRun.Dictionary;

    /// <summary>Starts a sentence: only the ungated scans needed, no group met.</summary>
    internal void Begin(bool[] needed, Span<bool> met, Span<int> groupsMet)
    {
        Array.Clear(needed);
        foreach (var scan in _ungated) needed[scan] = true;
        met.Clear();
        groupsMet.Clear();
    }

    /// <summary>
    /// A word of the sentence belongs to <paramref name="groups"/>: a group counts once however many of
    /// its words the sentence holds, and a scan is needed once all its groups are met.
    /// </summary>
    internal void Meet(int[] groups, bool[] needed, Span<bool> met, Span<int> groupsMet)
    {
        foreach (var group in groups)
        {
            if (met[group]) continue;
            met[group] = true;
            var scan = _scanOfGroup[group];
            if (++groupsMet[scan] == _groupsOfScan[scan]) needed[scan] = true;
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
