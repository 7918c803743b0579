using Dapper;
using Npgsql;
using Sitrep.Dedup;

namespace Sitrep.Storage;

/// <summary>
/// Brings a PostgreSQL store to the latest <see cref="PostgresMigrations"/> step, as
/// <see cref="SchemaMigrator"/> does a SQLite one: under a lock (a transaction-scoped advisory
/// lock), with the version read again once the lock is held, so two processes opening a new store
/// at the same moment never both create the schema: the second waits, then finds the work done.
/// </summary>
internal static class PostgresSchemaMigrator
{
    public static void Migrate(NpgsqlConnection connection, string display, bool writer)
    {
        var latest = PostgresMigrations.Steps.Length;
        var before = CurrentVersion(connection, null);
        if (!writer && before is null)
            throw new StoreException($"no sitrep store in PostgreSQL database {display} (ingest something first, or check --db)");
        // A reader of an up-to-date store takes no lock.
        if (!writer && before == latest) return;
        using var tx = connection.BeginTransaction();
        connection.Execute("SELECT pg_advisory_xact_lock(@key)", new { key = PostgresLocks.Schema }, tx);
        connection.Execute("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)", transaction: tx);
        var version = CurrentVersion(connection, tx); // again, under the lock: another process may have migrated meanwhile
        if (version is null) connection.Execute("INSERT INTO schema_version VALUES (0)", transaction: tx);
        var from = version ?? 0;
        if (from > latest)
            throw new StoreException($"PostgreSQL database {display} has schema version {from}, newer than this sitrep understands ({latest}): upgrade sitrep");
        var hadLsh = TableExists(connection, tx, "article_lsh");
        for (var step = from; step < latest; step++)
            connection.Execute(PostgresMigrations.Steps[step], transaction: tx);
        if (!hadLsh && TableExists(connection, tx, "article_lsh")) BackfillLsh(connection, tx);
        if (from < Migrations.LedgerKeysStep) LedgerMentionKeys.Backfill(connection, tx);
        if (from < latest)
            connection.Execute("UPDATE schema_version SET version = @v", new { v = latest }, tx);
        tx.Commit();
    }

    private static int? CurrentVersion(NpgsqlConnection connection, NpgsqlTransaction? tx) =>
        TableExists(connection, tx, "schema_version")
            ? connection.ExecuteScalar<int?>("SELECT version FROM schema_version", transaction: tx)
            : null;

    private static bool TableExists(NpgsqlConnection connection, NpgsqlTransaction? tx, string name) =>
        connection.ExecuteScalar<bool>("SELECT to_regclass(@name) IS NOT NULL", new { name }, tx);

    /// <summary>The LSH keys of the signatures a store had before the LSH table, a page of rows at a time (flat memory).</summary>
    private static void BackfillLsh(NpgsqlConnection connection, NpgsqlTransaction tx)
    {
        const int Page = 500;
        var after = "";
        while (true)
        {
            var rows = connection.Query<(string Id, byte[] MinHash)>(
                "SELECT article_id, minhash FROM article_fingerprints WHERE article_id > @after ORDER BY article_id LIMIT @Page",
                new { after, Page }, tx).ToList();
            if (rows.Count == 0) return;
            foreach (var (id, minhash) in rows)
                foreach (var (band, bucket) in LshBands.Keys(MinHash.FromBytes(minhash)))
                    connection.Execute("INSERT INTO article_lsh (band, bucket, article_id) VALUES (@band, @bucket, @id)", new { band, bucket, id }, tx);
            after = rows[^1].Id;
        }
    }
}
