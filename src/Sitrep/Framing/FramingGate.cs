using Sitrep.Text;

namespace Sitrep.Framing;

/// <summary>
/// Which framing scans a sentence needs, read from the words the pipeline already tokenized.
/// Scan 0 is the phrase lexicon; scan i + 1 is pattern i of <see cref="FramingLexicon.Patterns"/>.
/// Most sentences hold none of the words any scan needs, and before this gate the scans over the
/// whole text were most of framing's time (issue #19).
/// <para>
/// A sentence is keyed by its letter runs: each word's maximal runs of letters, lower-case
/// ("Taliban's" gives "taliban" and "s", "so-called" gives "so" and "called"). A phrase match
/// starts where no letter or hyphen comes before, so its first letter run is one of the
/// sentence's; an open phrase ("martyr*") is found by the prefix of a run. A pattern's needs
/// (<see cref="FramingEntry.Needs"/>) are reduced to their first letter run, which a word equal to
/// a need (or to a part of a hyphenated word) always holds, so the gate never turns away a
/// sentence the whole-text gate let through.
/// </para>
/// </summary>
public sealed class FramingGate
{
    /// <summary>The phrase lexicon's scan.</summary>
    public const int PhraseScan = 0;

    private readonly Dictionary<string, int[]> _scansByRun = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byRun;
    private readonly HashSet<string> _openPrefixes = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _byPrefix;
    private readonly int[] _prefixLengths;
    private readonly int[] _ungated;

    /// <summary>How many scans there are: the phrase lexicon and every pattern.</summary>
    public int Count { get; }

    /// <param name="phrases">The lexicon's phrases as written (lower-case; "*" at the end is open).</param>
    /// <param name="patternNeeds">Each pattern's needs, null for a pattern without a gate.</param>
    public FramingGate(IEnumerable<string> phrases, IReadOnlyList<IReadOnlySet<string>?> patternNeeds)
    {
        Count = patternNeeds.Count + 1;
        var byRun = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var ungated = new List<int>();
        void Add(string run, int scan)
        {
            if (!byRun.TryGetValue(run, out var scans)) byRun[run] = scans = [];
            if (!scans.Contains(scan)) scans.Add(scan);
        }
        foreach (var phrase in phrases)
        {
            var open = phrase.EndsWith('*');
            var core = phrase.TrimEnd('*').ToLowerInvariant();
            var run = FirstLetterRun(core);
            if (run.Length == 0 || run.Length != LeadingLetters(core)) { if (!ungated.Contains(PhraseScan)) ungated.Add(PhraseScan); continue; }
            // the first run is open only when nothing but letters comes before the "*"
            if (open && run.Length == core.Length) _openPrefixes.Add(run);
            else Add(run, PhraseScan);
        }
        for (var i = 0; i < patternNeeds.Count; i++)
        {
            var needs = patternNeeds[i];
            var runs = needs?.Select(FirstLetterRun).ToList();
            if (runs is null || runs.Any(r => r.Length == 0)) { ungated.Add(i + 1); continue; }
            foreach (var run in runs) Add(run, i + 1);
        }
        foreach (var (run, scans) in byRun) _scansByRun[run] = [.. scans];
        _byRun = _scansByRun.GetAlternateLookup<ReadOnlySpan<char>>();
        _byPrefix = _openPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixLengths = [.. _openPrefixes.Select(p => p.Length).Distinct().Order()];
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
            for (var i = 0; i < lower.Length;)
            {
                if (!char.IsLetter(lower[i])) { i++; continue; }
                var j = i + 1;
                while (j < lower.Length && char.IsLetter(lower[j])) j++;
                MarkRun(lower[i..j], needed);
                i = j;
            }
        }
    }

    private void MarkRun(ReadOnlySpan<char> run, bool[] needed)
    {
        if (_byRun.TryGetValue(run, out var scans))
            foreach (var scan in scans) needed[scan] = true;
        if (needed[PhraseScan]) return;
        foreach (var length in _prefixLengths)
        {
            if (length > run.Length) break;
            if (_byPrefix.Contains(run[..length])) { needed[PhraseScan] = true; return; }
        }
    }

    /// <summary>The letters at the start of a word or phrase, up to its first character that is not a letter.</summary>
    public static string FirstLetterRun(string word)
    {
        var lower = word.ToLowerInvariant();
        var start = 0;
        while (start < lower.Length && !char.IsLetter(lower[start])) start++;
        var end = start;
        while (end < lower.Length && char.IsLetter(lower[end])) end++;
        return lower[start..end];
    }

    private static int LeadingLetters(string s)
    {
        var n = 0;
        while (n < s.Length && char.IsLetter(s[n])) n++;
        return n;
    }
}
