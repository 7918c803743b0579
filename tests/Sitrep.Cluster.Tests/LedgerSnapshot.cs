using Sitrep.Ledger;
using Sitrep.Pipeline;
using Sitrep.Serialization;
using Sitrep.Storage;

namespace Sitrep.Cluster.Tests;

/// <summary>A ledger's current events, each as its JSON (mentions, sources and fused values), by id.</summary>
public sealed record LedgerSnapshot(IReadOnlyDictionary<string, string> Events)
{
    public static LedgerSnapshot Of(IEnumerable<LedgerEvent> events) =>
        new(events.ToDictionary(e => e.Id, e => SitrepJson.Serialize(e), StringComparer.Ordinal));

    public static LedgerSnapshot Read(string db)
    {
        using var ledger = Stores.OpenLedger(db, DataPack.Default, StoreOpenMode.Existing);
        return Of(ledger.StreamEvents());
    }

    public int Mentions => Events.Values.Sum(json => SitrepJson.Deserialize<LedgerEvent>(json)!.Sources.Count);

    /// <summary>Fails naming the first events that differ, and how many do.</summary>
    public void AssertEqual(LedgerSnapshot actual)
    {
        var missing = Events.Keys.Where(id => !actual.Events.ContainsKey(id)).Order(StringComparer.Ordinal).ToList();
        var extra = actual.Events.Keys.Where(id => !Events.ContainsKey(id)).Order(StringComparer.Ordinal).ToList();
        var changed = Events.Where(e => actual.Events.TryGetValue(e.Key, out var other) && other != e.Value).Select(e => e.Key).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count + extra.Count + changed.Count == 0,
            $"{Events.Count} expected events, {actual.Events.Count} actual: {missing.Count} missing (first {missing.FirstOrDefault()}), "
            + $"{extra.Count} extra (first {extra.FirstOrDefault()}), {changed.Count} different"
            + (changed.Count > 0 ? $"\nexpected {Events[changed[0]]}\nactual   {actual.Events[changed[0]]}" : ""));
    }
}
