using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Ledger;
using Sitrep.Pipeline;
using Sitrep.Serialization;
using Sitrep.Storage;
using Sitrep.Tests.Foundation;

namespace Sitrep.Tests.Storage.Contract;

/// <summary>
/// What every store must do, whatever engine holds it: the one contract suite, run against
/// SQLite (<see cref="SqliteStoreContractTests"/>) and PostgreSQL (<see cref="PostgresStoreContractTests"/>).
/// Stores are opened the way the CLI and server open them: <see cref="Stores"/> with a --db value.
/// </summary>
public abstract class StoreContract : IDisposable
{
    protected static readonly DateTimeOffset At = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
    protected readonly TestFiles Files = new();

    /// <summary>A --db value naming a store that does not exist yet (a new file, an empty database).</summary>
    protected abstract string NewDb();

    public virtual void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Files.Dispose();
        GC.SuppressFinalize(this);
    }

    private static string Key(IEnumerable<LedgerEvent> events) =>
        string.Join("\n", events.Select(e => e.Id + ": " + string.Join(",", e.MentionIds.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal));

    private (IArticleStore Store, ILedgerStore Ledger) Demo(string db)
    {
        var store = Stores.Open(db);
        var ledger = Stores.OpenLedger(db, DataPack.Default);
        DemoCorpus.IngestInto(store, ledger, At);
        return (store, ledger);
    }

    [SkippableFact]
    public void A_new_store_is_at_the_latest_schema_step_and_reopens_with_its_data()
    {
        var db = NewDb();
        using (var store = Stores.Open(db))
        {
            Assert.Equal(Migrations.Steps.Length, store.SchemaVersion);
            store.Save(DemoCorpus.Batches[0], At);
        }
        using var reopened = Stores.Open(db, StoreOpenMode.Existing);
        Assert.Equal(Migrations.Steps.Length, reopened.SchemaVersion);
        Assert.Equal(DemoCorpus.Batches[0].Count, reopened.Counts().Articles);
        Assert.Equal(DemoCorpus.Batches[0].Sum(d => d.Events.Count), reopened.Counts().Events);
    }

    [SkippableFact]
    public void A_store_that_does_not_exist_is_an_error_for_a_reader_and_created_by_a_writer()
    {
        var db = NewDb();
        Assert.Throws<StoreException>(() => Stores.Open(db, StoreOpenMode.Existing));
        Assert.Throws<StoreException>(() => Stores.OpenLedger(db, DataPack.Default, StoreOpenMode.Existing));
        using (Stores.Open(db)) { }
        using var reader = Stores.Open(db, StoreOpenMode.Existing);
        Assert.Equal((0L, 0L), reader.Counts());
    }

    [SkippableFact]
    public void Writers_opening_a_new_store_at_the_same_moment_create_its_schema_once()
    {
        var db = NewDb();
        using var start = new Barrier(4);
        var opened = Enumerable.Range(0, 4).Select(_ => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            using var store = Stores.Open(db);
            return store.SchemaVersion;
        }, TaskCreationOptions.LongRunning)).ToArray();
        Task.WaitAll(opened);
        Assert.All(opened, t => Assert.Equal(Migrations.Steps.Length, t.Result));
    }

    [SkippableFact]
    public void Saving_the_same_articles_twice_stores_them_once()
    {
        using var store = Stores.Open(NewDb());
        var documents = DemoCorpus.Documents.ToList();
        Assert.Equal(documents.Count, store.Save(documents, At));
        Assert.Equal(0, store.Save(documents, At));
        Assert.Equal((documents.Count, documents.Sum(d => d.Events.Count)), ((int)store.Counts().Articles, (int)store.Counts().Events));
        Assert.All(documents, d => Assert.True(store.Contains(d.Article.Id)));
        Assert.False(store.Contains("a_0000000000000000"));
    }

    [SkippableFact]
    public void A_stored_article_reads_back_as_it_was_given()
    {
        using var store = Stores.Open(NewDb());
        store.Save(DemoCorpus.Documents, At);
        foreach (var given in DemoCorpus.Documents.Select(d => d.Article))
        {
            var read = store.Article(given.Id)!;
            Assert.Equal((given.Text, given.Url, given.Outlet, given.Title, given.Published, given.Language, given.Source),
                (read.Text, read.Url, read.Outlet, read.Title, read.Published, read.Language, read.Source));
            Assert.Equal(SitrepJson.Serialize(given.Features), SitrepJson.Serialize(read.Features));
            Assert.Contains(given.Id, store.ArticleIdsFrom(given.Source));
        }
        Assert.Null(store.Article("a_missing"));
    }

    [SkippableFact]
    public void Event_listings_page_filter_and_count_consistently()
    {
        using var store = Stores.Open(NewDb());
        store.Save(DemoCorpus.Documents, At);
        var all = store.Events(new EventQuery { IncludeUncounted = true, Limit = 100_000 });
        Assert.Equal(DemoCorpus.Documents.Sum(d => d.Events.Count), all.Count);
        Assert.Equal(all.Count, store.CountEvents(new EventQuery { IncludeUncounted = true }));
        Assert.Equal(all.OrderBy(e => e.DateStart, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).Select(e => e.Id), all.Select(e => e.Id));

        var paged = Enumerable.Range(0, (all.Count + 6) / 7)
            .SelectMany(page => store.Events(new EventQuery { IncludeUncounted = true, Limit = 7, Offset = page * 7 })).ToList();
        Assert.Equal(all.Select(e => e.Id), paged.Select(e => e.Id));

        var counted = store.Events(new EventQuery { Limit = 100_000 });
        Assert.Equal(all.Where(e => e.Counts && e.CopyOf is null).Select(e => e.Id), counted.Select(e => e.Id));
        Assert.NotEmpty(counted);
        Assert.True(counted.Count < all.Count); // the corpus has mentions that do not count

        var type = counted.GroupBy(e => e.EventType).OrderByDescending(g => g.Count()).First().Key;
        var byType = store.Events(new EventQuery { EventType = type.ToUpperInvariant(), Limit = 100_000 });
        Assert.Equal(counted.Where(e => string.Equals(e.EventType, type, StringComparison.OrdinalIgnoreCase)
            || string.Equals(e.SubEventType, type, StringComparison.OrdinalIgnoreCase) || string.Equals(e.Plover, type, StringComparison.OrdinalIgnoreCase)).Select(e => e.Id),
            byType.Select(e => e.Id));

        var provinces = store.StoredProvinces();
        Assert.Equal(all.Where(e => e.Admin1 is not null).Select(e => e.Admin1!).Distinct().Order(StringComparer.Ordinal), provinces.Order(StringComparer.Ordinal));
        var two = provinces.Order(StringComparer.Ordinal).Take(2).ToList();
        Assert.Equal(counted.Where(e => two.Contains(e.Admin1!)).Select(e => e.Id), store.Events(new EventQuery { Provinces = two, Limit = 100_000 }).Select(e => e.Id));

        var actors = store.StoredActors();
        Assert.Equal(all.SelectMany(e => new[] { e.Actor1, e.Actor2 }).OfType<string>().Distinct().Order(StringComparer.Ordinal), actors.Order(StringComparer.Ordinal));
        var actor = actors.Order(StringComparer.Ordinal).First();
        Assert.Equal(counted.Where(e => e.Actor1 == actor || e.Actor2 == actor).Select(e => e.Id),
            store.Events(new EventQuery { Actors = [actor], Limit = 100_000 }).Select(e => e.Id));

        var dates = counted.Where(e => e.DateStart is not null).Select(e => DateOnly.Parse(e.DateStart!, System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        var (from, to) = (dates[dates.Count / 4], dates[3 * dates.Count / 4]);
        var window = new EventQuery { From = from, To = to, Limit = 100_000 };
        Assert.Equal(counted.Where(e => e.DateStart is not null && string.CompareOrdinal(e.DateStart, $"{from:yyyy-MM-dd}") >= 0
            && string.CompareOrdinal(e.DateStart, $"{to:yyyy-MM-dd}") <= 0).Select(e => e.Id), store.Events(window).Select(e => e.Id));
        Assert.Equal(store.Events(window).Count, store.CountEvents(window));

        var political = store.Events(new EventQuery { Kind = EventKind.Political, IncludeUncounted = true, Limit = 100_000 });
        var acled = store.Events(new EventQuery { Kind = EventKind.Acled, IncludeUncounted = true, Limit = 100_000 });
        Assert.Equal(all.Count, political.Count + acled.Count);
        Assert.All(political, e => Assert.Equal(Sitrep.Events.EventMention.PoliticalInteraction, e.EventType));

        var article = all[0].ArticleId;
        Assert.Equal(all.Where(e => e.ArticleId == article).Select(e => e.Id),
            store.Events(new EventQuery { ArticleId = article, IncludeUncounted = true }).Select(e => e.Id));
    }

    [SkippableFact]
    public void An_event_is_explained_by_its_id_or_a_unique_prefix_with_its_evidence_and_article()
    {
        using var store = Stores.Open(NewDb());
        store.Save(DemoCorpus.Documents, At);
        var given = DemoCorpus.Documents.SelectMany(d => d.Events).First(e => e.Mention.Evidence.Count > 3);
        var (mention, article) = store.Explain(given.Row.Id[..^3])!.Value;
        Assert.Equal(given.Json, SitrepJson.Serialize(mention));
        Assert.Equal(given.Row.ArticleId, article.Id);
        Assert.Null(store.Explain("ev_")); // every event id starts so: not unique
        Assert.Null(store.Explain("nothing-like-it"));
    }

    [SkippableFact]
    public void Near_copies_link_to_the_first_stored_and_their_events_do_not_count_again()
    {
        const string Story = "Insurgents launched an attack on a border post in Spin Boldak district late on Friday, provincial officials said. The fighting lasted several hours before reinforcements arrived from Kandahar city.";
        Files.Write("a/1.txt", Story);
        Files.Write("b/2.txt", $"Wire report. {Story} Reporting by the Daily.");
        Files.Write("c/3.txt", $"{Story} Copyright Valley Times.");
        using var store = Stores.Open(NewDb());
        var ingest = new Ingestor(FakeEventAnnotator.Pipeline(), SourceReader.Default(), store) { BatchSize = 2, WindowSize = 2 };
        var summary = ingest.Run([Files.PathOf("a"), Files.PathOf("b"), Files.PathOf("c")]);
        var original = store.ArticleIdsFrom(Files.PathOf("a/1.txt")).Single();
        Assert.Equal(2, summary.NearDuplicates.Count);
        Assert.All(store.DuplicateLinks(), link => Assert.Equal(original, link.DuplicateOf));
        Assert.Equal(2, store.DuplicateLinks().Count);
        Assert.Equal([original], store.Events(new EventQuery()).Select(e => e.ArticleId).Distinct());
        Assert.Equal(3, store.Events(new EventQuery { IncludeUncounted = true }).Select(e => e.ArticleId).Distinct().Count());
        Assert.All(store.Events(new EventQuery { IncludeUncounted = true }).Where(e => e.ArticleId != original), e => Assert.Equal(original, e.CopyOf));
    }

    [SkippableFact]
    public void Feed_items_marked_as_seen_are_read_back_once()
    {
        using var store = Stores.Open(NewDb());
        store.MarkFeedItems([("https://feed.example.org/rss", "item-1"), ("https://feed.example.org/rss", "item-2")], At);
        store.MarkFeedItems([("https://feed.example.org/rss", "item-2"), ("other", "item-1")], At);
        Assert.Equal(new[] { "https://feed.example.org/rss\nitem-1", "https://feed.example.org/rss\nitem-2", "other\nitem-1" },
            store.FeedItemKeys().Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public void The_ledger_fused_batch_by_batch_equals_a_rebuild_and_fuses_some_reports()
    {
        var (store, ledger) = Demo(NewDb());
        using (store)
        using (ledger)
        {
            var incremental = ledger.Events(new LedgerQuery { Limit = 100_000 });
            var mentions = ledger.Counts().Mentions;
            Assert.Equal(mentions, incremental.Sum(e => e.Sources.Count));
            Assert.True(incremental.Count < mentions, $"{incremental.Count} events from {mentions} mentions: nothing fused");
            Assert.Equal(incremental.Count, ledger.Counts().Events);
            ledger.Rebuild(At);
            Assert.Equal(Key(incremental), Key(ledger.Events(new LedgerQuery { Limit = 100_000 })));
            foreach (var e in incremental)
            {
                Assert.All(e.MentionIds, m => Assert.Equal(e.Id, ledger.EventOfMention(m)));
                Assert.Equal("created", ledger.History(e.Id[..^2])[0].Action);
            }
        }
    }

    [SkippableFact]
    public void Ledger_listings_filter_by_type_province_and_dates_and_stream_with_their_sources()
    {
        var (store, ledger) = Demo(NewDb());
        using (store)
        using (ledger)
        {
            var all = ledger.Events(new LedgerQuery { Limit = 100_000 });
            Assert.Equal(all.Select(e => e.Id), ledger.StreamEvents().Select(e => e.Id));
            Assert.Equal(all.Take(3).Select(e => e.Id), ledger.Events(new LedgerQuery { Limit = 3 }).Select(e => e.Id));
            var province = all.Select(e => e.Place?.Value.Admin1).OfType<string>().GroupBy(p => p).OrderByDescending(g => g.Count()).First().Key;
            Assert.Equal(all.Where(e => e.Place?.Value.Admin1 == province).Select(e => e.Id),
                ledger.Events(new LedgerQuery { Province = province.ToLowerInvariant(), Limit = 100_000 }).Select(e => e.Id));
            var type = all[0].EventType.Value;
            Assert.Equal(all.Where(e => e.EventType.Value == type || e.SubEventType?.Value == type).Select(e => e.Id),
                ledger.Events(new LedgerQuery { EventType = type.ToUpperInvariant(), Limit = 100_000 }).Select(e => e.Id));
            var from = all[all.Count / 2].Date!.Value.Start;
            Assert.Equal(all.Where(e => e.Date is { } d && d.Value.Start >= from).Select(e => e.Id),
                ledger.Events(new LedgerQuery { From = from, Limit = 100_000 }).Select(e => e.Id));

            // An export reads each event's mentions while the listing is still being read.
            var streamed = 0;
            foreach (var e in ledger.StreamEvents())
            {
                var sources = ledger.MentionsWithArticles([.. e.MentionIds]);
                Assert.Equal(e.MentionIds.Order(StringComparer.Ordinal), sources.Select(s => s.Mention.Id));
                Assert.All(sources, s => Assert.Equal(s.Mention.ArticleId, s.Article.Id));
                streamed++;
            }
            Assert.Equal(all.Count, streamed);
            var someArticle = ledger.ArticleSources()[0].Id;
            Assert.Equal(store.Events(new EventQuery { ArticleId = someArticle }).Select(e => e.Id).Order(StringComparer.Ordinal),
                ledger.CountedMentions(someArticle).Select(m => m.Id));
        }
    }

    [SkippableFact]
    public void Merges_and_splits_are_kept_as_decisions_and_survive_a_rebuild()
    {
        var (store, ledger) = Demo(NewDb());
        using (store)
        using (ledger)
        {
            var events = ledger.Events(new LedgerQuery { Limit = 100_000 });
            var (a, b) = (events[0], events[1]);
            var merge = ledger.Merge(a.Id, b.Id, "one raid", At);
            Assert.Equal(LedgerDecision.Merge, merge.Kind);
            var merged = ledger.EventOfMention(a.MentionIds.First())!;
            Assert.Equal(merged, ledger.EventOfMention(b.MentionIds.First()));
            Assert.Equal(a.MentionIds.Concat(b.MentionIds).Order(StringComparer.Ordinal), ledger.Event(merged)!.Value.Event.MentionIds.Order(StringComparer.Ordinal));
            Assert.Equal(events.Count - 1, ledger.Counts().Events);
            Assert.Contains(ledger.History(a.Id), h => h.Action == LedgerDecision.Merge);

            var off = b.MentionIds.First();
            var split = ledger.Split(merged, off, null, At);
            Assert.Equal(LedgerDecision.Split, split.Kind);
            Assert.NotEqual(ledger.EventOfMention(a.MentionIds.First()), ledger.EventOfMention(off));
            Assert.Equal([merge.Seq, split.Seq], ledger.Decisions().Select(d => d.Seq));
            Assert.True(split.Seq > merge.Seq);

            var before = Key(ledger.Events(new LedgerQuery { Limit = 100_000 }));
            ledger.Rebuild(At);
            Assert.Equal(before, Key(ledger.Events(new LedgerQuery { Limit = 100_000 })));
            Assert.Throws<LedgerException>(() => ledger.Merge(a.Id, "le_nothing"));
        }
    }
}
