using System.Text.RegularExpressions;
using Sitrep.Evaluation;
using Sitrep.Framing;
using Sitrep.Ledger;

namespace Sitrep.Server.Endpoints;

/// <summary>
/// How the stored articles frame the war, as <c>sitrep framing</c> and <c>sitrep outlets</c> show it:
/// <c>GET /articles/{id}/framing</c> (one article's cues and one-sidedness) and <c>GET /outlets</c>
/// (per outlet, and per month with <c>by_month=true</c>, over <c>from</c>..<c>to</c>). Outlets are summed
/// from the framing summaries stored at ingest (an article without a current one is framed from its
/// text); one article's cues are framed from its text with the server's data pack.
/// </summary>
public static partial class FramingEndpoints
{
    private static readonly string[] OutletParameters = ["from", "to", "by_month"];

    public static void MapFramingEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/articles/{id}/framing", (string id, StoreAccess store) =>
        {
            if (!ArticleId().IsMatch(id)) return Problems.BadRequest($"id: \"{id}\" is not an article id (letters, digits, '_' and '-', at most 64)");
            using var articles = store.Articles();
            if (articles.Article(id) is not { } article) return Problems.NotFound($"no article with id \"{id}\"");
            return Results.Json(ArticleFramingView.Read(article, StoredFraming.CreateDefault(store.Data), SourceRegistry.Load(store.Data)));
        })
        .WithName("GetArticleFraming")
        .WithSummary("An article's framing cues (words, span, technique, rule, entry, voice) and its one-sidedness profile, as sitrep framing --format json")
        .Produces<ArticleFramingView>()
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet("/outlets", (HttpContext http, StoreAccess store) =>
        {
            var query = http.Request.Query;
            if (query.Keys.FirstOrDefault(k => !OutletParameters.Contains(k, StringComparer.Ordinal)) is { } unknown)
                return Problems.BadRequest($"unknown query parameter \"{unknown}\"; known: {string.Join(", ", OutletParameters)}");
            if (!TryDate(query["from"], "from", out var from, out var problem) || !TryDate(query["to"], "to", out var to, out problem))
                return Problems.BadRequest(problem!);
            if (from is { } f && to is { } t && t < f) return Problems.BadRequest($"to: {t:yyyy-MM-dd} is before from {f:yyyy-MM-dd}");
            var byMonthText = query["by_month"].ToString();
            if (byMonthText.Length > 0 && !bool.TryParse(byMonthText, out _)) return Problems.BadRequest($"by_month: \"{byMonthText}\" is not true or false");
            var byMonth = byMonthText.Length > 0 && bool.Parse(byMonthText);
            using var articles = store.Articles();
            var rows = StoredOutletFraming.Summaries(articles, store.Db, store.Data, from, to, byMonth);
            return Results.Json(rows.Select(OutletFramingRow.Of).ToList());
        })
        .WithName("ListOutlets")
        .WithSummary("Per outlet (and month): articles, framed share, heavily framed and one-sided articles, parties quoted, dead per side and the words for them, counting asymmetry and stance, as sitrep outlets")
        .Produces<List<OutletFramingRow>>()
        .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static bool TryDate(string? text, string name, out DateOnly? date, out string? problem)
    {
        (date, problem) = (null, null);
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (UnambiguousDate.TryParse(text.Trim(), out var parsed))
        {
            date = parsed;
            return true;
        }
        problem = $"{name}: {UnambiguousDate.Problem(text.Trim())}";
        return false;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex ArticleId();
}
