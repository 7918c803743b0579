using Sitrep.Dedup;
using Sitrep.Pipeline;

namespace Sitrep.Storage;

/// <summary>What ingest writes: processed articles (one batch, one transaction) and the feed items `watch` has seen.</summary>
public interface IArticleWriter
{
    bool Contains(string articleId);

    /// <summary>
    /// Stores prepared documents in one transaction: articles, annotations, events, evidence and
    /// near-duplicate links (each new link added to <paramref name="nearDuplicates"/>). Articles
    /// already stored are left as they are. Returns how many articles were new.
    /// </summary>
    int Save(IEnumerable<StoredDocument> documents, DateTimeOffset ingestedAt, ICollection<DuplicateLink>? nearDuplicates = null);

    /// <summary>Stores processed documents (see the other overload).</summary>
    int Save(IEnumerable<Document> documents, DateTimeOffset ingestedAt);

    /// <summary>Feed items seen before, as "feed\nkey" strings.</summary>
    HashSet<string> FeedItemKeys();

    void MarkFeedItems(IEnumerable<(string Feed, string Key)> items, DateTimeOffset seenAt);
}
