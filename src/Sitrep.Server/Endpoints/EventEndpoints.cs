using Sitrep.Ledger;

namespace Sitrep.Server.Endpoints;

/// <summary>
/// <c>GET /events</c>: the ledger's fused events with the CLI's filters, a page at a time;
/// <c>GET /events/{id}</c>: one event with its fused values, claims and sources, and each source
/// mention's evidence (the words and rule behind every value).
/// </summary>
public static class EventEndpoints
{
    public static void MapEventEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/events", (HttpContext http, StoreAccess store) =>
        {
            var (query, problem) = ListQuery.Read(http.Request.Query, store.Data);
            if (query is null) return Problems.BadRequest(problem!);
            var format = ResponseFormat.Of(http.Request);
            if (format is null) return Problems.BadRequest(ResponseFormat.Problem(http.Request));
            using var facts = Analysis.LedgerFacts.Open(store.Db);
            var (total, events) = facts.Page(query.Slice(facts) with { From = query.From, To = query.To, WithPoliticalInteractions = true }, query.Offset, query.PageSize);
            var page = new Page<LedgerEvent>(events, query.Page, query.PageSize, total);
            return format switch
            {
                ResponseFormat.Csv => Exported(store, page.Items, s => new Export.AcledCsvWriter(s, new Export.AcledColumns()), "text/csv; charset=utf-8"),
                ResponseFormat.GeoJson => Exported(store, page.Items, s => new Export.GeoJsonEventWriter(s, new Export.AcledColumns()), "application/geo+json"),
                _ => Results.Json(page),
            };
        })
        .WithName("ListEvents")
        .WithSummary("Fused ledger events, filtered and paged")
        .WithDescription("Filters: type (event, sub-event or PLOVER type), province and actor (any spelling the data pack knows), from and to (YYYY-MM-DD), min_sources (independent sources). Paging: page (from 1), page_size (1-1000, default 100). Format: ?format=json|csv|geojson or the Accept header.")
        .Produces<Page<LedgerEvent>>()
        .ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapGet("/events/{id}", (string id, StoreAccess store) =>
        {
            using var ledger = store.Ledger();
            if (ledger.Event(id) is not { } found) return Problems.NotFound($"no ledger event with id or unique id prefix \"{id}\"");
            using var articles = store.Articles();
            var mentions = found.Event.Sources
                .Select(s => articles.Explain(s.MentionId))
                .OfType<(Events.EventMention Event, Documents.Article Article)>()
                .Select(m => SourceMention.From(m.Event, m.Article))
                .ToList();
            return Results.Json(new EventDetail(found.Event, found.Status, found.SupersededBy, mentions));
        })
        .WithName("GetEvent")
        .WithSummary("One ledger event: fused values, claims, sources and the evidence behind them")
        .Produces<EventDetail>()
        .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>A page of events through <c>sitrep export</c>'s writers: ACLED's columns with each event's evidence.</summary>
    private static IResult Exported(StoreAccess store, IReadOnlyList<LedgerEvent> events, Func<Stream, Export.IEventWriter> writerFor, string contentType)
    {
        using var ledger = store.Ledger();
        var exporter = new Export.EventExporter(ledger);
        using var buffer = new MemoryStream();
        using (var writer = writerFor(buffer))
        {
            foreach (var e in events) writer.Write(new Export.ExportedEvent(e, exporter.Evidence(e)));
            writer.Complete();
        }
        return Results.Bytes(buffer.ToArray(), contentType);
    }
}

/// <summary>An event as <c>GET /events/{id}</c> gives it.</summary>
public sealed record EventDetail(LedgerEvent Event, string Status, string? SupersededBy, IReadOnlyList<SourceMention> Mentions);

/// <summary>One report behind an event: where it was published and the evidence spans of its mention, offsets into the article's text.</summary>
public sealed record SourceMention(string MentionId, string ArticleId, string? Title, string? Url, string? Outlet, DateOnly? Published,
    string Sentence, IReadOnlyList<Events.Evidence> Evidence, string Modality, string? AttributedTo)
{
    public static SourceMention From(Events.EventMention mention, Documents.Article article) => new(
        mention.Id, article.Id, article.Title, article.Url, article.Outlet, article.Published,
        mention.Sentence.End <= article.Text.Length ? mention.Sentence.Of(article.Text) : "",
        mention.Evidence, mention.Modality.ToString(), mention.AttributedTo);
}
