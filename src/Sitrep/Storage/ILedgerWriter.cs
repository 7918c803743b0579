using Sitrep.Ledger;

namespace Sitrep.Storage;

/// <summary>What changes the ledger: fusing new mentions, rebuilding, and people's merges and splits.</summary>
public interface ILedgerWriter
{
    /// <summary>Fuses the counted mentions stored since the last update.</summary>
    LedgerUpdate Update(DateTimeOffset? at = null);

    /// <summary>Fuses the counted mentions of the given stored articles that are not in the ledger yet.</summary>
    LedgerUpdate Update(IReadOnlyCollection<string> articleIds, DateTimeOffset? at = null);

    /// <summary>Fuses mentions already projected, as if their articles had just been stored.</summary>
    LedgerUpdate Add(IReadOnlyList<LedgerMention> mentions, DateTimeOffset? at = null);

    /// <summary>Recomputes the whole ledger from the stored mentions and the decisions in force.</summary>
    LedgerUpdate Rebuild(DateTimeOffset? at = null);

    LedgerDecision Merge(string a, string b, string? note = null, DateTimeOffset? at = null);

    LedgerDecision Split(string eventId, string mention, string? note = null, DateTimeOffset? at = null);

    /// <summary>Mentions read from buckets by the last update.</summary>
    int LastBucketReads { get; }
}
