using System.Net;
using System.Text.Json;
using NetTopologySuite.Features;
using Sitrep.Analysis;

namespace Sitrep.Tests.Server;

/// <summary>/trend, /compare, /report, /windows and the CSV and GeoJSON forms of /events, against the analyses and exporters the CLI uses.</summary>
public sealed class AnalysisApiTests(DemoServer server) : IClassFixture<DemoServer>
{
    private readonly HttpClient _client = server.CreateClient();

    private Task<JsonElement> Json(string url) => _client.GetOkJson(url);

    [Fact]
    public async Task Trend_gives_the_same_periods_as_the_analysis_over_the_store()
    {
        var rows = (await Json("/trend?by=month&from=2019-07-01&to=2021-08-31")).EnumerateArray().ToList();
        using var facts = LedgerFacts.Open(server.Db);
        var range = new DateRange(new DateOnly(2019, 7, 1), new DateOnly(2021, 8, 31));
        var expected = Trend.Build(facts.Daily(new LedgerSlice().Within(range)), range, Period.Month, split: false);
        Assert.Equal(26, rows.Count); // zero-filled: every month of the range
        Assert.Equal(expected.Select(r => r.Events), rows.Select(r => r.GetProperty("events").GetInt64()));
        Assert.Equal(expected.Select(r => r.Fatalities), rows.Select(r => r.GetProperty("fatalities").GetInt64()));
        Assert.True(rows.Sum(r => r.GetProperty("events").GetInt64()) > 0);
    }

    [Fact]
    public async Task Compare_takes_a_named_window_and_refuses_an_unknown_one()
    {
        var comparison = await Json("/compare?window=eid-fitr-2020&baseline=2020-04-01..2020-05-20");
        Assert.Equal("2020-05-24", comparison.GetProperty("window").GetProperty("from").GetString());
        Assert.True(comparison.GetProperty("ratio").ValueKind == JsonValueKind.Object);
        var unknown = await _client.GetAsync("/compare?window=no-such-truce");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        ApiTests.AssertProblem(unknown, await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync("/compare")).StatusCode);
    }

    [Fact]
    public async Task The_windows_are_the_shipped_ones()
    {
        var windows = (await Json("/windows")).EnumerateArray().Select(w => w.GetProperty("id").GetString()).ToList();
        Assert.Contains("riv-2020", windows);
        Assert.Contains("eid-adha-2020", windows);
    }

    [Fact]
    public async Task The_report_is_one_offline_page_with_a_policy_that_forbids_scripts()
    {
        var response = await _client.GetAsync("/report?from=2019-07-01&to=2021-08-31");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<svg", html);
        Assert.DoesNotContain("<script", html);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Events_as_csv_and_geojson_carry_the_same_page()
    {
        var json = await Json("/events?page_size=5");
        var ids = json.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();

        using var csvRequest = new HttpRequestMessage(HttpMethod.Get, "/events?page_size=5");
        csvRequest.Headers.Accept.ParseAdd("text/csv");
        var csv = await _client.SendAsync(csvRequest);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        using var files = new Sitrep.Tests.Foundation.TestFiles();
        var path = files.WriteBytes("events.csv", await csv.Content.ReadAsByteArrayAsync());
        using (var reader = CsvHelper.CsvReader.FromFile(path))
        {
            var column = reader.Headers.ToList().IndexOf("event_id_cnty");
            var rows = new List<string?>();
            while (reader.Read()) rows.Add(reader.GetString(column));
            Assert.Equal(ids, rows);
        }

        var geojson = await _client.GetStringAsync("/events?page_size=5&format=geojson");
        var features = System.Text.Json.JsonSerializer.Deserialize<FeatureCollection>(geojson, Sitrep.Export.GeoJsonEventWriter.Options())!;
        Assert.Equal(ids.Count(id => id is not null), features.Count);
    }
}
