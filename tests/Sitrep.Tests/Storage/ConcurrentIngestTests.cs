using Microsoft.Data.Sqlite;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;
using Sitrep.Tests.Foundation;

namespace Sitrep.Tests.Storage;

/// <summary>
/// Two ingests into one store at the same time (two connections, as two processes would have)
/// store what one ingest of the whole corpus stores: the same articles and events, and the same
/// near-duplicate groups, because links are looked up in the store under its write lock.
/// </summary>
public class ConcurrentIngestTests : IDisposable
{
    private readonly TestFiles _files = new();
    private readonly SitrepPipeline _pipeline = FakeEventAnnotator.Pipeline();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _files.Dispose();
    }

    private static readonly string[] Stories =
    [
        "Insurgents launched an attack on a border post in Spin Boldak district late on Friday, provincial officials said. The fighting lasted several hours before reinforcements arrived from Kandahar city.",
        "A roadside bomb hit a minibus carrying wedding guests near Gardez on Sunday morning. Police said the attack killed four passengers and that the road was closed for the rest of the day.",
        "Hundreds of shopkeepers marched through the bazaar of Mazar-i-Sharif on Tuesday to protest against rising electricity prices, and the governor promised to meet their elders next week.",
        "Gunmen on motorcycles opened fire on a vaccination team in Jalalabad, a health ministry statement said, and the attack left two female workers wounded before the assailants fled into the orchards.",
        "The education department reopened twelve girls' schools in Herat province after repairs, teachers and parents welcomed the decision at a ceremony attended by the deputy minister.",
        "An airstrike destroyed a compound used by fighters in the Nad Ali district of Helmand overnight, the army corps said, adding that an attack planned against a checkpoint had been stopped.",
    ];

    [Fact]
    public async Task Two_ingests_of_the_halves_in_parallel_store_what_one_ingest_of_the_whole_stores()
    {
        // The originals in the first half, their copies in the second: each half links only against the other's commits.
        for (var i = 0; i < Stories.Length; i++)
        {
            _files.Write($"first/{i:D2}.txt", Stories[i]);
            _files.Write($"second/{i:D2}a.txt", $"Wire report. {Stories[i]} Reporting by the Daily {i}.");
            _files.Write($"second/{i:D2}b.txt", $"{Stories[i]} Copyright Valley Times {i}.");
        }
        var whole = _files.PathOf("whole.db");
        using (var store = SqliteStore.Open(whole)) Ingest(store, _files.PathOf("first"), _files.PathOf("second"));

        for (var round = 0; round < 3; round++)
        {
            var split = _files.PathOf($"split{round}.db");
            using (SqliteStore.Open(split)) { } // created beforehand, as a user would with one ingest
            using var start = new Barrier(2);
            var halves = new[] { "first", "second" }.Select(half => Task.Factory.StartNew(() =>
            {
                using var store = SqliteStore.Open(split);
                start.SignalAndWait();
                Ingest(store, _files.PathOf(half));
            }, TaskCreationOptions.LongRunning));
            await Task.WhenAll(halves);

            using var one = SqliteStore.Open(whole, StoreOpenMode.Existing);
            using var two = SqliteStore.Open(split, StoreOpenMode.Existing);
            Assert.Equal(Rows(whole, "SELECT id FROM articles"), Rows(split, "SELECT id FROM articles"));
            Assert.Equal(Rows(whole, "SELECT id || ' ' || article_id || ' ' || counts FROM events"), Rows(split, "SELECT id || ' ' || article_id || ' ' || counts FROM events"));
            Assert.Equal(12, one.DuplicateLinks().Count);
            Assert.Equal(Groups(one), Groups(two));
            Assert.Equal(one.Events(new EventQuery()).Count, two.Events(new EventQuery()).Count);
        }
    }

    private void Ingest(SqliteStore store, params string[] paths) =>
        new Ingestor(_pipeline, SourceReader.Default(), store) { BatchSize = 2, WindowSize = 2 }.Run(paths);

    private static List<string> Rows(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return [.. Dapper.SqlMapper.Query<string>(connection, sql).Order(StringComparer.Ordinal)];
    }

    /// <summary>Near-duplicate groups (an original with its copies), each as its sorted article ids: which member is the original depends on which was committed first.</summary>
    private static List<string> Groups(SqliteStore store) =>
    [
        .. store.DuplicateLinks()
            .GroupBy(l => l.DuplicateOf)
            .Select(g => string.Join(" ", g.Select(l => l.ArticleId).Append(g.Key).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal),
    ];
}
