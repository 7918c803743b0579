using Dapper;
using Microsoft.Data.Sqlite;
using Sitrep.Documents;

namespace Sitrep.Framing;

/// <summary>
/// Lists the English articles of a Sitrep store for the framing views, read-only, over its own
/// connection (the store itself is opened first by the caller, which checks that it exists and
/// is a Sitrep database). Framing is computed from the stored text on demand, not stored.
/// </summary>
public static class StoredArticleIndex
{
    public static List<StoredArticle> List(string dbPath, DateOnly? from = null, DateOnly? to = null, string? idPrefix = null)
    {
        Storage.Stores.RequireSqlite(dbPath, "framing and outlets");
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = dbPath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var rows = connection.Query<(string Id, string? Outlet, string? Published, long IsCopy)>(
            """
            SELECT a.id, a.outlet, a.published,
                   EXISTS (SELECT 1 FROM article_links l WHERE l.article_id = a.id) AS is_copy
            FROM articles a
            WHERE a.language = @english AND (@prefix IS NULL OR a.id LIKE @prefix)
            ORDER BY a.published, a.id
            """, new { english = LanguageIdentifier.English, prefix = idPrefix is null ? null : idPrefix + "%" });
        return [.. rows
            .Select(r => new StoredArticle(r.Id, r.Outlet, PublishedDate.Parse(r.Published), r.IsCopy != 0))
            .Where(a => (from is null || a.Published >= from) && (to is null || a.Published <= to))];
    }
}
