using System.Diagnostics;
using Sitrep.Dedup;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Bench;

/// <summary>
/// The ingest rate of each store engine: a generated corpus is extracted once (the same work
/// whatever the store), then its batches, as the ingestor hands them over, are stored and fused
/// into each store given: the write side of an ingest, timed alone. Then one whole ingest
/// (extraction included) into each, for the rate a user sees.
/// </summary>
public static class StoreIngest
{
    public static int Run(int articles, IReadOnlyList<string> stores)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"sitrep-store-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        try
        {
            var corpus = CorpusGenerator.Generate(Path.Combine(folder, "corpus.jsonl"), articles);
            var pipeline = PipelineBuilder.Default();
            var recorder = new Recorder();
            var extract = Stopwatch.StartNew();
            new Ingestor(pipeline, SourceReader.Default(), recorder).Run([corpus]);
            extract.Stop();
            var count = recorder.Batches.Sum(b => b.Count);
            Console.WriteLine($"corpus          {count:N0} articles, {recorder.Batches.Sum(b => b.Sum(d => d.Events.Count)):N0} event mentions, {recorder.Batches.Count} batches; extraction alone {count / extract.Elapsed.TotalSeconds:F0} articles/s");
            var targets = stores.Count > 0 ? stores : [Path.Combine(folder, "bench.db")];
            foreach (var db in targets.Select(d => d == "sqlite" ? Path.Combine(folder, "bench.db") : d))
            {
                var engine = StoreLocation.Parse(db).Engine;
                using (var store = Stores.Open(db))
                using (var ledger = Stores.OpenLedger(db, DataPack.Default))
                {
                    var links = new List<DuplicateLink>();
                    var (save, fuse) = (new Stopwatch(), new Stopwatch());
                    foreach (var batch in recorder.Batches)
                    {
                        save.Start();
                        store.Save(batch, DateTimeOffset.UtcNow, links);
                        save.Stop();
                        fuse.Start();
                        ledger.Update();
                        fuse.Stop();
                    }
                    var total = save.Elapsed + fuse.Elapsed;
                    Console.WriteLine($"{engine,-8} write   {count / total.TotalSeconds,7:F0} articles/s (store {count / save.Elapsed.TotalSeconds:F0}/s, ledger {count / fuse.Elapsed.TotalSeconds:F0}/s), {links.Count} near-duplicate links, {ledger.Counts().Events:N0} ledger events");
                }
                var fresh = engine == StoreEngine.Sqlite ? Path.Combine(folder, "whole.db") : db;
                if (engine == StoreEngine.Postgres) Truncate(db);
                using (var store = Stores.Open(fresh))
                using (var ledger = Stores.OpenLedger(fresh, DataPack.Default))
                {
                    var clock = Stopwatch.StartNew();
                    var summary = new Ingestor(pipeline, SourceReader.Default(), store) { Ledger = ledger }.Run([corpus]);
                    Console.WriteLine($"{engine,-8} ingest  {summary.ArticlesStored / clock.Elapsed.TotalSeconds,7:F0} articles/s end to end ({summary.ArticlesStored:N0} stored in {clock.Elapsed.TotalSeconds:F1} s)");
                }
            }
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Empties a PostgreSQL store's tables, for the second run into it.</summary>
    private static void Truncate(string db)
    {
        using var connection = new Npgsql.NpgsqlConnection(StoreLocation.Parse(db).ConnectionString);
        connection.Open();
        using var command = new Npgsql.NpgsqlCommand("""
            TRUNCATE articles, annotations, events, evidence, feed_items, article_fingerprints, article_links, article_lsh,
                ledger_mentions, ledger_events, ledger_decisions, ledger_history CASCADE
            """, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>Keeps the batches the ingestor hands over.</summary>
    private sealed class Recorder : IArticleWriter
    {
        public List<List<StoredDocument>> Batches { get; } = [];
        public bool Contains(string articleId) => false;
        public int Save(IEnumerable<StoredDocument> documents, DateTimeOffset ingestedAt, ICollection<DuplicateLink>? nearDuplicates = null)
        {
            Batches.Add([.. documents]);
            return Batches[^1].Count;
        }
        public int Save(IEnumerable<Document> documents, DateTimeOffset ingestedAt) => Save(documents.Select(StoredDocument.From), ingestedAt);
        public HashSet<string> FeedItemKeys() => [];
        public void MarkFeedItems(IEnumerable<(string Feed, string Key)> items, DateTimeOffset seenAt) { }
    }
}
