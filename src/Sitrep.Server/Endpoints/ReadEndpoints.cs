using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Storage;

namespace Sitrep.Server.Endpoints;

/// <summary>
/// The raw material behind the ledger: <c>GET /mentions</c> (one row per report of an event) and
/// <c>GET /articles/{id}</c> (an article's text with the evidence spans of its mentions), and
/// <c>GET /health</c>.
/// </summary>
public static class ReadEndpoints
{
    public static void MapReadEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/mentions", (HttpContext http, StoreAccess store) =>
        {
            var (query, problem) = ListQuery.Read(http.Request.Query, store.Data);
            if (query is null) return Problems.BadRequest(problem!);
            if (query.MinSources > 0) return Problems.BadRequest("min_sources: a mention is one report; ask /events for corroborated events");
            using var articles = store.Articles();
            var filter = new EventQuery
            {
                EventType = query.Type, From = query.From, To = query.To, Kind = EventKind.All,
                Provinces = query.Province is { } province ? [.. articles.StoredProvinces().Where(province.Matches)] : null,
                Actors = query.Actor is { } actor ? [.. articles.StoredActors().Where(a => actor.Matches(a, null))] : null,
            };
            var rows = articles.Events(filter with { Offset = query.Offset, Limit = query.PageSize });
            return Results.Json(new Page<EventRow>(rows, query.Page, query.PageSize, articles.CountEvents(filter)));
        })
        .WithName("ListMentions")
        .WithSummary("Counted event mentions (one per report), filtered and paged like /events")
        .Produces<Page<EventRow>>()
        .ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapGet("/articles/{id}", (string id, StoreAccess store) =>
        {
            using var articles = store.Articles();
            if (articles.Article(id) is not { } article) return Problems.NotFound($"no article with id \"{id}\"");
            using var ledger = store.Ledger();
            var mentions = articles.Events(new EventQuery { ArticleId = article.Id, Kind = EventKind.All, IncludeUncounted = true, Limit = int.MaxValue })
                .Select(r => articles.Explain(r.Id)?.Event)
                .OfType<EventMention>()
                .Select(m => new ArticleMention(m.Id, ledger.EventOfMention(m.Id), m.EventType, m.SubEventType, m.Modality.ToString(), m.Counts, m.Evidence))
                .ToList();
            return Results.Json(new ArticleDetail(article.Id, article.Title, article.Url, article.Outlet, article.Published, article.Source, article.Text, mentions));
        })
        .WithName("GetArticle")
        .WithSummary("An article's text with the evidence spans (character offsets) of every event mention in it")
        .Produces<ArticleDetail>()
        .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet("/geo/provinces.geojson", (StoreAccess store) => Results.File(store.Data.PathOf("geo/provinces.geojson"), "application/geo+json"))
            .WithName("Provinces")
            .WithSummary("The shipped province boundaries (geoBoundaries, CC BY 4.0), property name = the gazetteer's province name");

        app.MapGet("/health", (StoreAccess store) =>
        {
            using var articles = store.Articles();
            using var ledger = store.Ledger();
            var (stored, mentions) = articles.Counts();
            return Results.Json(new Health("ok", articles.SchemaVersion, stored, mentions, ledger.Counts().Events));
        })
        .WithName("Health")
        .WithSummary("Whether the server can read its store, with the store's counts")
        .Produces<Health>();
    }
}

public sealed record ArticleDetail(string Id, string? Title, string? Url, string? Outlet, DateOnly? Published, string Source, string Text, IReadOnlyList<ArticleMention> Mentions);

/// <summary>A mention in an article: its ledger event (null when it does not count) and the evidence spans, offsets into the article's text.</summary>
public sealed record ArticleMention(string Id, string? LedgerEvent, string EventType, string? SubEventType, string Modality, bool Counts, IReadOnlyList<Evidence> Evidence);

public sealed record Health(string Status, int SchemaVersion, long Articles, long Mentions, long LedgerEvents);
