using Sitrep.Analysis;

namespace Sitrep.Server.Endpoints;

/// <summary>
/// The analyses of <c>sitrep trend</c>, <c>compare</c> and <c>report</c> over HTTP, on the same
/// ledger counts (src/Sitrep/Analysis), and the named windows the timeline shades.
/// </summary>
public static class AnalysisEndpoints
{
    public static void MapAnalysisEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/windows", (StoreAccess store) => Results.Json(WindowCatalog.Load(store.Data).Windows
                .Select(w => new WindowInfo(w.Id, w.Name, w.Range.From, w.Range.To, w.Kind, w.Source))))
            .WithName("Windows").WithSummary("Named windows (ceasefires, the reduction in violence) from data/windows/")
            .Produces<IReadOnlyList<WindowInfo>>();

        app.MapGet("/trend", (HttpContext http, StoreAccess store) =>
        {
            var (query, problem) = ListQuery.Read(http.Request.Query, store.Data, "by", "split");
            if (query is null) return Problems.BadRequest(problem!);
            if (!Enum.TryParse<Period>(Value(http, "by") ?? "week", ignoreCase: true, out var period) || !Enum.IsDefined(period))
                return Problems.BadRequest($"by: \"{Value(http, "by")}\" is not day, week or month");
            if (!Enum.TryParse<SplitBy>(Value(http, "split") ?? "none", ignoreCase: true, out var split) || !Enum.IsDefined(split))
                return Problems.BadRequest($"split: \"{Value(http, "split")}\" is not none, province, actor or type");
            using var facts = LedgerFacts.Open(store.Db);
            var slice = query.Slice(facts) with { From = query.From, To = query.To };
            var span = facts.Span(slice);
            if (span is null && (query.From is null || query.To is null)) return Results.Json(Array.Empty<TrendRow>());
            var range = new DateRange(query.From ?? span!.From, query.To ?? span!.To);
            return Results.Json(Trend.Build(facts.Daily(slice.Within(range), split), range, period, split != SplitBy.None));
        })
        .WithName("Trend").WithSummary("Events and fatalities (low, best, high) per day, week or month, zero-filled; partisan-only events apart")
        .Produces<IReadOnlyList<TrendRow>>().ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapGet("/compare", (HttpContext http, StoreAccess store) =>
        {
            var (query, problem) = ListQuery.Read(http.Request.Query, store.Data, "window", "baseline", "model", "by");
            if (query is null) return Problems.BadRequest(problem!);
            var catalog = WindowCatalog.Load(store.Data);
            if (Value(http, "window") is not { } windowText) return Problems.BadRequest("window: required, a named window (see /windows) or FROM..TO");
            if (catalog.Resolve(windowText, out var windowLabel, out problem) is not { } window) return Problems.BadRequest($"window: {problem}");
            var baseline = window.Before();
            var baselineLabel = "the same days before";
            if (Value(http, "baseline") is { } baselineText)
            {
                if (catalog.Resolve(baselineText, out var label, out problem) is not { } b) return Problems.BadRequest($"baseline: {problem}");
                (baseline, baselineLabel) = (b, label!);
            }
            if (!Enum.TryParse<RateModel>(Value(http, "model") ?? "poisson", ignoreCase: true, out var model) || !Enum.IsDefined(model))
                return Problems.BadRequest($"model: \"{Value(http, "model")}\" is not poisson or negbin");
            if (!Enum.TryParse<SplitBy>(Value(http, "by") ?? "actor", ignoreCase: true, out var by) || !Enum.IsDefined(by))
                return Problems.BadRequest($"by: \"{Value(http, "by")}\" is not actor, province, type or none");
            using var facts = LedgerFacts.Open(store.Db);
            return Results.Json(WindowComparison.Run(facts, query.Slice(facts), windowLabel!, window, baselineLabel, baseline, by, model, ServerSettings.MaxPageSize));
        })
        .WithName("Compare").WithSummary("The daily event rate in a window against a baseline: rate ratio with 95% interval and exact test, the breakdown by actor, the window's events")
        .Produces<WindowComparison>().ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapGet("/report", (HttpContext http, StoreAccess store) =>
        {
            var (query, problem) = ListQuery.Read(http.Request.Query, store.Data);
            if (query is null) return Problems.BadRequest(problem!);
            using var facts = LedgerFacts.Open(store.Db);
            var slice = query.Slice(facts) with { From = query.From, To = query.To };
            var span = facts.Span(slice);
            if (span is null && (query.From is null || query.To is null))
                return Problems.BadRequest("no dated events match; give from and to for an empty report");
            var range = new DateRange(query.From ?? span!.From, query.To ?? span!.To);
            var page = ReportPage.Render(facts, slice, range, Value(http, "province"), WindowCatalog.Load(store.Data), store.Data, DateTimeOffset.UtcNow);
            return Results.Content(page.Html, "text/html; charset=utf-8");
        })
        .WithName("Report").WithSummary("The situation report as one self-contained HTML page (as sitrep report writes it)")
        .Produces(StatusCodes.Status200OK, contentType: "text/html").ProducesProblem(StatusCodes.Status400BadRequest);
    }


    private static string? Value(HttpContext http, string name) => http.Request.Query[name].ToString() is { Length: > 0 } v ? v.Trim() : null;
}

public sealed record WindowInfo(string Id, string Name, DateOnly Start, DateOnly End, string Kind, string Source);
