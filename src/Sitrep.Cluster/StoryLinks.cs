using Dapper;
using Npgsql;

namespace Sitrep.Cluster;

/// <summary>
/// The story each article copies, as the store linked it when the article was stored: the same
/// rule the ledger's own projection reads (the most similar earlier article, ties by id). Read
/// from the database, not from the batch, so an article stored by a silo that died before its
/// mentions were fused gets the same link when another silo resends it.
/// </summary>
public static class StoryLinks
{
    public static Dictionary<string, string> Of(NpgsqlConnection connection, IReadOnlyCollection<string> articleIds)
    {
        if (articleIds.Count == 0) return [];
        return connection.Query<(string ArticleId, string DuplicateOf)>("""
                SELECT DISTINCT ON (article_id) article_id, duplicate_of FROM article_links
                WHERE article_id = ANY(@ids) ORDER BY article_id, similarity DESC, duplicate_of
                """, new { ids = articleIds.ToArray() })
            .ToDictionary(r => r.ArticleId, r => r.DuplicateOf, StringComparer.Ordinal);
    }
}
