using Npgsql;
using NpgsqlTypes;
using Sitrep.Dedup;

namespace Sitrep.Storage;

/// <summary>
/// <see cref="NearDuplicateLinker"/> on PostgreSQL: the same lookup (LSH candidates in band order,
/// then in the order stored; the closest at or above <see cref="LshBands.Threshold"/>; a copy of a
/// copy links to the original; the rule itself is <see cref="NearDuplicateMatch"/>), inside the batch's write transaction.
/// </summary>
internal sealed class PostgresNearDuplicateLinker(NpgsqlConnection connection, NpgsqlTransaction transaction)
{
    // each band's most recent bucket members only (LshBands.ComparedPerBucket), read backwards on (band, bucket, seq)
    private static readonly string Candidates = $"""
        SELECT l.article_id, f.minhash
        FROM unnest(@bands, @buckets) AS keys(band, bucket)
        CROSS JOIN LATERAL (SELECT r.article_id, r.seq FROM article_lsh r WHERE r.band = keys.band AND r.bucket = keys.bucket
            ORDER BY r.seq DESC LIMIT {LshBands.ComparedPerBucket}) l
        JOIN article_fingerprints f ON f.article_id = l.article_id
        ORDER BY keys.band, l.seq
        """;

    /// <summary>Links the article to the original of its closest stored match, then indexes its signature. Returns the link, or null.</summary>
    public DuplicateLink? Add(string articleId, string location, MinHash signature)
    {
        var keys = LshBands.Keys(signature).ToList();
        DuplicateLink? link = null;
        using var batch = new NpgsqlBatch(connection, transaction);
        if (BestMatch(signature, keys) is { } match)
        {
            var original = OriginalOf(match.ArticleId) ?? match.ArticleId;
            link = new DuplicateLink(articleId, location, original, match.Similarity);
            batch.BatchCommands.Add(PostgresRows.Command("INSERT INTO article_links (article_id, duplicate_of, similarity) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                articleId, original, match.Similarity));
        }
        batch.BatchCommands.Add(PostgresRows.Command("INSERT INTO article_fingerprints (article_id, minhash) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            articleId, signature.ToBytes()));
        batch.BatchCommands.Add(PostgresRows.Command("INSERT INTO article_lsh (band, bucket, article_id) SELECT band, bucket, $3 FROM unnest($1::bigint[], $2::bigint[]) AS k(band, bucket) ORDER BY band",
            keys.Select(k => (long)k.Band).ToArray(), keys.Select(k => k.Bucket).ToArray(), articleId));
        batch.ExecuteNonQuery();
        return link;
    }

    private (string ArticleId, double Similarity)? BestMatch(MinHash signature, List<(int Band, long Bucket)> keys)
    {
        using var command = new NpgsqlCommand(Candidates, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter("bands", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = keys.Select(k => (long)k.Band).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("buckets", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = keys.Select(k => k.Bucket).ToArray() });
        using var reader = command.ExecuteReader();
        return NearDuplicateMatch.Best(reader, signature, out _);
    }

    private string? OriginalOf(string articleId)
    {
        using var command = new NpgsqlCommand("SELECT duplicate_of FROM article_links WHERE article_id = $1 ORDER BY similarity DESC, duplicate_of LIMIT 1", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = articleId });
        return command.ExecuteScalar() as string;
    }
}
