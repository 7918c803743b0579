using Sitrep.Ledger;
using Sitrep.Pipeline;

namespace Sitrep.Storage;

/// <summary>Opens the store and the ledger a <c>--db</c> value names, on whichever engine it names (<see cref="StoreLocation"/>).</summary>
public static class Stores
{
    public static IArticleStore Open(string db, StoreOpenMode mode = StoreOpenMode.CreateIfMissing) =>
        StoreLocation.IsPostgres(db) ? PostgresStore.Open(db, mode) : SqliteStore.Open(db, mode);

    public static ILedgerStore OpenLedger(string db, DataPack data, StoreOpenMode mode = StoreOpenMode.CreateIfMissing, LedgerBuilder? builder = null)
    {
        if (!StoreLocation.IsPostgres(db)) return LedgerStore.Open(db, data, mode, builder);
        using (PostgresStore.Open(db, mode)) { } // creates or migrates the schema, ledger tables included
        return LedgerStore.OnPostgres(StoreLocation.Parse(db).ConnectionString, data, builder);
    }
}
