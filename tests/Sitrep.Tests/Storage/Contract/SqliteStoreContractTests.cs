namespace Sitrep.Tests.Storage.Contract;

/// <summary>The store contract on the embedded engine: a new SQLite file per test.</summary>
public sealed class SqliteStoreContractTests : StoreContract
{
    private int _stores;

    protected override string NewDb() => Files.PathOf($"store{Interlocked.Increment(ref _stores)}.db");
}
