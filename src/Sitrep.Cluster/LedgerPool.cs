using System.Collections.Concurrent;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Cluster;

/// <summary>
/// The ledgers a silo's bucket grains write through, a few connections shared by all of them:
/// a silo may host thousands of buckets, and one PostgreSQL connection each would exhaust the
/// server. Each ledger serves one grain call at a time.
/// </summary>
public sealed class LedgerPool(string db, DataPack data, int size) : IDisposable
{
    private readonly ConcurrentBag<ILedgerStore> _idle = [];
    private readonly SemaphoreSlim _slots = new(Math.Max(1, size), Math.Max(1, size));

    public async Task<T> Use<T>(Func<ILedgerStore, T> work)
    {
        await _slots.WaitAsync();
        var ledger = _idle.TryTake(out var idle) ? idle : null;
        try
        {
            ledger ??= Stores.OpenLedger(db, data, StoreOpenMode.Existing);
            // off the grain's scheduler: the ledger's calls block on the database
            var result = await Task.Run(() => work(ledger));
            _idle.Add(ledger);
            ledger = null;
            return result;
        }
        finally
        {
            ledger?.Dispose(); // a ledger whose work failed may hold a broken connection: not reused
            _slots.Release();
        }
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var ledger)) ledger.Dispose();
    }
}
