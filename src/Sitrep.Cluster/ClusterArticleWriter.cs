using Sitrep.Dedup;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Cluster;

/// <summary>
/// What a silo's ingest writes through: the batch goes to the shared store as in one process,
/// then its mentions, projected from the store by the ledger's own projection (so they equal a
/// single process's, near-copy links included), go to their bucket grains before the batch counts
/// as done. The ingestor runs without a ledger of its own; the grains are the ledger's only writers.
/// </summary>
public sealed class ClusterArticleWriter(IArticleStore store, LedgerPool ledgers, BucketRouter router) : IArticleWriter
{
    /// <summary>
    /// Never "already stored": an article another silo stored just before it died may not have
    /// reached its buckets, so a resent article is extracted and routed again (its rows are left
    /// as they are, and the buckets skip mentions they have).
    /// </summary>
    public bool Contains(string articleId) => false;

    public int Save(IEnumerable<StoredDocument> documents, DateTimeOffset ingestedAt, ICollection<DuplicateLink>? nearDuplicates = null)
    {
        var batch = documents.ToList();
        var stored = store.Save(batch, ingestedAt, nearDuplicates);
        string[] ids = [.. batch.Select(d => d.Article.Id)];
        // the ingestor's writer thread is no grain: waiting here keeps a batch done only once fused
        var mentions = ledgers.Use(ledger => ledger.ProjectArticles(ids)).GetAwaiter().GetResult();
        router.Fuse(mentions).GetAwaiter().GetResult();
        return stored;
    }

    public int Save(IEnumerable<Document> documents, DateTimeOffset ingestedAt) => Save(documents.Select(StoredDocument.From), ingestedAt);

    public HashSet<string> FeedItemKeys() => store.FeedItemKeys();

    public void MarkFeedItems(IEnumerable<(string Feed, string Key)> items, DateTimeOffset seenAt) => store.MarkFeedItems(items, seenAt);
}
