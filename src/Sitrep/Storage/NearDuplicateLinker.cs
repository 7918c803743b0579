using Microsoft.Data.Sqlite;
using Sitrep.Dedup;

namespace Sitrep.Storage;

/// <summary>
/// Links a newly stored article to the stored article it nearly copies, inside the batch's write
/// transaction: candidates come from the LSH table (<see cref="LshBands"/>), so the lookup sees
/// everything committed, by this process or another, and the batch's own earlier articles.
/// Nothing is held in memory between batches.
/// </summary>
internal sealed class NearDuplicateLinker : IDisposable
{
    private readonly SqliteCommand _candidates;
    private readonly SqliteCommand _originalOf;
    private readonly PreparedInsert _fingerprint;
    private readonly PreparedInsert _band;
    private readonly PreparedInsert _link;

    public NearDuplicateLinker(SqliteConnection connection, SqliteTransaction transaction, Action? beforeWrite)
    {
        // Each band's most recent bucket members (the (band, bucket) index holds rowids in order, so the
        // limit reads no more), then in band order and the order articles were stored: the first of
        // equally similar candidates wins, as it always has.
        var recent = string.Join("\n            UNION ALL ", Enumerable.Range(0, LshBands.Count).Select(b =>
            $"SELECT * FROM (SELECT {b} AS band, rowid AS seq, article_id FROM article_lsh WHERE band = {b} AND bucket = $k{b} ORDER BY rowid DESC LIMIT {LshBands.ComparedPerBucket})"));
        _candidates = Command(connection, transaction, $"""
            WITH recent AS ({recent})
            SELECT recent.article_id, f.minhash
            FROM recent JOIN article_fingerprints f ON f.article_id = recent.article_id
            ORDER BY recent.band, recent.seq
            """, LshBands.Count, "$k");
        _originalOf = Command(connection, transaction, "SELECT duplicate_of FROM article_links WHERE article_id = $p0 ORDER BY similarity DESC, duplicate_of LIMIT 1", 1, "$p");
        _fingerprint = new PreparedInsert(connection, transaction, beforeWrite, "INSERT OR IGNORE INTO article_fingerprints", "article_id", "minhash");
        _band = new PreparedInsert(connection, transaction, beforeWrite, "INSERT INTO article_lsh", "band", "bucket", "article_id");
        _link = new PreparedInsert(connection, transaction, beforeWrite, "INSERT OR IGNORE INTO article_links", "article_id", "duplicate_of", "similarity");
    }

    /// <summary>
    /// Links the article to the original of its closest stored match at or above
    /// <see cref="LshBands.Threshold"/> (a copy of a copy links to the first version stored, so every
    /// copy corroborates that one), then indexes its signature. Returns the link, or null.
    /// </summary>
    public DuplicateLink? Add(string articleId, string location, MinHash signature)
    {
        var keys = LshBands.Keys(signature).ToList();
        DuplicateLink? link = null;
        if (BestMatch(signature, keys) is { } match)
        {
            var original = OriginalOf(match.ArticleId) ?? match.ArticleId;
            link = new DuplicateLink(articleId, location, original, match.Similarity);
            _link.Run(articleId, original, match.Similarity);
        }
        _fingerprint.Run(articleId, signature.ToBytes());
        foreach (var (band, bucket) in keys)
            _band.Run(band, bucket, articleId);
        return link;
    }

    /// <summary>Stored articles the last lookup compared: bounded by the bands and <see cref="LshBands.ComparedPerBucket"/>, not by the store.</summary>
    public int LastCompared { get; private set; }

    private (string ArticleId, double Similarity)? BestMatch(MinHash signature, List<(int Band, long Bucket)> keys)
    {
        for (var i = 0; i < keys.Count; i++) _candidates.Parameters[i].Value = keys[i].Bucket;
        using var reader = _candidates.ExecuteReader();
        var best = NearDuplicateMatch.Best(reader, signature, out var compared);
        LastCompared = compared;
        return best;
    }

    private string? OriginalOf(string articleId)
    {
        _originalOf.Parameters[0].Value = articleId;
        return _originalOf.ExecuteScalar() as string;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, int parameters, string prefix)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++) command.Parameters.Add(new SqliteParameter($"{prefix}{i}", null));
        command.Prepare();
        return command;
    }

    public void Dispose()
    {
        _candidates.Dispose();
        _originalOf.Dispose();
        _fingerprint.Dispose();
        _band.Dispose();
        _link.Dispose();
    }
}
