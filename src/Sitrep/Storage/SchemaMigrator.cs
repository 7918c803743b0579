using System.Data;
using Dapper;
using Microsoft.Data.Sqlite;
using Sitrep.Dedup;

namespace Sitrep.Storage;

/// <summary>
/// Brings a database to the latest <see cref="Migrations"/> step. The version is read and the
/// remaining steps applied inside one write transaction (BEGIN IMMEDIATE), so two processes
/// opening a new store at the same moment never both create the schema: the second waits for
/// the write lock, then finds the work done.
/// </summary>
internal static class SchemaMigrator
{
    public static void Migrate(SqliteConnection connection, string path, bool writer)
    {
        // A reader of an up-to-date store needs no write lock (and may be on a read-only file).
        if (!writer && CurrentVersion(connection, transaction: null) == Migrations.Steps.Length) return;
        using var tx = connection.BeginTransaction(IsolationLevel.Serializable, deferred: false); // BEGIN IMMEDIATE
        connection.Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)", transaction: tx);
        var version = CurrentVersion(connection, tx);
        if (version is null) connection.Execute("INSERT INTO schema_version VALUES (0)", transaction: tx);
        var from = version ?? 0;
        if (from > Migrations.Steps.Length)
            throw new StoreException($"{path} has schema version {from}, newer than this sitrep understands ({Migrations.Steps.Length}): upgrade sitrep");
        var hadLsh = TableExists(connection, tx, "article_lsh");
        for (var step = from; step < Migrations.Steps.Length; step++)
            connection.Execute(Migrations.Steps[step], transaction: tx);
        if (!hadLsh && TableExists(connection, tx, "article_lsh")) BackfillLsh(connection, tx);
        if (from < Migrations.LedgerKeysStep) LedgerMentionKeys.Backfill(connection, tx);
        if (from < Migrations.Steps.Length)
            connection.Execute("UPDATE schema_version SET version = @v", new { v = Migrations.Steps.Length }, tx);
        tx.Commit();
    }

    private static int? CurrentVersion(SqliteConnection connection, SqliteTransaction? transaction) =>
        TableExists(connection, transaction, "schema_version")
            ? connection.ExecuteScalar<int?>("SELECT version FROM schema_version", transaction: transaction)
            : null;

    private static bool TableExists(SqliteConnection connection, SqliteTransaction? transaction, string name) =>
        connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @name", new { name }, transaction) > 0;

    /// <summary>The LSH keys of the signatures a store had before the LSH table, one row at a time (flat memory).</summary>
    private static void BackfillLsh(SqliteConnection connection, SqliteTransaction tx)
    {
        using var insert = new PreparedInsert(connection, tx, null, "INSERT INTO article_lsh", "band", "bucket", "article_id");
        using var read = connection.CreateCommand();
        read.Transaction = tx;
        read.CommandText = "SELECT article_id, minhash FROM article_fingerprints ORDER BY rowid";
        using var rows = read.ExecuteReader();
        while (rows.Read())
        {
            var id = rows.GetString(0);
            foreach (var (band, bucket) in LshBands.Keys(MinHash.FromBytes((byte[])rows.GetValue(1))))
                insert.Run(band, bucket, id);
        }
    }
}
