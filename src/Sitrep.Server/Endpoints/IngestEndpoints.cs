using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Server.Security;
using Sitrep.Web;

namespace Sitrep.Server.Endpoints;

/// <summary>
/// <c>POST /ingest</c>: an article pushed by a scraper, through the CLI's readers, limits and
/// pipeline. The body is a JSON object ({"text", "title", "url", "outlet", "published"}), an array of
/// such objects, a JSON {"url"} to fetch (under the CLI's private-address policy), an HTML page or
/// plain text. Needs an API key.
/// </summary>
public static class IngestEndpoints
{
    public const string Location = "POST /ingest";

    public static void MapIngestEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/ingest", async (HttpRequest request, StoreAccess store, ServerSettings settings, IngestService ingest, CancellationToken cancel) =>
        {
            var body = await ReadBody(request, settings.MaxBodyBytes, cancel);
            if (body.Length == 0) return Problems.BadRequest("the body is empty: send an article as JSON, HTML or text, or {\"url\": ...}");
            if (!IsJson(request, body)) return Reply(await ingest.Run(body, null, cancel));
            JsonNode? json;
            try { json = JsonNode.Parse(body, documentOptions: new JsonDocumentOptions { MaxDepth = 16 }); }
            catch (JsonException e) { return Problems.BadRequest($"the body is not valid JSON: {e.Message}"); }
            switch (json)
            {
                case JsonObject o when o["url"] is JsonValue url && o["text"] is null:
                    if (!Uri.TryCreate(url.ToString(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                        return Problems.BadRequest($"url: \"{url}\" is not an absolute http or https address");
                    return Reply(await ingest.Run(null, uri, cancel));
                case JsonObject o:
                    return Reply(await ingest.Run(Encoding.UTF8.GetBytes(o.ToJsonString() + "\n"), null, cancel));
                case JsonArray items when items.All(i => i is JsonObject):
                    return Reply(await ingest.Run(Encoding.UTF8.GetBytes(string.Concat(items.Select(i => i!.ToJsonString() + "\n"))), null, cancel));
                default:
                    return Problems.BadRequest("expected a JSON object (an article or {\"url\": ...}) or an array of article objects");
            }
        })
        .AddEndpointFilter<RequireApiKey>()
        .RequireRateLimiting(RateLimits.Writes)
        .WithName("Ingest")
        .WithSummary("Store an article (JSON, HTML, text or a URL to fetch) and fuse its events into the ledger")
        .Accepts<IngestArticle>("application/json", "text/html", "text/plain")
        .Produces<IngestReply>()
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }

    /// <summary>The reply: what was stored and the located errors of what was not. Nothing read and stored is 400.</summary>
    private static IResult Reply(IngestReply reply) =>
        reply.Stored + reply.AlreadyStored == 0 && reply.Errors.Count > 0
            ? Problems.BadRequest(string.Join("; ", reply.Errors.Select(e => $"{e.Location}: {e.Reason}")))
            : Results.Json(reply, statusCode: reply.Stored > 0 ? StatusCodes.Status201Created : StatusCodes.Status200OK);

    private static bool IsJson(HttpRequest request, byte[] body) =>
        request.ContentType is { } type ? type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) : body.AsSpan().TrimStart(" \t\r\n"u8) is [(byte)'{' or (byte)'[', ..];

    private static async Task<byte[]> ReadBody(HttpRequest request, long limit, CancellationToken cancel)
    {
        if (request.ContentLength > limit) throw new BadHttpRequestException($"the body is over the limit of {limit:N0} bytes", StatusCodes.Status413PayloadTooLarge);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancel)) > 0)
        {
            if (buffer.Length + read > limit) throw new BadHttpRequestException($"the body is over the limit of {limit:N0} bytes", StatusCodes.Status413PayloadTooLarge);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}

/// <summary>An article as <c>POST /ingest</c> takes it in JSON (the JSONL reader's fields).</summary>
public sealed record IngestArticle(string Text, string? Title, string? Url, string? Outlet, string? Published);

/// <summary>What an ingest did.</summary>
public sealed record IngestReply(IReadOnlyList<string> Articles, int Stored, int AlreadyStored, int Events, IReadOnlyList<ReadError> Errors, IReadOnlyList<ReadError> Warnings);

/// <summary>
/// Runs ingests one at a time on the server's store, with one pipeline loaded once. On a silo of
/// a cluster the articles are stored through the silo (<see cref="Cluster.SiloIngest"/>), whose
/// bucket grains fuse the mentions, instead of this server's own ledger.
/// </summary>
public sealed class IngestService(StoreAccess store, ServerSettings settings, IServiceProvider services)
{
    private readonly Cluster.SiloIngest? _silo = services.GetService<Cluster.SiloIngest>();

    private readonly Lazy<SitrepPipeline> _pipeline = new(() => PipelineBuilder.Default(store.Data));
    private readonly Lazy<LanguageIdentifier> _languages = new(() => LanguageIdentifier.Load(store.Data));
    private readonly Lazy<Framing.ArticleFramingRecorder> _framing = new(() => Framing.ArticleFramingRecorder.Load(store.Data));

    public Task<IngestReply> Run(byte[]? body, Uri? url, CancellationToken cancel) => store.WriteAsync(() =>
    {
        using var fetcher = url is null ? null : new WebFetcher(new FetchOptions { AllowPrivate = settings.AllowPrivateAddresses, Retries = 1 });
        var reader = new SourceReader(SourceReader.Readers(), ReaderLimits.Default) { Fetcher = fetcher, StandardInputName = IngestEndpoints.Location };
        string[] inputs = [url?.ToString() ?? "-"];
        // A body's ids come from reading the same bytes the ingest reads (cheap, and no fetch twice for a URL).
        var ids = url is null ? reader.Read(inputs, () => new MemoryStream(body!)).Select(r => r.Article?.Id).OfType<string>().Distinct().ToList() : null;
        using var articles = Storage.Stores.Open(store.Db);
        using var ledger = _silo is null ? Storage.Stores.OpenLedger(store.Db, store.Data) : null;
        var summary = new Ingestor(_pipeline.Value, reader, _silo?.Writer(articles) ?? articles) { Languages = _languages.Value, Ledger = ledger, Framing = _framing.Value }
            .Run(inputs, standardInput: () => new MemoryStream(body ?? []), cancel: cancel);
        return new IngestReply(ids ?? articles.ArticleIdsFrom(inputs[0]), summary.ArticlesStored, summary.AlreadyStored, summary.EventsFound, summary.Errors, summary.Warnings);
    }, cancel);
}
