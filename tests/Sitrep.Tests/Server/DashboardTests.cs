using Microsoft.Playwright;

namespace Sitrep.Tests.Server;

public sealed class DashboardFixture : IAsyncLifetime
{
    public LiveServer Server { get; } = new();
    public Browser Browser { get; } = new();

    public async Task InitializeAsync()
    {
        await Server.InitializeAsync();
        await Browser.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await Server.DisposeAsync();
    }
}

/// <summary>
/// The dashboard in headless Chromium: the map, the timeline and the list draw from the API, the
/// filters narrow them, and an event page highlights the evidence; nothing is asked of another origin
/// and the page logs no error.
/// </summary>
public sealed class DashboardTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    private async Task<(IPage Page, List<string> Problems)> Open(string path = "")
    {
        var page = await fixture.Browser.Chromium.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Add($"console: {message.Text}"); };
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        await page.RouteAsync("**/*", route =>
        {
            if (route.Request.Url.StartsWith(fixture.Server.BaseUrl, StringComparison.Ordinal)) return route.ContinueAsync();
            problems.Add($"request to another origin: {route.Request.Url}");
            return route.AbortAsync();
        });
        await page.GotoAsync(fixture.Server.BaseUrl + path);
        return (page, problems);
    }

    [SkippableFact]
    public async Task The_overview_draws_the_map_the_timeline_and_every_event()
    {
        var (page, problems) = await Open();
        await Expect(page.Locator("#status")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+ ledger events$"));
        var total = int.Parse((await page.Locator("#status").TextContentAsync())!.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total > 10);
        Assert.Equal(total, await page.Locator("#events tbody tr").CountAsync());
        Assert.Equal(34, await page.Locator("#map .leaflet-overlay-pane path.leaflet-interactive[fill-opacity='0.8']").CountAsync()); // one per province
        Assert.True(await page.Locator("#map path.leaflet-interactive").CountAsync() > 34); // and the event points
        var chart = await page.Locator("#timeline").BoundingBoxAsync();
        Assert.True(chart is { Width: > 200, Height: > 200 });
        // the bars add up to the server's own weekly trend over every event, not to the pages loaded
        using var http = new HttpClient();
        var trend = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync(fixture.Server.BaseUrl + "trend?by=week")).RootElement.EnumerateArray()
            .Sum(r => r.GetProperty("events").GetInt64() + r.GetProperty("partisanEvents").GetInt64());
        Assert.InRange(trend, 1, total);
        Assert.Equal(trend.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.Locator("#timeline").GetAttributeAsync("data-events"));
        Assert.Empty(problems);
    }

    [SkippableFact]
    public async Task Filtering_to_a_province_narrows_the_list_and_the_map_shows_its_count()
    {
        var (page, problems) = await Open();
        await Expect(page.Locator("#status")).ToContainTextAsync("ledger events");
        await page.SelectOptionAsync("select[name=province]", "Kunduz");
        await page.ClickAsync("#filters button[type=submit]");
        await Expect(page.Locator("#status")).ToContainTextAsync("ledger events");
        var rows = page.Locator("#events tbody tr");
        var count = await rows.CountAsync();
        Assert.InRange(count, 1, 30);
        for (var i = 0; i < count; i++) Assert.Contains("Kunduz", await rows.Nth(i).Locator("td").Nth(2).TextContentAsync());
        var kunduz = page.Locator("#map path[data-province='Kunduz']");
        Assert.Equal(count.ToString(System.Globalization.CultureInfo.InvariantCulture), await kunduz.GetAttributeAsync("data-events"));
        await kunduz.HoverAsync(new() { Force = true });
        await Expect(page.Locator(".leaflet-tooltip")).ToHaveTextAsync($"Kunduz: {count} events");
        Assert.Equal("0", await page.Locator("#map path[data-province='Herat']").GetAttributeAsync("data-events"));
        Assert.Empty(problems);
    }

    [SkippableFact]
    public async Task An_event_page_highlights_the_evidence_and_sets_disputed_figures_side_by_side()
    {
        var (page, problems) = await Open();
        await Expect(page.Locator("#status")).ToContainTextAsync("ledger events");
        await page.Locator("#events tbody tr", new() { HasText = "disputed" }).First.ClickAsync();
        await Expect(page.Locator("#event[data-loaded]")).ToBeVisibleAsync();
        await Expect(page.Locator("#event h2")).ToContainTextAsync("Event le_");
        Assert.True(await page.Locator("#event .claim").CountAsync() >= 2);
        Assert.True(await page.Locator("#event .source mark").CountAsync() >= 2);
        var title = await page.Locator("#event .source mark").First.GetAttributeAsync("title");
        Assert.Matches(@"^\w+: \S", title); // field: rule
        await page.ClickAsync("text=← all events");
        await Expect(page.Locator("#overview")).ToBeVisibleAsync();
        Assert.Empty(problems);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
