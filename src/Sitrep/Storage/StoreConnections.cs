using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Sitrep.Storage;

/// <summary>
/// A plain read connection to an existing store, for the views that query its tables themselves
/// (analysis, framing): SQLite read-only, or a PostgreSQL session, with the dialect to write for it.
/// </summary>
internal static class StoreConnections
{
    public static (DbConnection Connection, SqlDialect Dialect) OpenReader(string db)
    {
        var location = StoreLocation.Parse(db);
        if (location.Engine == StoreEngine.Postgres)
        {
            var server = new NpgsqlConnection(location.ConnectionString);
            server.Open();
            return (server, SqlDialect.Postgres);
        }
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        connection.Execute("PRAGMA busy_timeout=5000;");
        return (connection, SqlDialect.Sqlite);
    }

    /// <summary>
    /// A write connection to an existing, migrated store, for a view that stores what it computed
    /// (<c>sitrep outlets --backfill</c>): SQLite read-write with a wait for an ingest's lock, or a PostgreSQL session.
    /// </summary>
    public static (DbConnection Connection, SqlDialect Dialect) OpenWriter(string db)
    {
        var location = StoreLocation.Parse(db);
        if (location.Engine == StoreEngine.Postgres)
        {
            var server = new NpgsqlConnection(location.ConnectionString);
            server.Open();
            return (server, SqlDialect.Postgres);
        }
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        connection.Open();
        connection.Execute("PRAGMA busy_timeout=10000;");
        return (connection, SqlDialect.Sqlite);
    }
}
