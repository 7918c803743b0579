using Sitrep.Bench;
using Sitrep.Dedup;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Cluster.Tests;

/// <summary>
/// The bench's generated wire corpus (deterministic), as JSON Lines, and each article extracted
/// once in this process: the single-process side the cluster's ledger is compared with.
/// </summary>
public sealed class GeneratedCorpus
{
    public const int Articles = 5000;
    private readonly Lazy<IReadOnlyList<StoredDocument>> _documents;

    public GeneratedCorpus()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-cluster-corpus-{Environment.ProcessId}.jsonl");
        CorpusGenerator.Generate(path, Articles);
        Lines = File.ReadAllLines(path);
        File.Delete(path);
        _documents = new(() =>
        {
            var recorder = new Recorder();
            var summary = new Ingestor(SharedPipeline.For(DataPack.Default), SourceReader.Default(), recorder)
                .Run(["-"], standardInput: () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', Lines) + "\n")));
            Assert.Empty(summary.Errors);
            return recorder.Documents;
        });
    }

    public IReadOnlyList<string> Lines { get; }

    /// <summary>Every article of the corpus as one process extracts it, in corpus order.</summary>
    public IReadOnlyList<StoredDocument> Documents => _documents.Value;

    /// <summary>Keeps what the ingestor hands over instead of storing it.</summary>
    private sealed class Recorder : IArticleWriter
    {
        public List<StoredDocument> Documents { get; } = [];
        public bool Contains(string articleId) => false;
        public int Save(IEnumerable<StoredDocument> documents, DateTimeOffset ingestedAt, ICollection<DuplicateLink>? nearDuplicates = null)
        {
            var before = Documents.Count;
            Documents.AddRange(documents);
            return Documents.Count - before;
        }
        public int Save(IEnumerable<Document> documents, DateTimeOffset ingestedAt) => Save(documents.Select(StoredDocument.From), ingestedAt);
        public HashSet<string> FeedItemKeys() => [];
        public void MarkFeedItems(IEnumerable<(string Feed, string Key)> items, DateTimeOffset seenAt) { }
    }
}
