using System.Text;
using Sitrep.Documents;
using Sitrep.Storage;
using Sitrep.Web;

namespace Sitrep.Tests.Sources;

public class UrlIngestTests : IDisposable
{
    private readonly LocalHttpServer _server = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("sitrep-url").FullName;

    public UrlIngestTests()
    {
        var feed = Fixture.Text("feed_rss2.xml").Replace("{base}", _server.BaseUrl);
        _server.Route("/feed.xml", new LocalHttpServer.Response(200, Encoding.UTF8.GetBytes(feed), "application/rss+xml"));
        _server.Route("/pages/minibus.html", new LocalHttpServer.Response(200, Fixture.Bytes("minibus_page.html")));
        _server.Route("/partisan", new LocalHttpServer.Response(200, Fixture.Bytes("partisan_page.html")));
        _server.Route("/legacy", new LocalHttpServer.Response(200, Fixture.Bytes("windows1252_page.html"), "text/html"));
    }

    private WebFetcher Fetcher(bool allowPrivate = true) => new(new FetchOptions
    {
        AllowPrivate = allowPrivate,
        PerHostInterval = TimeSpan.Zero,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        Retries = 0,
    });

    [Fact]
    public void A_page_url_is_fetched_and_cleaned()
    {
        using var fetcher = Fetcher();
        var article = SourceReader.Default(fetcher: fetcher).Read([_server.BaseUrl + "/partisan"]).Single().Article!;
        Assert.Contains("The fighting around Ghazni", article.Text);
        Assert.DoesNotContain("Leave a Reply", article.Text);
        Assert.Equal(_server.BaseUrl + "/partisan", article.Source);
        Assert.Contains(article.Features, f => f.Kind == PageFeature.WalletAddress);
    }

    [Fact]
    public void A_legacy_encoded_page_url_is_decoded_from_its_meta_charset()
    {
        using var fetcher = Fetcher();
        var article = SourceReader.Default(fetcher: fetcher).Read([_server.BaseUrl + "/legacy"]).Single().Article!;
        Assert.Contains("café", article.Text);
    }

    [Fact]
    public void A_feed_url_yields_its_items()
    {
        using var fetcher = Fetcher();
        var results = SourceReader.Default(fetcher: fetcher).Read([_server.BaseUrl + "/feed.xml"]).ToList();
        Assert.Equal(2, results.Count(r => r.Article is not null));
        Assert.Equal("A roadside bomb struck a minibus in Helmand, officials said.", results[1].Article!.Text);
        Assert.Equal(0, _server.Hits("/pages/minibus.html"));
    }

    [Fact]
    public void Fetch_full_replaces_a_summary_by_the_linked_page()
    {
        using var fetcher = Fetcher();
        var results = SourceReader.Default(fetcher: fetcher, fetchFullText: true).Read([_server.BaseUrl + "/feed.xml"]).ToList();
        var minibus = results[1].Article!;
        Assert.StartsWith("Roadside bomb hits minibus in Helmand\n\nA roadside bomb struck a minibus carrying passengers", minibus.Text);
        Assert.DoesNotContain("Home", minibus.Text);
        Assert.Equal(new DateOnly(2020, 9, 15), minibus.Published);
        Assert.Equal(_server.BaseUrl + "/pages/minibus.html", minibus.Url);
        Assert.Equal("Frontier Dispatch", minibus.Outlet);
        Assert.Equal(1, _server.Hits("/pages/minibus.html"));
        // The item that carried its full text is not fetched.
        Assert.StartsWith("Insurgents overran a police checkpoint", results[0].Article!.Text);
    }

    [Fact]
    public void Private_url_without_permission_is_an_error_and_the_rest_goes_through()
    {
        using var fetcher = Fetcher(allowPrivate: false);
        var file = Path.Combine(_folder, "note.txt");
        File.WriteAllText(file, "Two rockets landed near the airport in Jalalabad on Monday, officials said.");
        var results = SourceReader.Default(fetcher: fetcher).Read([_server.BaseUrl + "/partisan", file]).ToList();
        Assert.Contains("--allow-private", results[0].Error!.Reason);
        Assert.NotNull(results[1].Article);
    }

    [Fact]
    public void Urls_without_a_fetcher_are_reported()
    {
        var result = SourceReader.Default().Read(["https://news.example/story"]).Single();
        Assert.Contains("not enabled", result.Error!.Reason);
    }

    [Fact]
    public void Ingest_command_fetches_a_url_and_stores_its_page_features()
    {
        var db = Path.Combine(_folder, "ingest.db");
        string[] args = ["ingest", _server.BaseUrl + "/partisan", "--allow-private", "--host-interval", "0", "--db", db];
        Assert.Equal(0, Sitrep.Cli.Program.CreateRoot().Parse(args).Invoke());
        using var store = SqliteStore.Open(db);
        Assert.Equal(1, store.Counts().Articles);
        var id = ArticleId.For(SourceReader.Default(fetcher: Fetcher()).Read([_server.BaseUrl + "/partisan"]).Single().Article!.Text,
            "https://eastwatch.example/2021/08/ring-road-ghazni/");
        var stored = store.Article(id)!;
        Assert.Contains(new PageFeature(PageFeature.DonationAppeal, "Support EastWatch"), stored.Features);
        Assert.Contains(stored.Features, f => f.Kind == PageFeature.WalletAddress && f.Text.StartsWith("BTC:"));
    }

    [Fact]
    public void Ingest_command_refuses_a_private_url_by_default()
    {
        var db = Path.Combine(_folder, "refused.db");
        string[] args = ["ingest", _server.BaseUrl + "/partisan", "--retries", "0", "--db", db];
        Assert.Equal(1, Sitrep.Cli.Program.CreateRoot().Parse(args).Invoke());
        Assert.Equal(0, _server.Hits("/partisan"));
    }

    [Fact]
    public void Watch_ingests_new_items_only()
    {
        var db = Path.Combine(_folder, "watch.db");
        string[] args = ["watch", _server.BaseUrl + "/feed.xml", "--once", "--allow-private", "--fetch-full", "--host-interval", "0", "--retries", "0", "--db", db];
        Sitrep.Cli.Program.CreateRoot().Parse(args).Invoke();
        Assert.Equal(1, _server.Hits("/pages/minibus.html"));
        using (var store = SqliteStore.Open(db))
        {
            Assert.Equal(2, store.Counts().Articles);
            Assert.Equal(2, store.FeedItemKeys().Count); // the empty item is an error, not a seen item
        }

        string[] twice = ["watch", _server.BaseUrl + "/feed.xml", "--max-polls", "2", "--interval", "0", "--allow-private", "--fetch-full", "--host-interval", "0", "--db", db];
        Sitrep.Cli.Program.CreateRoot().Parse(twice).Invoke();
        Assert.Equal(1, _server.Hits("/pages/minibus.html"));
        Assert.Equal(3, _server.Hits("/feed.xml"));
        using var again = SqliteStore.Open(db);
        Assert.Equal(2, again.Counts().Articles);
    }

    public void Dispose()
    {
        _server.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
