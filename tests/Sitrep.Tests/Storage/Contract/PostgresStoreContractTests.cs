namespace Sitrep.Tests.Storage.Contract;

/// <summary>The store contract on PostgreSQL: a new database per test on the collection's one server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreContractTests(PostgresServer server) : StoreContract
{
    protected override string NewDb() => server.NewDatabase();
}
