using System.Net;
using System.Text;
using Sitrep.Tests.Server;

namespace Sitrep.Tests.Storage.Contract;

/// <summary>The server over a PostgreSQL store answers as over a SQLite file of the same articles, and ingests into it.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ServerOnPostgresTests(PostgresServer server)
{
    [SkippableFact]
    public async Task The_api_answers_the_same_over_both_engines_and_ingests_into_postgres()
    {
        using var onSqlite = new DemoServer();
        using var onPostgres = new DemoServer(server.NewDatabase(), withDemo: true);
        using var s = onSqlite.CreateClient();
        using var p = onPostgres.CreateClient();
        var list = await s.GetStringAsync("/events?page_size=5");
        var firstId = System.Text.Json.JsonDocument.Parse(list).RootElement.GetProperty("items")[0].GetProperty("id").GetString();
        foreach (var path in new[]
        {
            "/events?page_size=5", "/events?page=2&page_size=5", "/events?province=Hirat", "/events?format=csv", $"/events/{firstId}",
            "/mentions?page_size=10", "/trend?by=month&split=province", "/compare?window=riv-2020&baseline=2020-01-01..2020-05-31", "/outlets",
        })
        {
            var (a, b) = (await s.GetAsync(path), await p.GetAsync(path));
            Assert.True(a.StatusCode == HttpStatusCode.OK, $"{path} on SQLite: {a.StatusCode}");
            Assert.True(b.StatusCode == HttpStatusCode.OK, $"{path} on PostgreSQL: {b.StatusCode} {await b.Content.ReadAsStringAsync()}");
            Assert.Equal(await a.Content.ReadAsStringAsync(), await b.Content.ReadAsStringAsync());
        }

        using var writer = onPostgres.Writer();
        var body = """{"text": "Taliban fighters attacked a police checkpoint in Ghazni city on Tuesday, killing three policemen, officials said.", "outlet": "Afghan Wire Service", "published": "2020-06-10"}""";
        var ingest = await writer.PostAsync("/ingest", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.True(ingest.IsSuccessStatusCode, await ingest.Content.ReadAsStringAsync());
        Assert.NotEqual(await s.GetStringAsync("/events?province=Ghazni"), await p.GetStringAsync("/events?province=Ghazni"));
    }
}
