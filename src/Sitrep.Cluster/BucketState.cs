namespace Sitrep.Cluster;

/// <summary>
/// A bucket grain's persisted state (Orleans' ADO.NET grain storage, table OrleansStorage): the
/// mention ids it has fused. It makes a resent batch a no-op, also after the bucket moved to
/// another silo; the ledger rows themselves are the store's.
/// </summary>
[GenerateSerializer]
public sealed class BucketState
{
    [Id(0)] public HashSet<string> Fused { get; set; } = new(StringComparer.Ordinal);
}
