using Npgsql;
using Sitrep.Bench;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Ledger;
using Sitrep.Pipeline;
using Sitrep.Serialization;
using Sitrep.Storage;
using Sitrep.Tests.Storage.Contract;

namespace Sitrep.Cluster.Tests;

/// <summary>
/// Bucket grains on several silos write the same ledger tables at once, each through a ledger
/// connection of its own. What the tables hold in common (history sequence numbers, event rows
/// that a fusion supersedes, link groups that may reach past a bucket) must come out as if the
/// buckets had been fused one after another.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ConcurrentBucketWritesTests(PostgresServer postgres)
{
    [SkippableFact]
    public async Task Buckets_fused_at_once_on_separate_connections_give_the_sequential_ledger()
    {
        var db = postgres.NewDatabase();
        Stores.Open(db).Dispose();
        var mentions = Mentions(articles: 200);
        var buckets = mentions.GroupBy(LedgerBucket.Of, StringComparer.Ordinal).Select(g => g.ToList()).ToList();
        Assert.True(buckets.Count > 20, $"only {buckets.Count} buckets");

        const int Writers = 4;
        using var start = new Barrier(Writers);
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(() =>
        {
            using var ledger = Stores.OpenLedger(db, DataPack.Default, StoreOpenMode.Existing);
            start.SignalAndWait();
            for (var i = w; i < buckets.Count; i += Writers) ledger.Add(buckets[i]);
        })));

        LedgerSnapshot.Of(new LedgerBuilder().Build(mentions)).AssertEqual(LedgerSnapshot.Read(db));
        using var connection = new NpgsqlConnection(StoreLocation.Parse(db).ConnectionString);
        connection.Open();
        using var count = new NpgsqlCommand("SELECT count(*), count(DISTINCT mention_id) FROM ledger_mentions WHERE event_id IS NOT NULL", connection);
        using var reader = count.ExecuteReader();
        reader.Read();
        Assert.Equal(mentions.Count, reader.GetInt64(0));
        Assert.Equal(mentions.Count, reader.GetInt64(1));
    }

    /// <summary>The counted mentions of the first generated articles, projected as a silo projects them.</summary>
    private static List<LedgerMention> Mentions(int articles)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-concurrent-{Environment.ProcessId}.jsonl");
        CorpusGenerator.Generate(path, articles);
        try
        {
            var pipeline = SharedPipeline.For(DataPack.Default);
            var projector = new MentionProjector(SourceRegistry.Load(DataPack.Default), LedgerCues.Load(DataPack.Default));
            return [.. SourceReader.Default().Read([path]).Select(r => r.Article!).SelectMany(a =>
            {
                var document = StoredDocument.From(pipeline.Process(a));
                return document.Events.Where(e => e.Row.Counts).Select(e => projector.Project(SitrepJson.Deserialize<EventMention>(e.Json)!, document.Article));
            })];
        }
        finally { File.Delete(path); }
    }
}
