using Dapper;
using Sitrep.Storage;

namespace Sitrep.Framing;

/// <summary>
/// The <c>articles.framing</c> column (schema step 10) read by article id, and written for articles
/// framed after ingest (<c>sitrep outlets --backfill</c>), on either engine.
/// </summary>
public static class StoredFramingSummaries
{
    /// <summary>The stored summary JSON of each of <paramref name="ids"/> that is stored (null when it has none).</summary>
    public static Dictionary<string, string?> Read(string dbPath, IEnumerable<string> ids)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        var (connection, dialect) = StoreConnections.OpenReader(dbPath);
        using (connection)
            foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(500))
                foreach (var (id, framing) in connection.Query<(string, string?)>(
                             $"SELECT id, framing FROM articles WHERE {dialect.In("id", "@chunk")}", new { chunk }))
                    result[id] = framing;
        return result;
    }

    /// <summary>Stores summaries (id, JSON) in one write transaction, replacing any there; returns how many rows changed.</summary>
    public static int Write(string dbPath, IReadOnlyCollection<(string Id, string Json)> summaries)
    {
        if (summaries.Count == 0) return 0;
        var (connection, dialect) = StoreConnections.OpenWriter(dbPath);
        using (connection)
        {
            using var tx = dialect.BeginWrite(connection);
            var changed = summaries.Sum(s => connection.Execute("UPDATE articles SET framing = @json WHERE id = @id", new { id = s.Id, json = s.Json }, tx));
            tx.Commit();
            return changed;
        }
    }
}
