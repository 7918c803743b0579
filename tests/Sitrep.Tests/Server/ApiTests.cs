using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Sitrep.Tests.Server;

/// <summary>The read endpoints over the demo store: what they return, and how they refuse bad requests.</summary>
public sealed class ApiTests(DemoServer server) : IClassFixture<DemoServer>
{
    private readonly HttpClient _client = server.CreateClient();

    private async Task<JsonElement> Json(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await _client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{url}: {(int)response.StatusCode} {body}");
        if (expected != HttpStatusCode.OK) AssertProblem(response, body);
        return JsonDocument.Parse(body).RootElement;
    }

    internal static void AssertProblem(HttpResponseMessage response, string body)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)response.StatusCode, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.DoesNotContain("   at ", body); // never a stack trace
    }

    private static string Detail(JsonElement problem) => problem.GetProperty("detail").GetString()!;

    private async Task<List<JsonElement>> AllEvents(string query = "")
    {
        var all = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var result = await Json($"/events?page_size=7&page={page}{query}");
            all.AddRange(result.GetProperty("items").EnumerateArray());
            if (result.GetProperty("nextPage").ValueKind == JsonValueKind.Null) return all;
        }
    }

    [Fact]
    public async Task Health_reports_the_store_counts()
    {
        var health = await Json("/health");
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(27, health.GetProperty("articles").GetInt64());
        Assert.True(health.GetProperty("ledgerEvents").GetInt64() > 0);
    }

    [Fact]
    public async Task Events_pages_cover_every_ledger_event_once()
    {
        var health = await Json("/health");
        var first = await Json("/events?page_size=7");
        Assert.Equal(7, first.GetProperty("items").GetArrayLength());
        Assert.Equal(2, first.GetProperty("nextPage").GetInt32());
        var all = await AllEvents();
        var ids = all.Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Equal(health.GetProperty("ledgerEvents").GetInt64(), first.GetProperty("total").GetInt64());
        Assert.Equal(first.GetProperty("total").GetInt32(), ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("/events?page_size=1001", "page_size")]
    [InlineData("/events?page=0", "page")]
    [InlineData("/events?page_size=ten", "page_size")]
    [InlineData("/events?from=03/04/2020", "ambiguous")]
    [InlineData("/events?from=2020-05-01&to=2020-04-01", "after")]
    [InlineData("/events?province=Atlantis", "closest")]
    [InlineData("/events?actor=Zorgons", "closest")]
    [InlineData("/events?colour=red", "unknown query parameter")]
    [InlineData("/events?format=xml", "format")]
    [InlineData("/mentions?min_sources=2", "min_sources")]
    public async Task Bad_parameters_are_400_problems_that_say_what_to_change(string url, string said)
    {
        var problem = await Json(url, HttpStatusCode.BadRequest);
        Assert.Contains(said, Detail(problem));
    }

    [Fact]
    public async Task Province_filter_takes_any_spelling_the_gazetteer_knows()
    {
        var herat = await AllEvents("&province=Hirat");
        Assert.NotEmpty(herat);
        Assert.All(herat, e => Assert.Equal("Herat", e.GetProperty("place").GetProperty("value").GetProperty("admin1").GetString()));
        Assert.Equal(herat.Count, (await AllEvents("&province=AF-HER")).Count);
    }

    [Fact]
    public async Task Actor_date_and_source_filters_narrow_the_list()
    {
        var all = await AllEvents();
        var taliban = await AllEvents("&actor=Taliban");
        Assert.InRange(taliban.Count, 1, all.Count - 1);
        Assert.All(taliban, e => Assert.Contains("Taliban", (e.TryGetProperty("actor1", out var a1) ? a1.GetProperty("value").GetString() : "") + (e.TryGetProperty("actor2", out var a2) ? a2.GetProperty("value").GetString() : "")));

        var in2020 = await AllEvents("&from=2020-01-01&to=2020-12-31");
        Assert.Equal(all.Count(e => e.TryGetProperty("date", out var d) && d.GetProperty("value").GetProperty("start").GetString()!.StartsWith("2020", StringComparison.Ordinal)), in2020.Count);

        var corroborated = await AllEvents("&min_sources=2");
        Assert.Equal(all.Count(e => e.GetProperty("independentSources").GetInt32() >= 2), corroborated.Count);
        Assert.NotEmpty(corroborated);
    }

    [Fact]
    public async Task An_event_shows_its_sources_with_evidence_spans_in_the_article_text()
    {
        var corroborated = (await AllEvents("&min_sources=2"))[0];
        var id = corroborated.GetProperty("id").GetString()!;
        var detail = await Json($"/events/{id[..10]}"); // a unique prefix is enough, as on the command line
        Assert.Equal(id, detail.GetProperty("event").GetProperty("id").GetString());
        Assert.Equal("current", detail.GetProperty("status").GetString());
        var mentions = detail.GetProperty("mentions").EnumerateArray().ToList();
        Assert.True(mentions.Count >= 2);
        foreach (var mention in mentions)
        {
            var article = await Json($"/articles/{mention.GetProperty("articleId").GetString()}");
            var text = article.GetProperty("text").GetString()!;
            Assert.Contains(mention.GetProperty("sentence").GetString()!, text);
            foreach (var evidence in mention.GetProperty("evidence").EnumerateArray())
            {
                var span = evidence.GetProperty("span");
                var (start, end) = (span.GetProperty("start").GetInt32(), span.GetProperty("end").GetInt32());
                Assert.InRange(start, 0, end - 1);
                Assert.InRange(end, start + 1, text.Length); // a span of the article's own text, as the dashboard highlights it
                Assert.False(string.IsNullOrEmpty(evidence.GetProperty("rule").GetString()));
            }
        }
    }

    [Fact]
    public async Task Unknown_ids_are_404_problems()
    {
        Assert.Contains("le_nope", Detail(await Json("/events/le_nope", HttpStatusCode.NotFound)));
        Assert.Contains("a_nope", Detail(await Json("/articles/a_nope", HttpStatusCode.NotFound)));
    }

    [Fact]
    public async Task An_article_lists_its_mentions_with_their_ledger_events()
    {
        var mentions = await Json("/mentions?page_size=1");
        Assert.True(mentions.GetProperty("total").GetInt32() >= (await Json("/health")).GetProperty("ledgerEvents").GetInt32());
        var articleId = mentions.GetProperty("items")[0].GetProperty("articleId").GetString();
        var article = await Json($"/articles/{articleId}");
        var counted = article.GetProperty("mentions").EnumerateArray().Where(m => m.GetProperty("counts").GetBoolean()).ToList();
        Assert.NotEmpty(counted);
        Assert.All(counted, m => Assert.StartsWith("le_", m.GetProperty("ledgerEvent").GetString()));
    }

    [Fact]
    public async Task Mention_pages_cover_the_filtered_mentions_once_and_agree_with_the_store()
    {
        var pages = new List<JsonElement>();
        long total = -1;
        for (var page = 1; ; page++)
        {
            var result = await Json($"/mentions?page_size=5&page={page}&province=Hirat");
            total = result.GetProperty("total").GetInt64();
            pages.AddRange(result.GetProperty("items").EnumerateArray());
            if (result.GetProperty("nextPage").ValueKind == JsonValueKind.Null) break;
        }
        var ids = pages.Select(m => m.GetProperty("id").GetString()!).ToList();
        Assert.Equal(total, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(pages, m => Assert.Equal("Herat", m.GetProperty("admin1").GetString()));

        // the same rows as the store's own unfiltered listing, filtered here
        using var store = Sitrep.Storage.SqliteStore.Open(server.Db, Sitrep.Storage.StoreOpenMode.Existing);
        var expected = store.Events(new Sitrep.Storage.EventQuery { Limit = int.MaxValue }).Where(r => r.Admin1 == "Herat").Select(r => r.Id).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint()
    {
        var document = await Json("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Superset(new HashSet<string> { "/events", "/events/{id}", "/mentions", "/articles/{id}", "/ingest", "/health" }, paths.ToHashSet());
    }

    [Fact]
    public async Task Pages_load_nothing_from_another_origin()
    {
        foreach (var page in new[] { "/", "/scalar/" })
        {
            var html = await _client.GetStringAsync(page);
            Assert.DoesNotMatch(@"(src|href)\s*=\s*[""']?(https?:)?//", html);
        }
        var dashboard = await _client.GetAsync("/");
        Assert.Contains("script-src 'self'", dashboard.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Cors_is_off_by_default()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/events");
        request.Headers.Add("Origin", "https://elsewhere.example");
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
