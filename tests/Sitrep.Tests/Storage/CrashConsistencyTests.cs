using Microsoft.Data.Sqlite;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;
using Sitrep.Tests.Foundation;

namespace Sitrep.Tests.Storage;

/// <summary>
/// An ingest killed at any write, then run again, leaves the same database as an ingest never
/// killed: each batch (articles, annotations, events, evidence, fingerprints, links) commits whole or not at all.
/// </summary>
public class CrashConsistencyTests : IDisposable
{
    private readonly TestFiles _files = new();
    private readonly SitrepPipeline _pipeline = FakeEventAnnotator.Pipeline();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _files.Dispose();
    }

    private sealed class SimulatedKill : Exception;

    [Fact]
    public void A_kill_at_any_write_then_a_rerun_gives_the_database_of_a_clean_run()
    {
        var corpus = WriteCorpus();
        var clean = _files.PathOf("clean.db");
        var writes = Ingest(clean, corpus, killAt: null);
        var expected = DatabaseDump.Of(clean);
        Assert.True(DatabaseDump.Count(clean, "article_links") >= 3, "the corpus should hold near-duplicates");
        Assert.True(writes > 20, $"only {writes} writes");

        for (var killAt = 1; killAt <= writes; killAt++)
        {
            var path = _files.PathOf($"killed{killAt}.db");
            Assert.Throws<SimulatedKill>(() => Ingest(path, corpus, killAt));
            Ingest(path, corpus, killAt: null);
            var dump = DatabaseDump.Of(path);
            Assert.True(expected == dump, $"killed at write {killAt} of {writes}, the re-run's database differs from a clean run's:\n{Diff(expected, dump)}");
        }
    }

    /// <summary>Ingests the corpus in batches of 2; with <paramref name="killAt"/>, the store fails at that write. Returns the writes made.</summary>
    private int Ingest(string path, string corpus, int? killAt)
    {
        using var store = SqliteStore.Open(path);
        var writes = 0;
        store.BeforeWrite = () =>
        {
            if (++writes == killAt) throw new SimulatedKill();
        };
        new Ingestor(_pipeline, SourceReader.Default(), store) { BatchSize = 2 }.Run([corpus]);
        return writes;
    }

    private string WriteCorpus()
    {
        const string story = "Insurgents launched an attack on a border post in Spin Boldak district late on Friday, provincial officials said. "
            + "The fighting lasted several hours before reinforcements arrived from Kandahar city, and the gunmen withdrew towards the mountains.";
        const string other = "Police said a roadside bomb hit a vehicle near the market in Gardez on Sunday morning, and a second attack "
            + "on a checkpoint outside the city followed an hour later, according to a spokesman for the provincial governor.";
        _files.Write("corpus/01.txt", story);
        _files.Write("corpus/02.txt", other);
        _files.Write("corpus/03.txt", "Wire One reports: " + story);
        _files.Write("corpus/04.txt", "Report 4: an attack on checkpoint 4 was repelled.");
        _files.Write("corpus/05.txt", other + " Copyright Daily Two.");
        _files.Write("corpus/06.txt", story + " Reporting by Wire Three.");
        _files.Write("corpus/07.txt", "Report 7: an attack on checkpoint 7. A second attack followed.");
        return _files.PathOf("corpus");
    }

    private static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n').ToHashSet();
        var b = actual.Split('\n').ToHashSet();
        static string Short(string line) => line.Length > 120 ? line[..120] + "..." : line;
        return string.Join("\n", a.Except(b).Take(5).Select(l => "- " + Short(l)).Concat(b.Except(a).Take(5).Select(l => "+ " + Short(l))));
    }
}
