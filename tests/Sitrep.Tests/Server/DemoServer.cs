using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Server.Security;
using Sitrep.Storage;
using Sitrep.Tests.Foundation;

namespace Sitrep.Tests.Server;

/// <summary>
/// The server over a store of the demo corpus (ingested once, in process), with one API key
/// allowed to write. Each test class that needs its own store (writes, rate limits) makes its own.
/// </summary>
public sealed class DemoServer : WebApplicationFactory<Sitrep.Server.Program>
{
    public const string Key = "test-key-that-writes";
    public TestFiles Files { get; } = new();
    public string Db { get; }
    public int RequestsPerMinute { get; init; } = 100_000;
    public long MaxBodyBytes { get; init; } = 256 * 1024;
    public bool AllowPrivateAddresses { get; init; }

    public DemoServer() : this(withDemo: true) { }

    /// <param name="withDemo">false: an empty store, for tests that write.</param>
    internal DemoServer(bool withDemo) : this(null, withDemo) { }

    /// <param name="db">The store's --db value (a PostgreSQL URL, say); null: a new SQLite file.</param>
    internal DemoServer(string? db, bool withDemo)
    {
        Db = db ?? Files.PathOf("server.db");
        Files.Write("keys.txt", "# test key\n" + Line(Key) + "\n");
        if (withDemo) IngestDemo(Db);
    }

    /// <summary>Stores the demo corpus (samples/ beside the tests) in a new store, as <c>sitrep demo</c> does.</summary>
    public static void IngestDemo(string db)
    {
        var data = DataPack.Default;
        using var store = Stores.Open(db);
        using var ledger = Stores.OpenLedger(db, data);
        new Ingestor(PipelineBuilder.Default(data), SourceReader.Default(), store) { Ledger = ledger, Framing = Sitrep.Framing.ArticleFramingRecorder.Load(data) }
            .Run([Path.Combine(AppContext.BaseDirectory, "samples")]);
    }

    /// <summary>The key file line for a key, as <c>sitrep serve --new-api-key</c> writes it.</summary>
    public static string Line(string key) => "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Sitrep:Db", Db);
        builder.UseSetting("Sitrep:Create", "true");
        builder.UseSetting("Sitrep:ApiKeyFile", Files.PathOf("keys.txt"));
        builder.UseSetting("Sitrep:RequestsPerMinute", RequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Sitrep:WritesPerMinute", RequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Sitrep:AllowPrivateAddresses", AllowPrivateAddresses ? "true" : "false");
        builder.UseSetting("Sitrep:MaxBodyBytes", MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public HttpClient Writer()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeys.Header, Key);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) Files.Dispose();
    }
}
