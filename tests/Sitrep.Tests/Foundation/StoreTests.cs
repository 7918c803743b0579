using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Tests.Foundation;

public class StoreTests : IDisposable
{
    private readonly TestFiles _files = new();
    private readonly SitrepPipeline _pipeline = FakeEventAnnotator.Pipeline();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _files.Dispose();
    }

    private SqliteStore Open() => SqliteStore.Open(_files.PathOf("test.db"));

    private Ingestor IngestorFor(SqliteStore store) => new(_pipeline, SourceReader.Default(), store) { BatchSize = 2 };

    [Fact]
    public void New_database_is_migrated_to_the_latest_schema_in_wal_mode()
    {
        using var store = Open();
        Assert.True(store.SchemaVersion >= 1);
        Assert.True(File.Exists(_files.PathOf("test.db-wal")));
    }

    [Fact]
    public void Reopening_keeps_data_and_schema_version()
    {
        var folder = WriteCorpus(3);
        using (var store = Open()) IngestorFor(store).Run([folder]);
        using var reopened = Open();
        Assert.Equal(3, reopened.Counts().Articles);
    }

    [Fact]
    public void Ingesting_the_same_articles_twice_stores_them_once()
    {
        var folder = WriteCorpus(5);
        using var store = Open();
        var first = IngestorFor(store).Run([folder]);
        var second = IngestorFor(store).Run([folder]);
        Assert.Equal((5, 5, 0), (first.ArticlesRead, first.ArticlesStored, first.AlreadyStored));
        Assert.Equal((5, 0, 5), (second.ArticlesRead, second.ArticlesStored, second.AlreadyStored));
        Assert.Equal((5L, 5L), store.Counts());
    }

    [Fact]
    public void Duplicate_article_inside_one_run_is_stored_once()
    {
        _files.Write("in/one.txt", "Fighters launched an attack on a base.");
        _files.Write("in/copy.txt", "Fighters launched an   attack on a base.");
        using var store = Open();
        var summary = IngestorFor(store).Run([_files.PathOf("in")]);
        Assert.Equal((2, 1, 1), (summary.ArticlesRead, summary.ArticlesStored, summary.AlreadyStored));
    }

    [Fact]
    public void Interrupted_run_resumes_without_duplicates()
    {
        var folder = WriteCorpus(6);
        var firstHalf = Directory.GetFiles(folder).Order(StringComparer.Ordinal).Take(3).ToArray();
        using var store = Open();
        IngestorFor(store).Run(firstHalf); // the run that was killed after three articles
        var resumed = IngestorFor(store).Run([folder]);
        Assert.Equal(3, resumed.ArticlesStored);
        Assert.Equal(3, resumed.AlreadyStored);
        Assert.Equal((6L, 6L), store.Counts());
    }

    [Fact]
    public void Failing_article_is_reported_and_the_rest_of_the_batch_is_stored()
    {
        _files.Write("in/a.txt", "Gunmen launched an attack in Kunar.");
        _files.Write("in/b.txt", "This text makes the extractor CRASH.");
        _files.Write("in/c.txt", "Another attack hit Paktika.");
        _files.WriteBytes("in/d.txt", [0xC3, 0x28]);
        using var store = Open();
        var summary = IngestorFor(store).Run([_files.PathOf("in"), _files.PathOf("nowhere")]);
        Assert.Equal(2, summary.ArticlesStored);
        Assert.Equal(2, summary.EventsFound);
        Assert.Equal(
            [_files.PathOf("in/b.txt"), _files.PathOf("in/d.txt"), _files.PathOf("nowhere")],
            summary.Errors.Select(e => e.Location));
        Assert.Contains("extraction failed", summary.Errors[0].Reason);
        Assert.True(summary.Failed);
    }

    [Fact]
    public void A_broken_sidecar_is_a_warning_of_the_ingest_and_its_article_is_stored()
    {
        _files.Write("in/a.txt", "Fighters launched an attack on a base.");
        var sidecar = _files.Write("in/a.json", "{\"published\": 2020-05-01}");
        using var store = Open();
        var summary = IngestorFor(store).Run([_files.PathOf("in")]);
        Assert.Equal((1, 1), (summary.ArticlesStored, summary.EventsFound));
        Assert.False(summary.Failed);
        Assert.Equal(sidecar, Assert.Single(summary.Warnings).Location);
    }

    [Fact]
    public void Political_interactions_are_listed_apart_from_acled_events()
    {
        _files.Write("in/a.txt", "Fighters launched an attack in Zabul on Monday. Taliban negotiators held talks with a US delegation in Doha on Monday.");
        _files.Write("in/a.json", """{"outlet":"Example Wire","published":"2020-05-01"}""");
        using var store = Open();
        new Ingestor(PipelineBuilder.Default(), SourceReader.Default(), store).Run([_files.PathOf("in")]);

        var acled = Assert.Single(store.Events(new EventQuery { Kind = EventKind.Acled }));
        var political = Assert.Single(store.Events(new EventQuery { Kind = EventKind.Political }));
        Assert.Equal("Armed clash", acled.SubEventType);
        Assert.Equal((EventMention.PoliticalInteraction, "CONSULT"), (political.EventType, political.Plover));
        Assert.Equal(2, store.Events(new EventQuery()).Count);
    }

    [Fact]
    public void Stored_events_can_be_listed_filtered_and_explained()
    {
        _files.Write("in/a.txt", "Fighters launched an attack in Zabul. They could attack again.");
        _files.Write("in/a.json", """{"outlet":"Example Wire","published":"2020-05-01"}""");
        using var store = Open();
        IngestorFor(store).Run([_files.PathOf("in")]);

        var counted = store.Events(new EventQuery());
        var all = store.Events(new EventQuery { IncludeUncounted = true });
        Assert.Single(counted);
        Assert.Equal(2, all.Count);
        Assert.Equal("Example Wire", counted[0].Outlet);
        Assert.Equal("hypothetical", all.Single(r => !r.Counts).Modality);
        Assert.Empty(store.Events(new EventQuery { EventType = "Protests" }));
        Assert.Single(store.Events(new EventQuery { EventType = "armed clash" }));

        var (mention, article) = store.Explain(counted[0].Id[..^1])!.Value;
        Assert.Equal(counted[0].Id, mention.Id);
        Assert.Equal("attack", Assert.Single(mention.Evidence).Text);
        Assert.Equal("Fighters launched an attack in Zabul.", mention.Sentence.Of(article.Text));
        Assert.Null(store.Explain("e_nope"));
        Assert.Null(store.Explain("e_")); // a prefix shared by several events is ambiguous
    }

    [Fact]
    public void Events_of_a_republished_copy_are_listed_but_not_counted_twice()
    {
        const string story = "Insurgents launched an attack on a border post in Spin Boldak district late on Friday, "
            + "provincial officials said. The fighting lasted several hours before reinforcements arrived from Kandahar city, "
            + "and the gunmen withdrew towards the mountains before dawn, a police spokesman told reporters.";
        _files.Write("in/a.txt", story);
        _files.Write("in/a.json", """{"outlet":"Wire One","url":"https://one.example/1"}""");
        _files.Write("in/b.txt", story + " Copyright Wire One.");
        _files.Write("in/b.json", """{"outlet":"Daily Two","url":"https://two.example/9"}""");
        using var store = Open();
        var summary = IngestorFor(store).Run([_files.PathOf("in")]);

        Assert.Single(summary.NearDuplicates);
        var counted = Assert.Single(store.Events(new EventQuery()));
        Assert.Equal("Wire One", counted.Outlet);
        var copy = store.Events(new EventQuery { IncludeUncounted = true }).Single(r => r.Outlet == "Daily Two");
        Assert.Equal(counted.ArticleId, copy.CopyOf);
    }

    [Fact]
    public void Same_input_gives_the_same_ids_and_rows()
    {
        var folder = WriteCorpus(4);
        List<EventRow> Run(string name)
        {
            using var store = SqliteStore.Open(_files.PathOf(name));
            IngestorFor(store).Run([folder]);
            return [.. store.Events(new EventQuery { IncludeUncounted = true })];
        }
        Assert.Equal(Run("one.db"), Run("two.db"));
    }

    private string WriteCorpus(int count)
    {
        for (var i = 0; i < count; i++)
            _files.Write($"corpus/{i:D2}.txt", $"Report {i}: insurgents launched an attack on checkpoint {i}.");
        return _files.PathOf("corpus");
    }
}
