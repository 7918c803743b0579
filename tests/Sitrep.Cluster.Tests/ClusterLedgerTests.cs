using Npgsql;
using Sitrep.Storage;
using Sitrep.Tests.Storage.Contract;

namespace Sitrep.Cluster.Tests;

/// <summary>
/// A 3-silo cluster (Orleans TestingHost, membership and grain state in PostgreSQL) ingests the
/// generated corpus through randomly chosen silos; its ledger must be the one a single process
/// makes of the same articles, also when a silo is killed halfway.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusterLedgerTests(PostgresServer postgres, GeneratedCorpus corpus) : IClassFixture<GeneratedCorpus>
{
    /// <summary>Articles of the silo-kill run: enough batches on each side of the kill, at a fifth of the first test's time.</summary>
    private const int KilledRunArticles = 1000;

    [SkippableFact]
    public async Task Three_silos_make_the_single_process_ledger()
    {
        var db = postgres.NewDatabase();
        await using (var cluster = await TestClusters.Start(db, silos: 3))
            await new ClusterDriver(cluster, seed: 16).Send(corpus.Lines);

        var expected = SingleProcessLedger.Of(corpus.Documents, db);
        expected.AssertEqual(LedgerSnapshot.Read(db));
        AssertStored(db, corpus.Documents.Count, expected);
    }

    [SkippableFact]
    public async Task A_silo_killed_halfway_loses_and_duplicates_nothing()
    {
        var db = postgres.NewDatabase();
        var lines = corpus.Lines.Take(KilledRunArticles).ToList();
        string? killed = null;
        int resent;
        await using (var cluster = await TestClusters.Start(db, silos: 3))
        {
            var driver = new ClusterDriver(cluster, seed: 21)
            {
                BatchSize = 25,
                Halfway = async () =>
                {
                    var victim = cluster.GetActiveSilos().Last();
                    killed = victim.Name;
                    await cluster.KillSiloAsync(victim);
                },
            };
            await driver.Send(lines);
            resent = driver.Resent;
            Assert.Equal(2, cluster.GetActiveSilos().Count());
        }
        Assert.NotNull(killed);

        var documents = corpus.Documents.Take(lines.Count).ToList();
        var expected = SingleProcessLedger.Of(documents, db);
        expected.AssertEqual(LedgerSnapshot.Read(db));
        AssertStored(db, documents.Count, expected);
    }

    /// <summary>Every article stored once, and every counted mention in the ledger once, in one current event.</summary>
    private static void AssertStored(string db, int articles, LedgerSnapshot expected)
    {
        using var connection = new NpgsqlConnection(StoreLocation.Parse(db).ConnectionString);
        connection.Open();
        long Count(string sql) { using var c = new NpgsqlCommand(sql, connection); return (long)c.ExecuteScalar()!; }
        Assert.Equal(articles, Count("SELECT count(*) FROM articles"));
        Assert.Equal(expected.Mentions, Count("SELECT count(*) FROM ledger_mentions"));
        Assert.Equal(expected.Mentions, Count("SELECT count(*) FROM ledger_mentions WHERE event_id IS NOT NULL"));
        Assert.Equal(expected.Events.Count, Count($"SELECT count(*) FROM ledger_events WHERE status = '{Storage.LedgerStore.Current}'"));
    }
}
