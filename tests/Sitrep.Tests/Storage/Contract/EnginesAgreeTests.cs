using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using Sitrep.Analysis;
using Sitrep.Framing;
using Sitrep.Ledger;
using Sitrep.Pipeline;
using Sitrep.Serialization;
using Sitrep.Storage;
using Sitrep.Tests.Foundation;

namespace Sitrep.Tests.Storage.Contract;

/// <summary>
/// The same ingest into a SQLite store and a PostgreSQL store gives the same answers, value for
/// value: event rows, ledger events, history and explanations; and both schemas have the same
/// tables and columns at the same step.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class EnginesAgreeTests(PostgresServer server) : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
    private readonly TestFiles _files = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _files.Dispose();
    }

    [SkippableFact]
    public void The_demo_corpus_gives_the_same_rows_ledger_and_history_on_both_engines()
    {
        var sqlite = _files.PathOf("demo.db");
        var postgres = server.NewDatabase();
        foreach (var db in new[] { sqlite, postgres })
        {
            using var store = Stores.Open(db);
            using var ledger = Stores.OpenLedger(db, DataPack.Default);
            DemoCorpus.IngestInto(store, ledger, At);
        }
        using var s = Stores.Open(sqlite, StoreOpenMode.Existing);
        using var p = Stores.Open(postgres, StoreOpenMode.Existing);
        Assert.IsType<PostgresStore>(p);
        var all = new EventQuery { IncludeUncounted = true, Limit = 100_000 };
        Assert.NotEmpty(s.Events(all));
        Assert.Equal(s.Events(all), p.Events(all)); // records: every column equal
        Assert.Equal(s.Events(new EventQuery()), p.Events(new EventQuery()));
        Assert.Equal(s.Counts(), p.Counts());
        foreach (var e in s.Events(all).Take(20))
            Assert.Equal(SitrepJson.Serialize(s.Explain(e.Id)), SitrepJson.Serialize(p.Explain(e.Id)));

        using var sl = Stores.OpenLedger(sqlite, DataPack.Default, StoreOpenMode.Existing);
        using var pl = Stores.OpenLedger(postgres, DataPack.Default, StoreOpenMode.Existing);
        var events = sl.Events(new LedgerQuery { Limit = 100_000 });
        Assert.Equal(events.Select(e => SitrepJson.Serialize(e)), pl.Events(new LedgerQuery { Limit = 100_000 }).Select(e => SitrepJson.Serialize(e)));
        Assert.Equal(sl.Counts(), pl.Counts());
        foreach (var e in events)
            Assert.Equal(sl.History(e.Id), pl.History(e.Id));

        var (a, b) = (events[0].Id, events[1].Id);
        Assert.Equal(SitrepJson.Serialize(sl.Merge(a, b, "same", At)), SitrepJson.Serialize(pl.Merge(a, b, "same", At)));
        Assert.Equal(sl.Events(new LedgerQuery { Limit = 100_000 }).Select(e => SitrepJson.Serialize(e)), pl.Events(new LedgerQuery { Limit = 100_000 }).Select(e => SitrepJson.Serialize(e)));
    }

    [SkippableFact]
    public void Trends_totals_coverage_and_pages_agree_on_both_engines()
    {
        var (sqlite, postgres) = (_files.PathOf("facts.db"), server.NewDatabase());
        foreach (var db in new[] { sqlite, postgres })
        {
            using var store = Stores.Open(db);
            using var ledger = Stores.OpenLedger(db, DataPack.Default);
            DemoCorpus.IngestInto(store, ledger, At);
        }
        using var s = LedgerFacts.Open(sqlite);
        using var p = LedgerFacts.Open(postgres);
        string Same<T>(Func<LedgerFacts, T> read)
        {
            var (a, b) = (SitrepJson.Serialize(read(s)), SitrepJson.Serialize(read(p)));
            Assert.Equal(a, b);
            return a;
        }
        var all = new LedgerSlice { WithPoliticalInteractions = true };
        Assert.NotEqual("[]", Same(f => f.Provinces().Order(StringComparer.Ordinal)));
        Same(f => f.Actors().Order(StringComparer.Ordinal));
        var span = s.Span(new LedgerSlice())!;
        Assert.Equal(span, p.Span(new LedgerSlice()));
        Assert.Equal(s.Undated(all), p.Undated(all));
        foreach (var split in Enum.GetValues<SplitBy>())
        {
            Assert.NotEqual("[]", Same(f => f.Daily(new LedgerSlice(), split)));
            Assert.NotEqual("[]", Same(f => f.Totals(new LedgerSlice(), split)));
        }
        var province = s.Provinces().Order(StringComparer.Ordinal).First();
        var narrow = new LedgerSlice { Provinces = [province], EventType = "BATTLES", From = span.From, To = span.To.AddDays(-30) };
        Same(f => f.Daily(narrow, SplitBy.Actor));
        Same(f => f.Totals(narrow with { EventType = null, MinSources = 2 }, SplitBy.Type));
        Assert.NotEqual("[]", Same(f => f.Coverage(new LedgerSlice())));
        Same(f => f.Events(all, 10, largestFirst: true).Select(e => e.Id));
        Same(f => f.Disputed(all, 10).Select(e => e.Id));
        for (var offset = 0; offset < 70; offset += 25)
            Same(f => f.Page(all, offset, 25) is var (total, page) ? (total, page.Select(e => e.Id).ToList()) : default);
        Assert.NotEqual("[]", Same(f => f.ArticleUrls(f.Events(all).SelectMany(e => e.Sources.Select(x => x.ArticleId))).OrderBy(u => u.Key, StringComparer.Ordinal)));
        Assert.NotEmpty(StoredArticleIndex.List(postgres));
        Assert.Equal(StoredArticleIndex.List(sqlite), StoredArticleIndex.List(postgres));
    }

    [SkippableFact]
    public void Both_schemas_have_the_same_steps_tables_and_columns()
    {
        Assert.Equal(Migrations.Steps.Length, PostgresMigrations.Steps.Length);
        var sqlite = _files.PathOf("schema.db");
        var postgres = server.NewDatabase();
        using (Stores.Open(sqlite)) { }
        using (Stores.Open(postgres)) { }
        using var s = new SqliteConnection($"Data Source={sqlite};Pooling=False");
        var sqliteColumns = s.Query<(string Table, string Column)>(
            "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'")
            .Select(c => $"{c.Table}.{c.Column}").Order(StringComparer.Ordinal).ToList();
        using var p = new NpgsqlConnection(StoreLocation.Parse(postgres).ConnectionString);
        var postgresColumns = p.Query<(string Table, string Column)>(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'")
            .Where(c => !(c.Table == "article_lsh" && c.Column == "seq")) // stands for SQLite's implicit rowid
            .Select(c => $"{c.Table}.{c.Column}").Order(StringComparer.Ordinal).ToList();
        Assert.Contains("ledger_events.partisan_only", sqliteColumns);
        Assert.Equal(sqliteColumns, postgresColumns);
        var sqliteIndexes = s.Query<string>("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'").Order(StringComparer.Ordinal);
        var postgresIndexes = p.Query<string>("SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND indexname NOT LIKE '%_pkey'").Order(StringComparer.Ordinal);
        Assert.Equal(sqliteIndexes, postgresIndexes);
    }

    [SkippableFact]
    public void A_store_at_an_older_step_is_migrated_to_the_latest_and_gets_its_lsh_keys()
    {
        var db = server.NewDatabase();
        var connectionString = StoreLocation.Parse(db).ConnectionString;
        using (var store = Stores.Open(db))
            store.Save(DemoCorpus.Documents, At);
        using (var c = new NpgsqlConnection(connectionString))
        {
            var keys = c.ExecuteScalar<long>("SELECT COUNT(*) FROM article_lsh");
            Assert.True(keys > 0);
            // back to step 4, as a store made before the LSH table was
            c.Execute("DROP TABLE article_lsh; DROP TABLE ledger_mentions, ledger_events, ledger_decisions, ledger_history, reference_events, reference_imports; UPDATE schema_version SET version = 4");
            using (var reopened = Stores.Open(db)) Assert.Equal(Migrations.Steps.Length, reopened.SchemaVersion);
            Assert.Equal(keys, c.ExecuteScalar<long>("SELECT COUNT(*) FROM article_lsh"));
        }
        using (var c = new NpgsqlConnection(connectionString))
            c.Execute("UPDATE schema_version SET version = 99");
        var newer = Assert.Throws<StoreException>(() => Stores.Open(db));
        Assert.Contains("newer than this sitrep understands", newer.Message);
    }

    [SkippableFact]
    public void The_cli_ingests_lists_and_explains_through_a_postgres_url()
    {
        var db = server.NewDatabase();
        _files.Write("in/a.txt", "Taliban fighters attacked a police checkpoint in Ghazni city on Tuesday, killing three policemen, officials said.");
        _files.Write("in/a.json", """{"outlet":"Afghan Wire Service","published":"2020-06-10"}""");
        var ingest = SitrepProcess.Run(_files.Root, "ingest", "in", "--db", db);
        Assert.True(ingest.ExitCode == 0, ingest.Stderr);
        var events = SitrepProcess.Run(_files.Root, "events", "--db", db, "--format", "csv");
        Assert.True(events.ExitCode == 0, events.Stderr);
        Assert.Contains("Ghazni", events.Stdout);
        var ledger = SitrepProcess.Run(_files.Root, "ledger", "list", "--db", db);
        Assert.True(ledger.ExitCode == 0, ledger.Stderr);
        Assert.Contains("le_", ledger.Stdout);
        Assert.False(File.Exists(Path.Combine(_files.Root, "sitrep.db"))); // nothing fell back to a SQLite file

        var sqlite = Path.Combine(_files.Root, "same.db");
        Assert.Equal(0, SitrepProcess.Run(_files.Root, "ingest", "in", "--db", sqlite).ExitCode);
        foreach (var command in new[] { new[] { "trend", "--format", "csv" }, ["outlets", "--format", "csv"], ["events", "--format", "csv"] })
        {
            var (onPostgres, onSqlite) = (SitrepProcess.Run(_files.Root, [.. command, "--db", db]), SitrepProcess.Run(_files.Root, [.. command, "--db", sqlite]));
            Assert.True(onPostgres.ExitCode == 0, onPostgres.Stderr);
            Assert.Equal(onSqlite.Stdout, onPostgres.Stdout);
        }
        var acled = _files.Write("acled.csv", string.Join("\n", Reference.ReferenceFiles.AcledHeader,
            Reference.ReferenceFiles.Acled("AFG1", date: "09 June 2020", admin1: "Ghazni", admin2: "Ghazni", location: "Ghazni"),
            Reference.ReferenceFiles.Acled("AFG2", date: "12 March 2020", admin1: "Helmand", admin2: "Nad Ali", location: "Nad Ali", lat: "31.6", lon: "64.3")) + "\n");
        foreach (var command in new[] { new[] { "import", acled }, ["import", acled], ["coverage", "--reference", "acled", "--format", "json"] })
        {
            var (onPostgres, onSqlite) = (SitrepProcess.Run(_files.Root, [.. command, "--db", db]), SitrepProcess.Run(_files.Root, [.. command, "--db", sqlite]));
            Assert.True(onPostgres.ExitCode == 0, onPostgres.Stderr);
            Assert.Equal(onSqlite.Stdout, onPostgres.Stdout);
            if (command[0] == "coverage") Assert.Contains("\"reference_rows\":2", onPostgres.Stdout);
        }
    }
}
