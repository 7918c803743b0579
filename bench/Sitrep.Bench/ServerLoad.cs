using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Sitrep.Server;
using Sitrep.Server.Security;
using Sitrep.Storage;

namespace Sitrep.Bench;

/// <summary>
/// <c>serve-load [N] [--seconds S] [--clients C] [--no-ingest]</c>: <c>sitrep serve</c> on a real socket over a store of N
/// generated ledger events (default 100,000), read by C clients (default 8) asking GET /events for
/// random pages, provinces and date ranges for S seconds (default 30), while one scraper POSTs
/// generated articles to /ingest the whole time. Prints requests/s and the latency percentiles of
/// the reads (all, and per kind of query), and the articles/s the ingest kept up meanwhile.
/// <c>--no-ingest</c> leaves the scraper out, to tell the reads' own cost from the writer's. Rate limits are raised out of the way:
/// this measures the server, not its limiter.
/// </summary>
public static class ServerLoad
{
    private static readonly string[] Provinces = ["Kabul", "Helmand", "Ghazni", "Kunduz", "Herat", "Nangarhar", "Kandahar", "Balkh"];

    public static async Task<int> Run(int count, TimeSpan duration, int clients, bool ingest = true)
    {
        var folder = Directory.CreateTempSubdirectory("sitrep-serve-load-");
        try
        {
            var db = Path.Combine(folder.FullName, "load.db");
            var clock = Stopwatch.StartNew();
            using (SqliteStore.Open(db)) { }
            AnalysisBenchmark.Generate(db, count, new DateOnly(2019, 1, 1), 3 * 365, seed: 1);
            Console.WriteLine($"store\t{count:N0} ledger events written in {clock.Elapsed.TotalSeconds:0.0} s");

            var (key, line) = ApiKeys.Create();
            var keyFile = Path.Combine(folder.FullName, "keys");
            File.WriteAllText(keyFile, line + "\n");
            var corpus = File.ReadAllLines(CorpusGenerator.Generate(Path.Combine(folder.FullName, "articles.jsonl"), 2000));

            await using var app = SitrepServer.CreateApp([
                "--urls=http://127.0.0.1:0", $"--Sitrep:Db={db}", $"--Sitrep:ApiKeyFile={keyFile}",
                "--Sitrep:RequestsPerMinute=100000000", "--Sitrep:WritesPerMinute=100000000", "--Logging:LogLevel:Default=Warning"]);
            await app.StartAsync();
            var baseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients + 1 }) { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(2) };

            using var stop = new CancellationTokenSource(duration);
            var latencies = new ConcurrentBag<(string Kind, double Ms)>();
            var failures = 0;
            var ingested = 0;
            var writer = Task.Run(async () =>
            {
                for (var i = 0; ingest && !stop.IsCancellationRequested; i = (i + 1) % corpus.Length)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, "/ingest") { Content = new StringContent(corpus[i], MediaTypeHeaderValue.Parse("application/json")) };
                    request.Headers.Add(ApiKeys.Header, key);
                    using var response = await http.SendAsync(request);
                    if (response.IsSuccessStatusCode) ingested++; else Interlocked.Increment(ref failures);
                }
            });
            var started = Stopwatch.StartNew();
            var readers = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
            {
                var random = new Random(c);
                while (!stop.IsCancellationRequested)
                {
                    var (kind, url) = Query(random);
                    var t = Stopwatch.GetTimestamp();
                    using var response = await http.GetAsync(url);
                    await response.Content.ReadAsByteArrayAsync();
                    if (response.IsSuccessStatusCode) latencies.Add((kind, Stopwatch.GetElapsedTime(t).TotalMilliseconds));
                    else Interlocked.Increment(ref failures);
                }
            })).ToList();
            await Task.WhenAll(readers);
            var elapsed = started.Elapsed.TotalSeconds;
            await writer;
            await app.StopAsync();

            var culture = CultureInfo.InvariantCulture;
            var all = latencies.Select(l => l.Ms).Order().ToArray();
            Console.WriteLine(string.Create(culture, $"reads\t{all.Length:N0} GET /events in {elapsed:0.0} s by {clients} clients: {all.Length / elapsed:0.0} requests/s"));
            Console.WriteLine($"latency ms\t{Percentiles(all)}");
            foreach (var kind in latencies.GroupBy(l => l.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
                Console.WriteLine($"  {kind.Key}\t{kind.Count()} requests\t{Percentiles([.. kind.Select(l => l.Ms).Order()])}");
            Console.WriteLine(string.Create(culture, $"ingest\t{ingested:N0} articles POSTed meanwhile: {ingested / elapsed:0.0} articles/s"));
            Console.WriteLine($"failures\t{failures}");
            return failures == 0 ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static string Percentiles(double[] sorted)
    {
        double At(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"p50 {At(0.50):0.0}\tp90 {At(0.90):0.0}\tp99 {At(0.99):0.0}\tmax {At(1.0):0.0}");
    }

    /// <summary>What an analyst's dashboard asks: a page of everything, of a province, of a month, of corroborated events.</summary>
    private static (string Kind, string Url) Query(Random random) => random.Next(4) switch
    {
        0 => ("any page", $"/events?page={random.Next(1, 1000)}&page_size=100"),
        1 => ("province", $"/events?province={Provinces[random.Next(Provinces.Length)]}&page={random.Next(1, 20)}"),
        2 => random.Next(1, 13) is var month ? ("one month", $"/events?from=2020-{month:00}-01&to=2020-{month:00}-28&page_size=200") : default,
        _ => ("corroborated", "/events?min_sources=2&page_size=50"),
    };
}
