namespace Sitrep.Storage;

/// <summary>The database engine behind a store.</summary>
public enum StoreEngine
{
    /// <summary>One embedded file (the default).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server.</summary>
    Postgres,
}
