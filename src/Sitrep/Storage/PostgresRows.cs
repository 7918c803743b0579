using Npgsql;

namespace Sitrep.Storage;

/// <summary>Statements with positional parameters ($1, $2, ...) for the PostgreSQL store's batches.</summary>
internal static class PostgresRows
{
    /// <summary>One statement of a batch; null values are sent as NULL, flags as 0/1 (the columns are integers, as in SQLite).</summary>
    public static NpgsqlBatchCommand Command(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
            command.Parameters.Add(new NpgsqlParameter { Value = value switch { null => DBNull.Value, bool b => b ? 1L : 0L, var v => v } });
        return command;
    }

    /// <summary>"INSERT INTO table (columns) VALUES ($1, ...)", the columns quoted ("end" is a keyword).</summary>
    public static string Insert(string table, params string[] columns) =>
        $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"${i + 1}"))})";
}
