using System.Collections.Frozen;
using Sitrep.Text;

namespace Sitrep.Framing;

/// <summary>
/// One pass over a sentence's words does what three did: the pattern gate (<see cref="FramingGate"/>),
/// the phrase lookup (<see cref="FramingPhrases"/>) and the question whether the sentence may report
/// speech (a reporting verb or "according"; <see cref="SpeechRegions"/> reads the others no further).
/// Each run of letters is looked up once, in one table of what it is to each, instead of once for
/// each: in the pipeline, after the other stages, those lookups were memory fetches more than work,
/// and the three walks over the words were most of the framing stage's time on partisan text (issue #19).
/// The results are those of the three apart: <see cref="FramingGate.Mark"/>,
/// <see cref="FramingPhrases.Find"/> and a look at every word (tested over the gold and demo texts).
/// </summary>
public sealed class FramingWords
{
    private sealed record Roles(int[]? Groups, int[]? Phrases, bool Reports);

    private readonly FramingGate _gate;
    private readonly FramingPhrases _phrases;
    private readonly FrozenDictionary<string, Roles>.AlternateLookup<ReadOnlySpan<char>> _roles;

    /// <summary>
    /// Every reporting verb is one run of ASCII letters, so a word that is one is a whole run with a
    /// role here; else every sentence is said to may report, as if there were no check.
    /// </summary>
    private readonly bool _reportsByRun;

    public FramingWords(FramingGate gate, FramingPhrases phrases, IEnumerable<string> reportingVerbs)
    {
        _gate = gate;
        _phrases = phrases;
        var verbs = reportingVerbs.Select(v => v.ToLowerInvariant()).Append("according").ToHashSet(StringComparer.Ordinal);
        _reportsByRun = verbs.All(v => v.Length > 0 && v.All(char.IsAsciiLetterLower));
        var groups = gate.GroupsByRun.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        var first = phrases.ByFirstRun.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        _roles = groups.Keys.Concat(first.Keys).Concat(_reportsByRun ? verbs : [])
            .Distinct(StringComparer.Ordinal)
            .ToFrozenDictionary(run => run, run => new Roles(groups.GetValueOrDefault(run), first.GetValueOrDefault(run), verbs.Contains(run)), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// Reads one sentence: sets <paramref name="needed"/> as <see cref="FramingGate.Mark"/> does, adds
    /// the phrase matches to <paramref name="found"/> as <see cref="FramingPhrases.Find"/> does, and
    /// says whether a word of it is a reporting verb or "according" (else no speech is reported in it).
    /// </summary>
    internal bool Read(string text, Span sentence, IReadOnlyList<WordToken> words, bool[] needed,
        List<(int Start, int End, int Phrase)> found, List<int> tried)
    {
        Span<bool> met = _gate.Groups <= 1024 ? stackalloc bool[_gate.Groups] : new bool[_gate.Groups];
        Span<int> groupsMet = _gate.Count <= 256 ? stackalloc int[_gate.Count] : new int[_gate.Count];
        _gate.Begin(needed, met, groupsMet);
        var reports = !_reportsByRun;
        var taken = sentence.Start; // no phrase may start inside the last one
        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w];
            var lower = word.Lower.AsSpan();
            foreach (var (i, j) in new LetterRuns(lower))
            {
                var run = lower[i..j];
                _roles.TryGetValue(run, out var roles);
                if (roles?.Groups is { } groups) _gate.Meet(groups, needed, met, groupsMet);
                if (roles is { Reports: true } && i == 0 && j == lower.Length) reports = true;
                // the verbs are matched ignoring case, under which a few other letters ("ı", "ſ") are ASCII ones
                else if (!reports && !System.Text.Ascii.IsValid(run)) reports = true;
                _phrases.TryAt(text, sentence, word.Start + i, run, roles?.Phrases, tried, found, ref taken);
            }
        }
        return reports;
    }
}
