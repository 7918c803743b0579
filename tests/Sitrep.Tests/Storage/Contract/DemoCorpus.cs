using Sitrep.Dedup;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Tests.Storage.Contract;

/// <summary>
/// The bundled demo corpus (samples/) run once through the real pipeline and the ingestor, its
/// batches recorded as the writer received them, so each store under test stores exactly what an
/// ingest would give it without extracting again.
/// </summary>
internal static class DemoCorpus
{
    private static readonly Lazy<IReadOnlyList<IReadOnlyList<StoredDocument>>> Recorded = new(Record);

    /// <summary>The batches of an ingest of samples/ with batch size 8, in order.</summary>
    public static IReadOnlyList<IReadOnlyList<StoredDocument>> Batches => Recorded.Value;

    public static IEnumerable<StoredDocument> Documents => Batches.SelectMany(b => b);

    /// <summary>Stores every batch and fuses the ledger after each, as ingest does; returns the near-duplicate links made.</summary>
    public static List<DuplicateLink> IngestInto(IArticleStore store, ILedgerWriter ledger, DateTimeOffset at)
    {
        var links = new List<DuplicateLink>();
        foreach (var batch in Batches)
        {
            store.Save(batch, at, links);
            ledger.Update(at);
        }
        return links;
    }

    private static IReadOnlyList<IReadOnlyList<StoredDocument>> Record()
    {
        var recorder = new Recorder();
        new Ingestor(PipelineBuilder.Default(DataPack.Default), SourceReader.Default(), recorder) { BatchSize = 8, Framing = Sitrep.Framing.ArticleFramingRecorder.Load(DataPack.Default) }
            .Run([Path.Combine(AppContext.BaseDirectory, "samples")]);
        return recorder.Batches;
    }

    /// <summary>A writer that keeps what it is given.</summary>
    private sealed class Recorder : IArticleWriter
    {
        public List<IReadOnlyList<StoredDocument>> Batches { get; } = [];

        public bool Contains(string articleId) => false;

        public int Save(IEnumerable<StoredDocument> documents, DateTimeOffset ingestedAt, ICollection<DuplicateLink>? nearDuplicates = null)
        {
            var batch = documents.ToList();
            Batches.Add(batch);
            return batch.Count;
        }

        public int Save(IEnumerable<Document> documents, DateTimeOffset ingestedAt) => Save(documents.Select(StoredDocument.From), ingestedAt);

        public HashSet<string> FeedItemKeys() => [];

        public void MarkFeedItems(IEnumerable<(string Feed, string Key)> items, DateTimeOffset seenAt) { }
    }
}
