using Sitrep.Documents;
using Sitrep.Ledger;
using Sitrep.Pipeline;
using Sitrep.Storage;
using Sitrep.Tests.Foundation;

namespace Sitrep.Tests.Ledger;

public class LedgerStoreTests : IDisposable
{
    private static readonly SitrepPipeline Pipeline = PipelineBuilder.Default(DataPack.Default);
    private readonly TestFiles _files = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _files.Dispose();
    }

    // Written for these tests: one Kunduz clash told by a wire, the ministry and the Taliban; a clash
    // the next day in the same district; a Ghazni roadside bomb and a report of its rising toll.
    private static readonly (string Outlet, string Published, string Text)[] Reports =
    [
        ("Afghan Wire Service", "2020-06-03", "KUNDUZ, Afghanistan (AWS) - Taliban fighters attacked police checkpoints in Imam Sahib district of Kunduz province on Tuesday, killing five policemen, a provincial spokesman said."),
        ("Ministry of Interior", "2020-06-03", "Police forces repelled a Taliban attack on checkpoints in Imam Sahib district of Kunduz province on Tuesday. Twenty Taliban were killed and five police personnel were martyred."),
        ("Taliban statements", "2020-06-03", "Mujahidin of the Islamic Emirate overran enemy checkpoints in Imam Sahib district of Kunduz on Tuesday, killing 14 police."),
        ("Kabul Morning Dispatch", "2020-06-04", "Taliban fighters clashed with police in Imam Sahib district of Kunduz province on Wednesday, killing two policemen, officials said."),
        ("Afghan Wire Service", "2020-06-09", "GHAZNI, Afghanistan (AWS) - A roadside bomb struck a minibus in Andar district of Ghazni province on Monday, killing six civilians, police said."),
        ("Frontier Press Agency", "2020-06-10", "The death toll from a roadside bomb that struck a minibus in Andar district of Ghazni province on Monday rose to nine civilians, police said on Wednesday."),
    ];

    private static readonly StoredDocument[] Documents = [.. Reports.Select((r, i) => StoredDocument.From(Pipeline.Process(
        Article.Create(r.Text, $"report-{i}", outlet: r.Outlet, published: DateOnly.Parse(r.Published, System.Globalization.CultureInfo.InvariantCulture)))))];

    private static string Key(IEnumerable<LedgerEvent> events) =>
        string.Join("\n", events.Select(e => e.Id + ": " + string.Join(",", e.MentionIds.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal));

    /// <summary>Stores the reports one at a time in <paramref name="order"/>, updating the ledger after each, as ingest does.</summary>
    private LedgerStore IngestInOrder(string name, IEnumerable<int> order)
    {
        var path = _files.PathOf(name + ".db");
        using (var store = SqliteStore.Open(path))
        {
            var ledger = LedgerStore.Open(path, DataPack.Default);
            foreach (var i in order)
            {
                store.Save([Documents[i]], DateTimeOffset.UnixEpoch);
                ledger.Update(DateTimeOffset.UnixEpoch);
            }
            ledger.Dispose();
        }
        return LedgerStore.Open(path, DataPack.Default);
    }

    [Fact]
    public void Mentions_projected_for_stored_articles_fuse_into_the_events_an_update_makes()
    {
        // a bucket worker is handed ProjectArticles' mentions of articles stored elsewhere
        var path = _files.PathOf("projected.db");
        using (var store = SqliteStore.Open(path)) store.Save(Documents, DateTimeOffset.UnixEpoch);
        using var ledger = LedgerStore.Open(path, DataPack.Default);

        var projected = ledger.ProjectArticles([.. Reports.Select((_, i) => Documents[i].Article.Id)]);
        Assert.Empty(ledger.ProjectArticles([]));
        Assert.Equal(projected.Where(m => m.ArticleId == Documents[4].Article.Id).Select(m => m.Id),
            ledger.ProjectArticles([Documents[4].Article.Id]).Select(m => m.Id));
        ledger.Add(projected, DateTimeOffset.UnixEpoch);

        using var updated = IngestInOrder("updated", Enumerable.Range(0, Reports.Length));
        Assert.Equal(Key(updated.Events()), Key(ledger.Events()));
        Assert.Equal(updated.Counts(), ledger.Counts());
    }

    [Fact]
    public void Ingesting_the_same_articles_in_several_orders_gives_the_same_events_as_a_rebuild()
    {
        int[][] orders = [[0, 1, 2, 3, 4, 5], [5, 4, 3, 2, 1, 0], [3, 0, 5, 2, 4, 1], [2, 5, 1, 3, 0, 4]];
        var keys = new List<string>();
        for (var k = 0; k < orders.Length; k++)
        {
            using var ledger = IngestInOrder($"order{k}", orders[k]);
            keys.Add(Key(ledger.Events()));
            ledger.Rebuild();
            Assert.Equal(keys[^1], Key(ledger.Events()));
        }
        Assert.All(keys, k => Assert.Equal(keys[0], k));

        using var first = LedgerStore.Open(_files.PathOf("order0.db"), DataPack.Default);
        var events = first.Events();
        var clash = events.Single(e => e.Sources.Count == 3);
        Assert.Equal(["Afghan Wire Service", "Ministry of Interior", "Taliban statements"], clash.Sources.Select(s => s.Outlet).Order(StringComparer.Ordinal));
        Assert.Equal(5, clash.Fatalities!.Best); // the ministry's and the Taliban's figures are kept as claims
        Assert.True(clash.Fatalities.Disputed);
        Assert.Contains(events, e => e.Sources.Count == 1 && e.Date!.Value.Start == new DateOnly(2020, 6, 3)); // the next day's clash stays apart
    }

    [Fact]
    public void Merge_and_split_are_kept_as_decisions_that_survive_a_rebuild_and_show_in_history()
    {
        using var ledger = IngestInOrder("decisions", [0, 1, 2, 3, 4, 5]);
        var clash = ledger.Events().Single(e => e.Sources.Count == 3);
        var nextDay = ledger.Events().Single(e => e.Date!.Value.Start == new DateOnly(2020, 6, 3) && e.EventType.Value == "Battles");
        var taliban = clash.Sources.Single(s => s.Outlet == "Taliban statements").MentionId;

        ledger.Split(clash.Id, taliban, "their claim is about another post");
        var wire = clash.Sources.Single(s => s.Outlet == "Afghan Wire Service").MentionId;
        Assert.Equal(2, ledger.Events().Single(e => e.MentionIds.Contains(wire)).Sources.Count);
        var alone = ledger.EventOfMention(taliban)!;

        var rest = ledger.EventOfMention(wire)!;
        ledger.Merge(rest, nextDay.Id, "one operation over two days");
        var merged = ledger.Events().Single(e => e.MentionIds.Contains(nextDay.MentionIds.Single()));
        Assert.Equal(3, merged.Sources.Count);

        var before = Key(ledger.Events());
        ledger.Rebuild();
        Assert.Equal(before, Key(ledger.Events()));
        Assert.Equal(alone, ledger.EventOfMention(taliban));

        var history = ledger.History(merged.Id);
        Assert.Contains(history, h => h.Action == LedgerDecision.Merge);
        // the merged event keeps the id of its earliest mention; the other one stays, superseded
        var gone = merged.Id == rest ? nextDay.Id : rest;
        var superseded = ledger.Event(gone)!.Value;
        Assert.Equal((LedgerStore.Superseded, merged.Id), (superseded.Status, superseded.SupersededBy));
        Assert.Equal(2, ledger.Decisions().Count);
    }

    [Fact]
    public void Asking_for_an_unknown_event_or_mention_says_so()
    {
        using var ledger = IngestInOrder("errors", [0, 1]);
        var e = ledger.Events().First();
        Assert.Contains("no ledger event", Assert.Throws<LedgerException>(() => ledger.Merge("le_nothing", e.Id)).Message);
        Assert.Contains("is not a report of", Assert.Throws<LedgerException>(() => ledger.Split(e.Id, "ev_nothing")).Message);
    }

    [Fact]
    public void Ingest_fuses_each_batch_as_it_is_stored()
    {
        var lines = Reports.Select(r => System.Text.Json.JsonSerializer.Serialize(new { outlet = r.Outlet, published = r.Published, text = r.Text }));
        var corpus = _files.Write("in/reports.jsonl", string.Join("\n", lines));
        var path = _files.PathOf("ingest.db");
        using var store = SqliteStore.Open(path);
        using var ledger = LedgerStore.Open(path, DataPack.Default);
        new Sitrep.Ingest.Ingestor(Pipeline, SourceReader.Default(), store) { Ledger = ledger, BatchSize = 2 }.Run([corpus]);

        var fused = Key(ledger.Events());
        Assert.Contains(ledger.Events(), e => e.Sources.Count == 3);
        Assert.Equal(0, ledger.Update().Mentions); // nothing left unfused
        ledger.Rebuild();
        Assert.Equal(fused, Key(ledger.Events()));
    }

    [Fact]
    public void Ingest_first_fuses_what_a_stopped_run_stored_but_did_not_fuse()
    {
        // a run killed between a batch's commit and its fusion leaves stored mentions outside the ledger;
        // each batch fuses only its own articles, so the next run must take those in first
        var path = _files.PathOf("stopped.db");
        using var store = SqliteStore.Open(path);
        store.Save(Documents[..3], DateTimeOffset.UnixEpoch);
        var rest = Reports[3..].Select(r => System.Text.Json.JsonSerializer.Serialize(new { outlet = r.Outlet, published = r.Published, text = r.Text }));
        var corpus = _files.Write("in/rest.jsonl", string.Join("\n", rest));
        using var ledger = LedgerStore.Open(path, DataPack.Default);
        new Sitrep.Ingest.Ingestor(Pipeline, SourceReader.Default(), store) { Ledger = ledger, BatchSize = 1 }.Run([corpus]);

        Assert.Equal(0, ledger.Update().Mentions);
        using var whole = IngestInOrder("whole", Enumerable.Range(0, Reports.Length));
        Assert.Equal(Key(whole.Events()), Key(ledger.Events()));
    }

    [Fact]
    public void A_store_from_before_the_ledger_keys_gets_them_and_its_reports_still_fuse_with_new_ones()
    {
        var path = _files.PathOf("old.db");
        using (var ledger = IngestInOrder("old", [0, 1, 4])) { }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        // the ledger table as schema step 10 left it: week columns, no keys
        using (var old = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            old.Open();
            OlderSchema.UndoLedgerKeys(old);
        }

        using (var store = SqliteStore.Open(path))
        using (var ledger = LedgerStore.Open(path, DataPack.Default))
        {
            foreach (var i in new[] { 2, 3, 5 })
            {
                store.Save([Documents[i]], DateTimeOffset.UnixEpoch);
                ledger.Update(DateTimeOffset.UnixEpoch);
            }
            using var whole = IngestInOrder("new", Enumerable.Range(0, Reports.Length));
            Assert.Equal(Key(whole.Events()), Key(ledger.Events()));
        }
        using var check = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        check.Open();
        Assert.Equal(0L, Dapper.SqlMapper.ExecuteScalar<long>(check, "SELECT COUNT(*) FROM ledger_mentions WHERE anchor_month IS NULL OR day_first IS NULL"));
        Assert.Equal(Migrations.Steps.Length, Dapper.SqlMapper.ExecuteScalar<int>(check, "SELECT version FROM schema_version"));
    }

    [Fact]
    public void Templated_wire_items_about_different_places_are_linked_as_copies_but_each_stays_its_own_event()
    {
        // One wire template filled in for twelve districts, days and tolls: similar wording makes them
        // near-duplicates, but their events disagree on place, date and figures, so none is absorbed.
        (string District, string Province)[] places =
        [
            ("Andar", "Ghazni"), ("Nad Ali", "Helmand"), ("Shindand", "Herat"), ("Panjwayi", "Kandahar"), ("Imam Sahib", "Kunduz"), ("Achin", "Nangarhar"),
            ("Qarabagh", "Ghazni"), ("Maiwand", "Kandahar"), ("Almar", "Faryab"), ("Dawlat Abad", "Balkh"), ("Baraki Barak", "Logar"), ("Jaghatu", "Wardak"),
        ];
        var lines = places.Select((p, i) => System.Text.Json.JsonSerializer.Serialize(new
        {
            text = $"KABUL (Afghan Wire Service) - Taliban fighters attacked a police checkpoint in {p.District} district of {p.Province} province on Tuesday night, " +
                   $"killing {i + 2} policemen and wounding {i + 1} others, a provincial spokesman said on Wednesday. The Taliban claimed responsibility for the attack " +
                   "in a statement. Security forces returned fire and the attackers fled after a two-hour gunbattle, the spokesman said, adding that an investigation had been launched.",
            outlet = "Afghan Wire Service",
            url = $"https://wire.example.org/{i}",
            published = $"2020-03-{3 + 7 * (i % 4):00}",
        }));
        var corpus = _files.Write("wire.jsonl", string.Join("\n", lines));
        var path = _files.PathOf("templated.db");
        using var store = SqliteStore.Open(path);
        using var ledger = LedgerStore.Open(path, DataPack.Default);
        var summary = new Sitrep.Ingest.Ingestor(Pipeline, SourceReader.Default(), store) { Ledger = ledger }.Run([corpus]);

        Assert.True(summary.NearDuplicates.Count >= places.Length / 2, $"{summary.NearDuplicates.Count} linked: the template should read as copies");
        var events = ledger.Events();
        Assert.Equal(places.Length, events.Count);
        Assert.Equal(places.Length, events.Select(e => e.Place?.Value.Admin2).OfType<string>().Distinct().Count()); // one per district (gazetteer spellings)
    }
}
