using Sitrep.Ledger;

namespace Sitrep.Cluster;

/// <summary>
/// The grain a mention is fused by: its ledger bucket (<see cref="LedgerMention.Bucket"/>, type
/// family × anchor month), within which alone it can link. An undated mention links with none
/// and has no bucket: it still becomes an event of its own, through one grain per family.
/// </summary>
public static class LedgerBucket
{
    public static string Of(LedgerMention m) => m.Bucket ?? $"{m.Family}|undated";
}
