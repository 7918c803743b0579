using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Sitrep.Storage;

/// <summary>
/// Plain connections to an existing store, for the views that query its tables themselves
/// (analysis, framing): SQLite or a PostgreSQL session, with the dialect to write for it.
/// </summary>
internal static class StoreConnections
{
    /// <summary>A read connection: SQLite read-only.</summary>
    public static (DbConnection Connection, SqlDialect Dialect) OpenReader(string db) => Open(db, SqliteOpenMode.ReadOnly, busyMilliseconds: 5000);

    /// <summary>
    /// A write connection to an existing, migrated store, for a view that stores what it computed
    /// (<c>sitrep outlets --backfill</c>): SQLite read-write, waiting longer for an ingest's lock.
    /// </summary>
    public static (DbConnection Connection, SqlDialect Dialect) OpenWriter(string db) => Open(db, SqliteOpenMode.ReadWrite, busyMilliseconds: 10000);

    private static (DbConnection Connection, SqlDialect Dialect) Open(string db, SqliteOpenMode mode, int busyMilliseconds)
    {
        var location = StoreLocation.Parse(db);
        if (location.Engine == StoreEngine.Postgres)
        {
            var server = new NpgsqlConnection(location.ConnectionString);
            server.Open();
            return (server, SqlDialect.Postgres);
        }
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        connection.Execute($"PRAGMA busy_timeout={busyMilliseconds};");
        return (connection, SqlDialect.Sqlite);
    }
}
