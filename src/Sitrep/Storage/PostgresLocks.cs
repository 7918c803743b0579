namespace Sitrep.Storage;

/// <summary>
/// Advisory lock keys of a PostgreSQL store (one database holds one store). Arbitrary constants,
/// chosen once: changing one would let an old and a new sitrep write at the same time.
/// </summary>
internal static class PostgresLocks
{
    /// <summary>Held while the schema is created or migrated.</summary>
    public const long Schema = 0x5175_7265_7001;

    /// <summary>Held by every write transaction: article batches and ledger updates, one at a time, as SQLite's write lock.</summary>
    public const long Writer = 0x5175_7265_7002;
}
