using Microsoft.Data.Sqlite;

namespace Sitrep.Storage;

/// <summary>The insert statements of one batch, each prepared once and run once per row.</summary>
internal sealed class BatchInserts(SqliteConnection connection, SqliteTransaction transaction, Action? beforeWrite) : IDisposable
{
    public PreparedInsert Article { get; } = new(connection, transaction, beforeWrite, "INSERT OR IGNORE INTO articles", StoredRows.ArticleColumns);

    public PreparedInsert Annotation { get; } = new(connection, transaction, beforeWrite, "INSERT INTO annotations", StoredRows.AnnotationColumns);

    public PreparedInsert Event { get; } = new(connection, transaction, beforeWrite, "INSERT OR REPLACE INTO events", StoredRows.EventColumns);

    public PreparedInsert ClearEvidence { get; } = new(connection, transaction, beforeWrite, "DELETE FROM evidence WHERE event_id = $p0");

    public PreparedInsert Evidence { get; } = new(connection, transaction, beforeWrite, "INSERT INTO evidence", StoredRows.EvidenceColumns);

    public NearDuplicateLinker NearDuplicates { get; } = new(connection, transaction, beforeWrite);

    public void Dispose()
    {
        NearDuplicates.Dispose();
        Article.Dispose();
        Annotation.Dispose();
        Event.Dispose();
        ClearEvidence.Dispose();
        Evidence.Dispose();
    }
}

/// <summary>One statement with positional parameters $p0, $p1, ...; <see cref="Run"/> binds them in order.</summary>
internal sealed class PreparedInsert : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly Action? _beforeWrite;

    /// <summary>With <paramref name="columns"/>, "INSERT ... INTO t (columns) VALUES ($p0, ...)"; without, <paramref name="sql"/> as written.</summary>
    public PreparedInsert(SqliteConnection connection, SqliteTransaction transaction, Action? beforeWrite, string sql, params string[] columns)
    {
        _beforeWrite = beforeWrite;
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        var count = columns.Length == 0 ? sql.Split("$p").Length - 1 : columns.Length;
        _command.CommandText = columns.Length == 0
            ? sql
            : $"{sql} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", Enumerable.Range(0, count).Select(i => $"$p{i}"))})";
        for (var i = 0; i < count; i++) _command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        _command.Prepare();
    }

    public int Run(params object?[] values)
    {
        _beforeWrite?.Invoke();
        for (var i = 0; i < values.Length; i++)
            _command.Parameters[i].Value = values[i] switch { null => DBNull.Value, bool b => b ? 1 : 0, var v => v };
        return _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();
}
