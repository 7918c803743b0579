using Sitrep.Ledger;
using Sitrep.Serialization;

namespace Sitrep.Cluster;

/// <summary>
/// Fuses a bucket's mentions into the ledger through the store's own entry point for projected
/// mentions (<see cref="Storage.ILedgerWriter.Add"/>): the same matching as a single process.
/// The ledger write commits before the state that records it; if the silo dies between the two,
/// the resent mentions are fused again, which gives the same events (fusion replaces a mention
/// already in the ledger).
/// </summary>
public sealed class BucketGrain(
    [PersistentState("bucket", ClusterNames.GrainStorage)] IPersistentState<BucketState> state,
    LedgerPool ledgers) : Grain, IBucketGrain
{
    public async Task<int> Fuse(string[] mentions)
    {
        var fresh = mentions.Select(json => SitrepJson.Deserialize<LedgerMention>(json)!)
            .Where(m => !state.State.Fused.Contains(m.Id))
            .DistinctBy(m => m.Id)
            .ToList();
        if (fresh.Count == 0) return 0;
        await ledgers.Use(ledger => ledger.Add(fresh));
        foreach (var m in fresh) state.State.Fused.Add(m.Id);
        await state.WriteStateAsync();
        return fresh.Count;
    }
}
