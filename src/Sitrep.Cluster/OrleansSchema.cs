using System.Reflection;
using Npgsql;

namespace Sitrep.Cluster;

/// <summary>
/// Creates Orleans' tables and stored statements in the store's PostgreSQL database
/// (Schema/orleans-postgres.sql): the ADO.NET providers ship no PostgreSQL scripts, and expect
/// the tables to exist. Safe to run on every silo start, by several silos at once.
/// </summary>
public static class OrleansSchema
{
    // an advisory lock key of its own, beside the store's (PostgresLocks): arbitrary, fixed
    private const long Lock = 0x5175_7265_7101;

    public static void Install(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var tx = connection.BeginTransaction();
        using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({Lock})", connection, tx))
            lockCommand.ExecuteNonQuery();
        using (var create = new NpgsqlCommand(Script(), connection, tx))
            create.ExecuteNonQuery();
        tx.Commit();
    }

    private static string Script()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Sitrep.Cluster.Schema.orleans-postgres.sql")
            ?? throw new InvalidOperationException("Sitrep.Cluster is built without its Orleans schema script");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
