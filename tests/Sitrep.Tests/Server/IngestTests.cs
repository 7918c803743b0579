using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Sitrep.Server.Security;

namespace Sitrep.Tests.Server;

/// <summary><c>POST /ingest</c> on an empty store: keys, bodies of every kind, and the bad ones.</summary>
public sealed class IngestTests : IDisposable
{
    private readonly DemoServer _server = new(withDemo: false);

    public void Dispose() => _server.Dispose();

    private const string Report = "KABUL, Afghanistan - A roadside bomb killed three soldiers and wounded two others in Maiwand district of Kandahar province on Monday, the provincial governor's spokesman said.";

    private static StringContent JsonBody(string json) => new(json, Encoding.UTF8, "application/json");

    private static string Article(string text = Report, string published = "2020-06-15") =>
        JsonSerializer.Serialize(new { text, title = "Bomb kills soldiers in Kandahar", outlet = "Test Wire", published });

    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {body}");
        ApiTests.AssertProblem(response, body);
        return JsonDocument.Parse(body).RootElement;
    }

    [Fact]
    public async Task Writes_without_a_key_are_401_and_with_a_wrong_key_403()
    {
        await Problem(await _server.CreateClient().PostAsync("/ingest", JsonBody(Article())), HttpStatusCode.Unauthorized);
        var wrong = _server.CreateClient();
        wrong.DefaultRequestHeaders.Add(ApiKeys.Header, "not-the-key");
        await Problem(await wrong.PostAsync("/ingest", JsonBody(Article())), HttpStatusCode.Forbidden);
        var health = await _server.CreateClient().GetFromJsonAsync<JsonElement>("/health");
        Assert.Equal(0, health.GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task A_json_article_is_stored_fused_and_readable_and_a_repeat_is_not_stored_twice()
    {
        var client = _server.Writer();
        var response = await client.PostAsync("/ingest", JsonBody(Article()));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var reply = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = reply.GetProperty("articles")[0].GetString()!;
        Assert.Equal(1, reply.GetProperty("stored").GetInt32());
        Assert.True(reply.GetProperty("events").GetInt32() >= 1);

        var article = await client.GetFromJsonAsync<JsonElement>($"/articles/{id}");
        Assert.Equal("Test Wire", article.GetProperty("outlet").GetString());
        var events = await client.GetFromJsonAsync<JsonElement>("/events?province=Kandahar");
        var fatalities = events.GetProperty("items")[0].GetProperty("fatalities");
        Assert.Equal(3, fatalities.GetProperty("best").GetInt32());

        var again = await client.PostAsync("/ingest", JsonBody(Article()));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("alreadyStored").GetInt32());
    }

    [Fact]
    public async Task Html_and_plain_text_bodies_go_through_the_readers()
    {
        var client = _server.Writer();
        var html = $"<html><head><title>Blast in Kandahar</title></head><body><nav>Home | World</nav><article><h1>Blast in Kandahar</h1><p>{Report}</p></article></body></html>";
        var page = await client.PostAsync("/ingest", new StringContent(html, Encoding.UTF8, "text/html"));
        Assert.Equal(HttpStatusCode.Created, page.StatusCode);
        var text = await client.PostAsync("/ingest", new StringContent(Report.Replace("three", "four", StringComparison.Ordinal), Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Created, text.StatusCode);
        var stored = (await text.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("articles")[0].GetString();
        Assert.Equal("POST /ingest", (await client.GetFromJsonAsync<JsonElement>($"/articles/{stored}")).GetProperty("source").GetString());
    }

    [Fact]
    public async Task In_an_array_a_bad_article_is_reported_by_position_and_the_good_one_kept()
    {
        var body = $"[{Article()}, {{\"title\": \"no text here\"}}]";
        var response = await _server.Writer().PostAsync("/ingest", JsonBody(body));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var reply = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, reply.GetProperty("stored").GetInt32());
        var error = reply.GetProperty("errors")[0];
        Assert.Equal("POST /ingest:2", error.GetProperty("location").GetString());
        Assert.Contains("text", error.GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("{\"text\": \"unterminated", "not valid JSON")]
    [InlineData("42", "expected a JSON object")]
    [InlineData("{\"title\": \"no text\"}", "text")]
    [InlineData("{\"url\": \"ftp://example.org/a\"}", "http or https")]
    [InlineData("{\"url\": \"http://127.0.0.1:9/report\"}", "private")]
    public async Task Bad_json_bodies_are_400_with_the_reason(string body, string said)
    {
        var problem = await Problem(await _server.Writer().PostAsync("/ingest", JsonBody(body)), HttpStatusCode.BadRequest);
        Assert.Contains(said, problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_empty_body_is_400_and_binary_is_refused_not_a_crash()
    {
        var empty = new ByteArrayContent([]);
        empty.Headers.ContentType = new("text/plain");
        await Problem(await _server.Writer().PostAsync("/ingest", empty), HttpStatusCode.BadRequest);

        byte[] bytes = [0x00, 0xFF, 0xFE, 0x00, 0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0xC3, 0x28];
        var declared = new ByteArrayContent(bytes);
        declared.Headers.ContentType = new("application/octet-stream");
        await Problem(await _server.Writer().PostAsync("/ingest", declared), HttpStatusCode.UnsupportedMediaType);
        var disguised = new ByteArrayContent(bytes);
        disguised.Headers.ContentType = new("text/plain");
        var problem = await Problem(await _server.Writer().PostAsync("/ingest", disguised), HttpStatusCode.BadRequest);
        Assert.StartsWith("POST /ingest", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413()
    {
        var big = new string('x', (int)_server.MaxBodyBytes + 10);
        await Problem(await _server.Writer().PostAsync("/ingest", new StringContent(big, Encoding.UTF8, "text/plain")), HttpStatusCode.RequestEntityTooLarge);
    }
}
