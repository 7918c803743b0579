using Dapper;
using Sitrep.Documents;

namespace Sitrep.Framing;

/// <summary>
/// Lists the English articles of a Sitrep store for the framing views, read-only, over its own
/// connection (the store itself is opened first by the caller, which checks that it exists and
/// is a Sitrep database), with each one's stored framing summary (schema step 10).
/// </summary>
public static class StoredArticleIndex
{
    public static List<StoredArticle> List(string dbPath, DateOnly? from = null, DateOnly? to = null, string? idPrefix = null)
    {
        using var connection = Storage.StoreConnections.OpenReader(dbPath).Connection; // SQLite read-only, or PostgreSQL
        var rows = connection.Query<(string Id, string? Outlet, string? Published, long IsCopy, string? Framing)>(
            """
            SELECT a.id, a.outlet, a.published,
                   CAST(CASE WHEN EXISTS (SELECT 1 FROM article_links l WHERE l.article_id = a.id) THEN 1 ELSE 0 END AS BIGINT) AS is_copy,
                   a.framing
            FROM articles a
            WHERE a.language = @english AND (@prefix IS NULL OR a.id LIKE @prefix)
            ORDER BY a.published, a.id
            """, new { english = LanguageIdentifier.English, prefix = idPrefix is null ? null : idPrefix + "%" });
        return [.. rows
            .Select(r => new StoredArticle(r.Id, r.Outlet, PublishedDate.Parse(r.Published), r.IsCopy != 0, r.Framing))
            .Where(a => (from is null || a.Published >= from) && (to is null || a.Published <= to))];
    }
}
