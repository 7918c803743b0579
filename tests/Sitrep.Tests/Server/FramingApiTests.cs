using System.Net;
using System.Text.Json;
using Sitrep.Framing;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Tests.Server;

/// <summary>GET /articles/{id}/framing and GET /outlets against the framing the CLI computes over the same store.</summary>
public sealed class FramingApiTests(DemoServer server) : IClassFixture<DemoServer>
{
    private readonly HttpClient _client = server.CreateClient();

    private Task<JsonElement> Json(string url) => _client.GetOkJson(url);

    private async Task AssertBadRequest(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        ApiTests.AssertProblem(response, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Outlets_are_the_summaries_the_cli_computes()
    {
        var rows = (await Json("/outlets")).EnumerateArray().ToList();
        using var store = SqliteStore.Open(server.Db, StoreOpenMode.Existing);
        var expected = StoredOutletFraming.Summaries(store, server.Db, DataPack.Default, null, null, byMonth: false);
        Assert.Equal(expected.Select(e => e.Outlet), rows.Select(r => r.GetProperty("outlet").GetString()));
        Assert.Equal(expected.Select(e => e.Articles), rows.Select(r => r.GetProperty("articles").GetInt32()));
        Assert.Equal(expected.Select(e => Math.Round(e.FramedShare, 4)), rows.Select(r => r.GetProperty("framedShare").GetDouble()));
        Assert.Equal(expected.Select(e => e.Stance), rows.Select(r => r.GetProperty("stance").GetString()));
        Assert.Contains(rows, r => r.GetProperty("framedShare").GetDouble() > 0); // the demo's partisan outlets frame
    }

    [Fact]
    public async Task Outlets_by_month_within_a_period_keep_to_it()
    {
        var rows = (await Json("/outlets?from=2020-01-01&to=2020-12-31&by_month=true")).EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.StartsWith("2020-", r.GetProperty("month").GetString()));
        var all = (await Json("/outlets")).EnumerateArray().Sum(r => r.GetProperty("articles").GetInt32());
        Assert.True(rows.Sum(r => r.GetProperty("articles").GetInt32()) < all);
    }

    [Theory]
    [InlineData("/outlets?from=2020-13-01")]
    [InlineData("/outlets?to=yesterday")]
    [InlineData("/outlets?from=2021-01-01&to=2020-01-01")]
    [InlineData("/outlets?by_month=maybe")]
    [InlineData("/outlets?outlet=EastFront")]
    [InlineData("/articles/not%20an%20id!/framing")]
    public async Task A_bad_parameter_is_a_400_problem(string url) => await AssertBadRequest(url);

    [Fact]
    public async Task An_unknown_article_is_a_404_problem()
    {
        var response = await _client.GetAsync("/articles/a_0000000000/framing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        ApiTests.AssertProblem(response, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_articles_framing_gives_each_cue_its_words_span_rule_and_voice()
    {
        using var store = SqliteStore.Open(server.Db, StoreOpenMode.Existing);
        var framed = StoredOutletFraming.Read(store, server.Db, DataPack.Default, null, null).Profiles
            .OrderByDescending(p => p.OutletCues).ThenBy(p => p.ArticleId, StringComparer.Ordinal).First();
        var text = store.Article(framed.ArticleId)!.Text;

        var view = await Json($"/articles/{framed.ArticleId}/framing");
        Assert.Equal(framed.ArticleId, view.GetProperty("article").GetProperty("id").GetString());
        var cues = view.GetProperty("cues").EnumerateArray().ToList();
        Assert.True(framed.OutletCues > 0);
        Assert.Equal(framed.OutletCues, cues.Count(c => c.GetProperty("speaker").GetString() == FramingCue.Outlet && c.GetProperty("technique").GetString() != "Call_to_Action"));
        Assert.All(cues, c =>
        {
            var span = c.GetProperty("span");
            Assert.Equal(c.GetProperty("text").GetString(), text[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()]);
            Assert.StartsWith("framing.", c.GetProperty("rule").GetString());
            Assert.False(string.IsNullOrEmpty(c.GetProperty("entry").GetString()));
            Assert.Contains(c.GetProperty("speaker").GetString(), new[] { FramingCue.Outlet, FramingCue.Quoted });
        });
        Assert.Equal(framed.FramedSentences, view.GetProperty("profile").GetProperty("framedSentences").GetInt32());
    }

    [Fact]
    public async Task The_report_has_a_framing_table_with_the_outlets_of_its_period()
    {
        var html = await _client.GetStringAsync("/report?from=2019-07-01&to=2021-08-31");
        var section = html[html.IndexOf("<section id=\"framing\">", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        var outlets = (await Json("/outlets?from=2019-07-01&to=2021-08-31")).EnumerateArray().ToList();
        Assert.NotEmpty(outlets);
        foreach (var o in outlets)
            Assert.Contains($"<td>{System.Net.WebUtility.HtmlEncode(o.GetProperty("outlet").GetString())}</td><td>{System.Net.WebUtility.HtmlEncode(o.GetProperty("stance").GetString())}</td><td class=\"n\">{o.GetProperty("articles").GetInt32()}</td>", section);
    }
}
