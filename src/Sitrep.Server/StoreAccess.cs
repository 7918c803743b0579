using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Server;

/// <summary>
/// The server's one store and data pack. Each request opens its own connection (SQLite connections
/// are cheap and not thread-safe); ingests are taken one at a time, as the CLI's are, so that a
/// batch and its ledger update never interleave with another's.
/// </summary>
public sealed class StoreAccess(ServerSettings settings, DataPack data)
{
    private readonly SemaphoreSlim _writer = new(1, 1);

    public DataPack Data { get; } = data;
    public string Db { get; } = settings.Db;

    public IArticleStore Articles() => Stores.Open(Db, StoreOpenMode.Existing);

    public ILedgerStore Ledger() => Stores.OpenLedger(Db, Data, StoreOpenMode.Existing);

    public async Task<T> WriteAsync<T>(Func<T> write, CancellationToken cancel)
    {
        await _writer.WaitAsync(cancel);
        try { return await Task.Run(write, cancel); }
        finally { _writer.Release(); }
    }
}
