namespace Sitrep.Cluster;

/// <summary>
/// One ledger bucket (type family × anchor month, <see cref="Ledger.LedgerMention.Bucket"/>). Orleans runs one
/// activation per bucket in the whole cluster and gives it one call at a time, so the fusion of
/// a bucket's mentions is serialised without a lock of ours.
/// </summary>
public interface IBucketGrain : IGrainWithStringKey
{
    /// <summary>
    /// Fuses projected mentions (as SitrepJson <see cref="Ledger.LedgerMention"/>) into the ledger
    /// and persists the result. Mentions this bucket fused before are skipped, so a caller may
    /// resend a batch whose reply it lost. Returns how many mentions were new.
    /// </summary>
    Task<int> Fuse(string[] mentions);
}
