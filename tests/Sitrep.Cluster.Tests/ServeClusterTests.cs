using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;
using Sitrep.Ledger;
using Sitrep.Serialization;
using Sitrep.Storage;
using Sitrep.Tests.Foundation;
using Sitrep.Tests.Storage.Contract;
using Xunit.Abstractions;

namespace Sitrep.Cluster.Tests;

/// <summary>
/// The entry point a user runs, end to end: two `sitrep serve --cluster` nodes (the built binary,
/// each in a process of its own) on one fresh PostgreSQL database form one cluster; two outlets'
/// reports of the same attack are posted to different nodes, an unrelated report to one of them;
/// both nodes must then serve the same ledger, with the two reports fused into one event and the
/// unrelated one apart, and both must leave the cluster when asked to stop.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ServeClusterTests(PostgresServer postgres, ITestOutputHelper output) : IDisposable
{
    private const string ClusterId = "serve-test";
    // Orleans' SiloStatus values as the membership table stores them
    private const int Active = 3;
    private const int Dead = 6;
    // Guards against a hung node, not timings: a node that is up within them passes whenever it is up.
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(30);

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sitrep-serve-cluster-");

    public void Dispose()
    {
        try { _folder.Delete(recursive: true); }
        catch (IOException) { }
    }

    [SkippableFact]
    public async Task Two_serve_nodes_fuse_reports_posted_to_each_into_one_ledger()
    {
        var db = postgres.NewDatabase();
        var articles = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "serve-cluster-articles.json")))!;
        var keyFile = Path.Combine(_folder.FullName, "keys.txt");
        var key = NewApiKey(keyFile);

        // both at once, each with --create: two nodes opening a new database together create it once
        using var a = ServeNode.Start("node A", _folder.FullName, db, ClusterId, keyFile);
        using var b = ServeNode.Start("node B", _folder.FullName, db, ClusterId, keyFile);
        ServeNode[] nodes = [a, b];
        using var http = new HttpClient { Timeout = StartLimit };
        var passed = false;
        try
        {
            await WaitUntil(nodes, async () => await Healthy(http, a) && await Healthy(http, b), "both nodes answer /health");
            await WaitUntil(nodes, () => Task.FromResult(Silos(db, Active) == 2), "both silos are active members of one cluster");

            var first = await Ingest(http, a, key, articles["sameAttack"]![0]!);
            var second = await Ingest(http, b, key, articles["sameAttack"]![1]!);
            var unrelated = await Ingest(http, b, key, articles["unrelated"]!);

            var fromA = await Events(http, a);
            Assert.Equal(fromA, await Events(http, b));
            var events = JsonNode.Parse(fromA)!["items"]!.AsArray().Select(e => SitrepJson.Deserialize<LedgerEvent>(e!.ToJsonString())!).ToList();
            Assert.Equal(2, events.Count);
            var attack = Assert.Single(events, e => Articles(e).Contains(first));
            Assert.Equal(new[] { first, second }.Order(StringComparer.Ordinal), Articles(attack));
            Assert.Equal(2, attack.Outlets);
            var other = Assert.Single(events, e => Articles(e).Contains(unrelated));
            Assert.NotEqual(attack.Id, other.Id);
            Assert.Equal([unrelated], Articles(other));

            var exits = await Task.WhenAll(nodes.Select(n => n.Stop(StopLimit)));
            Assert.All(exits, exit => Assert.Equal(0, exit));
            Assert.Equal(2, Silos(db, Dead)); // each left the membership table as stopped, not as a silo to suspect
            passed = true;
        }
        finally
        {
            if (!passed)
                foreach (var node in nodes) output.WriteLine(node.LogTail());
        }
    }

    [Fact]
    public void A_cluster_node_on_a_SQLite_file_is_refused_in_one_line_and_creates_nothing()
    {
        var file = Path.Combine(_folder.FullName, "node.db");

        var refused = SitrepProcess.Run(_folder.FullName, "serve", "--cluster", "--create", "--db", file, "--urls", "http://127.0.0.1:0");

        Assert.Equal(2, refused.ExitCode);
        Assert.Equal($"sitrep: a cluster needs a PostgreSQL store that every silo reaches (--db postgres://...), not {file}", refused.Stderr.Trim());
        Assert.False(File.Exists(file), "the refused node left a SQLite file behind");
    }

    /// <summary>`sitrep serve --new-api-key FILE`, as the README has a user make the cluster's key.</summary>
    private string NewApiKey(string keyFile)
    {
        var made = SitrepProcess.Run(_folder.FullName, "serve", "--new-api-key", keyFile);
        Assert.True(made.ExitCode == 0, made.Stderr);
        return made.Stdout.Trim();
    }

    private static async Task<bool> Healthy(HttpClient http, ServeNode node)
    {
        try { return (await http.GetAsync(new Uri(node.BaseAddress, "health"))).StatusCode == HttpStatusCode.OK; }
        catch (HttpRequestException) { return false; } // not listening yet
    }

    /// <summary>Posts one article as a scraper does; the id of the article the node stored.</summary>
    private static async Task<string> Ingest(HttpClient http, ServeNode node, string key, JsonNode article)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(node.BaseAddress, "ingest"))
        {
            Content = new StringContent(article.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Api-Key", key);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{node.Name} /ingest: {(int)response.StatusCode} {body}");
        using var reply = JsonDocument.Parse(body);
        Assert.Equal(1, reply.RootElement.GetProperty("stored").GetInt32());
        return Assert.Single(reply.RootElement.GetProperty("articles").EnumerateArray()).GetString()!;
    }

    private static async Task<string> Events(HttpClient http, ServeNode node)
    {
        using var response = await http.GetAsync(new Uri(node.BaseAddress, "events?page_size=1000"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{node.Name} /events: {(int)response.StatusCode} {body}");
        return body;
    }

    private static List<string> Articles(LedgerEvent e) => [.. e.Sources.Select(s => s.ArticleId).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Silos of the test's cluster in the membership table with this status.</summary>
    private static long Silos(string db, int status)
    {
        using var connection = new NpgsqlConnection(StoreLocation.Parse(db).ConnectionString);
        connection.Open();
        using var count = new NpgsqlCommand("SELECT count(*) FROM orleansmembershiptable WHERE deploymentid = @cluster AND status = @status", connection);
        count.Parameters.AddWithValue("cluster", ClusterId);
        count.Parameters.AddWithValue("status", status);
        return (long)count.ExecuteScalar()!;
    }

    /// <summary>Polls until the condition holds; fails at once when a node has exited, or after the start limit.</summary>
    private static async Task WaitUntil(ServeNode[] nodes, Func<Task<bool>> condition, string what)
    {
        var limit = DateTime.UtcNow + StartLimit;
        while (true)
        {
            if (nodes.FirstOrDefault(n => n.HasExited) is { } gone) Assert.Fail($"{gone.Name} exited before {what}");
            if (await ExistsYet(condition)) return;
            if (DateTime.UtcNow > limit) Assert.Fail($"not within {StartLimit.TotalSeconds} s: {what}");
            await Task.Delay(250);
        }
    }

    /// <summary>The membership table is created by the first node up: before that, nothing is there to count.</summary>
    private static async Task<bool> ExistsYet(Func<Task<bool>> condition)
    {
        try { return await condition(); }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable) { return false; }
    }
}
