using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Sitrep.Tests.Storage;

/// <summary>
/// The whole content of a store as text, table by table in name order, rows sorted: two stores
/// with the same content give the same dump, however their rows were written. Ingest times differ
/// from run to run and are left out.
/// </summary>
internal static class DatabaseDump
{
    private static readonly HashSet<string> Volatile = ["ingested_at"];

    public static string Of(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Mode=ReadOnly");
        connection.Open();
        var tables = connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").ToList();
        var lines = new List<string>();
        foreach (var table in tables)
        {
            var columns = connection.Query<string>($"SELECT name FROM pragma_table_info('{table}') ORDER BY cid").Where(c => !Volatile.Contains(c)).ToList();
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => $"\"{c}\""))} FROM \"{table}\"";
            using var reader = command.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
                rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => Cell(reader.GetValue(i)))));
            rows.Sort(StringComparer.Ordinal);
            lines.Add($"## {table} ({rows.Count} rows): {string.Join(", ", columns)}");
            lines.AddRange(rows);
        }
        return string.Join("\n", lines);
    }

    public static long Count(string path, string table)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Mode=ReadOnly");
        connection.Open();
        return connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM \"{table}\"");
    }

    private static string Cell(object value) => value switch
    {
        DBNull => "NULL",
        byte[] bytes => Convert.ToHexString(bytes),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
