using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;

namespace Sitrep.Tests.Server;

/// <summary><c>POST /ingest {"url"}</c> fetches the page with the CLI's fetcher; a server allowed private addresses reads a local site.</summary>
public sealed class UrlIngestTests
{
    private const string Page = """
        <html><head><title>Clash in Baghlan</title><meta property="article:published_time" content="2020-09-14T08:00:00Z"></head>
        <body><article><h1>Clash in Baghlan</h1><p>PUL-E-KHUMRI, Afghanistan - Six policemen were killed when Taliban fighters attacked a checkpoint in Dand-e-Ghori area of Baghlan province on Sunday night, a provincial council member said.</p></article></body></html>
        """;

    [Fact]
    public async Task A_url_is_fetched_stored_and_its_article_id_returned()
    {
        await using var site = WebApplication.CreateBuilder().Build();
        site.Urls.Add("http://127.0.0.1:0");
        site.MapGet("/news/clash", () => Results.Content(Page, "text/html; charset=utf-8"));
        await site.StartAsync();
        var address = site.Services.GetService(typeof(IServer)) is IServer s ? s.Features.Get<IServerAddressesFeature>()!.Addresses.Single() : "";

        using var server = new DemoServer(withDemo: false) { AllowPrivateAddresses = true };
        var response = await server.Writer().PostAsync("/ingest", new StringContent(JsonSerializer.Serialize(new { url = address + "/news/clash" }), Encoding.UTF8, "application/json"));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var reply = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = reply.GetProperty("articles")[0].GetString();
        var article = await server.CreateClient().GetFromJsonAsync<JsonElement>($"/articles/{id}");
        Assert.Equal(address + "/news/clash", article.GetProperty("url").GetString());
        Assert.Contains("Six policemen were killed", article.GetProperty("text").GetString());
    }
}
