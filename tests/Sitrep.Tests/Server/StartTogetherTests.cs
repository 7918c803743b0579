using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Sitrep.Storage;
using Sitrep.Tests.Foundation;

namespace Sitrep.Tests.Server;

/// <summary>
/// Two <c>sitrep ingest</c> runs and a <c>sitrep serve --create</c>, real processes started at the same
/// moment on a store that does not exist yet: all three meet at the schema steps, which must run once
/// (under the write lock), and the server then serves what both ingests stored.
/// </summary>
public sealed class StartTogetherTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _files.Dispose();
    }

    [Fact]
    public async Task Two_ingests_and_a_server_starting_together_on_a_new_store_all_succeed()
    {
        var samples = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.txt").Order(StringComparer.Ordinal).ToList();
        Assert.True(samples.Count >= 4, "the demo samples are copied beside the tests");
        var halves = new[] { Copy(samples.Where((_, i) => i % 2 == 0), "a"), Copy(samples.Where((_, i) => i % 2 == 1), "b") };

        for (var round = 0; round < 3; round++)
        {
            var db = _files.PathOf($"together{round}.db");
            var port = FreePort();
            using var server = Start("serve", "--create", "--db", db, "--urls", $"http://127.0.0.1:{port}");
            using var first = Start("ingest", halves[0], "--db", db);
            using var second = Start("ingest", halves[1], "--db", db);
            try
            {
                foreach (var ingest in new[] { first, second })
                {
                    var (code, stderr) = await Finish(ingest);
                    Assert.True(code == 0, $"round {round}: ingest exited {code}: {stderr}");
                    Assert.DoesNotContain("already exists", stderr);
                }

                var health = await Health(port, server);
                Assert.Equal("ok", health.GetProperty("status").GetString());
                Assert.Equal(Migrations.Steps.Length, health.GetProperty("schemaVersion").GetInt32());
                Assert.Equal(samples.Count, health.GetProperty("articles").GetInt64());
                Assert.True(health.GetProperty("ledgerEvents").GetInt64() > 0);
                using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
                Assert.Equal(1L, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM schema_version"));
            }
            finally
            {
                if (!server.HasExited) server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync();
            }
        }
    }

    private string Copy(IEnumerable<string> files, string folder)
    {
        var target = _files.PathOf(folder);
        Directory.CreateDirectory(target);
        foreach (var file in files)
            foreach (var part in new[] { file, Path.ChangeExtension(file, ".json") }.Where(File.Exists)) // the text and its metadata sidecar
                File.Copy(part, Path.Combine(target, Path.GetFileName(part)));
        return target;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Process Start(params string[] args)
    {
        var process = SitrepProcess.Start(_files.Root, redirectInput: false, args);
        process.OutputDataReceived += (_, _) => { }; // drained so a chatty child never blocks on a full pipe
        process.BeginOutputReadLine();
        return process;
    }

    private static async Task<(int Code, string Stderr)> Finish(Process process)
    {
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stderr);
    }

    /// <summary>GET /health once the server answers (it may still be starting), failing with its stderr if it died.</summary>
    private static async Task<JsonElement> Health(int port, Process server)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (true)
        {
            if (server.HasExited) Assert.Fail($"the server exited {server.ExitCode}: {await server.StandardError.ReadToEndAsync()}");
            try
            {
                return JsonDocument.Parse(await http.GetStringAsync($"http://127.0.0.1:{port}/health")).RootElement;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }
}
