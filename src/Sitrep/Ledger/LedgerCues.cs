using Sitrep.Pipeline;

namespace Sitrep.Ledger;

/// <summary>The word lists of <c>data/ledger/</c>: follow-up cues ("death toll rose to") and words too common to tell events apart.</summary>
public sealed class LedgerCues(IReadOnlyList<string> followUps, IReadOnlySet<string> commonWords)
{
    public IReadOnlyList<string> FollowUps { get; } = followUps;
    public IReadOnlySet<string> CommonWords { get; } = commonWords;

    public static LedgerCues Load(DataPack data) => data.Get(d => new LedgerCues(
        [.. d.ReadLines("ledger/cues.tsv").Select(l => l.Split('\t')).Where(f => f.Length == 2 && f[0] == "followup").Select(f => f[1].Trim())],
        d.ReadLines("ledger/common_words.txt").Select(w => w.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal)));

    public bool IsFollowUp(string sentence) =>
        FollowUps.Any(cue => sentence.Contains(cue, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The sentence's specific words: lower-case words of four letters or more that are not common
    /// in conflict reporting ("wedding", "checkpoint", "madrasa"), sorted, at most 24. Capitalised
    /// words are left out: places and actors are compared on their own.
    /// </summary>
    public string[] SpecificWords(string sentence)
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= sentence.Length; i++)
        {
            var letter = i < sentence.Length && (char.IsLetter(sentence[i]) || (start >= 0 && sentence[i] == '-'));
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                // names (capitalised) are scored as places and actors already; only common nouns tell events apart here
                if (i - start >= 4 && char.IsLower(sentence[start]))
                {
                    var word = sentence[start..i].ToLowerInvariant();
                    if (!CommonWords.Contains(word)) words.Add(word);
                }
                start = -1;
            }
        }
        return [.. words.Take(24)];
    }
}
