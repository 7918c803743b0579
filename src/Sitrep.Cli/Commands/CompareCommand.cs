using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sitrep.Analysis;
using Sitrep.Filters;
using Sitrep.Cli.Output;
using Sitrep.Ledger;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep compare</c>: a window's daily event rate against a baseline's, the rate ratio with its interval and test, by key, with the window's events.</summary>
public static class CompareCommand
{
    public const int TableEvents = 50;

    public static readonly string[] RateColumns =
    [
        "key", "window_events", "window_rate", "baseline_events", "baseline_rate", "rate_ratio", "ci_low", "ci_high", "p_value",
        "window_fatalities_low", "window_fatalities", "window_fatalities_high", "baseline_fatalities",
        "window_partisan_only", "baseline_partisan_only", "window_outlets", "window_independent_sources", "window_corroborated",
    ];

    public static Command Create()
    {
        var window = new Option<string?>("--window") { Description = "The window: FROM..TO (both days included, e.g. 2020-02-22..2020-02-28) or a named window (riv-2020; see --list-windows)", HelpName = "RANGE|NAME" };
        var baseline = new Option<string?>("--baseline") { Description = "The baseline, as --window (default: as many days immediately before the window)", HelpName = "RANGE|NAME" };
        var by = new Option<SplitBy>("--by") { Description = "Also compare each actor (who broke the truce), province or type (by actor an event counts for each of its two actors)" };
        var model = new Option<RateModel>("--model") { Description = "poisson (default): exact conditional test of two Poisson counts; negbin: negative binomial on weekly counts, for over-dispersed weeks (Wald interval)" };
        var windows = new Option<FileInfo?>("--windows") { Description = "A file of your own named windows (data/windows/README.md gives the format); its names add to and replace the shipped ones", HelpName = "FILE" };
        var list = new Option<bool>("--list-windows") { Description = "List the named windows and their sources, and stop" };
        var limit = new Option<int?>("--limit") { Description = $"At most N of the window's events listed (default: {TableEvents} in a table, which says how many more; all in json)", HelpName = "N" };
        limit.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 0) r.AddError("--limit must be 0 or more");
        });
        var format = new Option<OutputFormat?>("--format") { Description = "table (default on a terminal): rates, breakdown and the window's events; csv (default when piped): one row of rates for all events, then one per key; json: one object with everything" };
        var filters = new AnalysisOptions();
        var command = new Command("compare", """
            Was a ceasefire kept? Compares the daily rate of events in a window with a baseline:
            the rate ratio (window / baseline) with its 95% interval and the p-value of "no change",
            by the exact test for two Poisson counts (R's poisson.test) or, with --model negbin, a
            negative binomial on weekly counts. Rates count events at least one independent source
            told; partisan-only events are counted apart. --by actor shows who broke the truce and
            how each side's events are corroborated; the window's events are listed with their
            sources.
            Example: sitrep compare --window riv-2020 --by actor
                     sitrep compare --window 2020-05-24..2020-05-26 --baseline 2020-04-01..2020-05-20
                     sitrep compare --list-windows
            """)
        { window, baseline, by, model, windows, list, limit, format };
        filters.AddTo(command);

        command.SetAction(result =>
        {
            WindowCatalog catalog;
            try
            {
                catalog = WindowCatalog.Load(CommonOptions.DataPackOf(result), result.GetValue(windows)?.FullName);
            }
            catch (Exception e) when (e is FormatException or FileNotFoundException)
            {
                Console.Error.WriteLine($"sitrep compare: {e.Message}");
                return ExitCodes.Error;
            }
            if (result.GetValue(list))
            {
                Tabular.Write(["window", "from", "to", "days", "kind", "name", "source"],
                    catalog.Windows.Select(w => new object?[] { w.Id, w.Range.From, w.Range.To, w.Range.Days, w.Kind, w.Name, w.Source }),
                    result.GetValue(format) ?? EventTable.DefaultFormat, Console.Out);
                return ExitCodes.Ok;
            }
            if (result.GetValue(window) is not { } windowText)
            {
                Console.Error.WriteLine("sitrep compare: give --window FROM..TO or a window name (sitrep compare --list-windows lists them)");
                return ExitCodes.Error;
            }
            var w = catalog.Resolve(windowText, out var windowLabel, out var problem);
            if (w is null)
            {
                Console.Error.WriteLine($"sitrep compare: --window: {problem}");
                return ExitCodes.Error;
            }
            var baselineLabel = "the same number of days before";
            var b = w.Before();
            if (result.GetValue(baseline) is { } baselineText)
            {
                b = catalog.Resolve(baselineText, out var label, out problem)!;
                if (b is null)
                {
                    Console.Error.WriteLine($"sitrep compare: --baseline: {problem}");
                    return ExitCodes.Error;
                }
                baselineLabel = label!;
            }
            LedgerFacts facts;
            LedgerSlice slice;
            try
            {
                (facts, slice) = filters.Open(result);
            }
            catch (UnknownNameException e)
            {
                Console.Error.WriteLine($"sitrep compare: {e.Message}");
                return ExitCodes.Error;
            }
            using (facts)
            {
                var outputFormat = result.GetValue(format) ?? EventTable.DefaultFormat;
                var shown = result.GetValue(limit) ?? (outputFormat == OutputFormat.Table ? TableEvents : int.MaxValue);
                var comparison = WindowComparison.Run(facts, slice, windowLabel!, w, baselineLabel, b, result.GetValue(by), result.GetValue(model),
                    outputFormat == OutputFormat.Csv ? 0 : shown);
                if (Overlap(w, b)) Console.Error.WriteLine($"sitrep compare: warning: the window {w} and the baseline {b} overlap; their common days count in both");
                switch (outputFormat)
                {
                    case OutputFormat.Csv:
                        Tabular.Write(RateColumns, RateRows(comparison), OutputFormat.Csv, Console.Out);
                        break;
                    case OutputFormat.Json:
                        Console.Out.WriteLine(Json(comparison, facts).ToJsonString());
                        break;
                    default:
                        WriteTable(comparison, facts, Console.Out);
                        break;
                }
                if (outputFormat != OutputFormat.Table && comparison.Events.Count < comparison.EventsInWindow && outputFormat != OutputFormat.Csv)
                    Console.Error.WriteLine($"sitrep compare: {comparison.Events.Count} of {comparison.EventsInWindow} window events written (--limit {shown})");
                return ExitCodes.Ok;
            }
        });
        return command;
    }

    private static bool Overlap(DateRange a, DateRange b) => a.From <= b.To && b.From <= a.To;

    public static IEnumerable<object?[]> RateRows(WindowComparison c)
    {
        yield return Rates("(all)", c.Ratio, c.WindowTotals, c.BaselineTotals);
        foreach (var row in c.Breakdown) yield return Rates(row.Key, row.Ratio, row.Window, row.Baseline);
    }

    private static object?[] Rates(string key, RateRatio r, KeyTotals w, KeyTotals b) =>
    [
        key, r.WindowEvents, r.WindowRate, r.BaselineEvents, r.BaselineRate, r.Estimate, r.Low, r.High, r.PValue,
        w.FatalitiesLow, w.Fatalities, w.FatalitiesHigh, b.Fatalities, w.PartisanEvents, b.PartisanEvents, w.Outlets, w.IndependentSources, w.Corroborated,
    ];

    private static void WriteTable(WindowComparison c, LedgerFacts facts, TextWriter output)
    {
        var r = c.Ratio;
        output.WriteLine($"window    {c.WindowLabel} ({c.Window}, {c.Window.Days} days): {r.WindowEvents} events, {F(r.WindowRate)} a day; fatalities {c.WindowTotals.Fatalities} (low {c.WindowTotals.FatalitiesLow}, high {c.WindowTotals.FatalitiesHigh}); partisan-only events apart: {c.WindowTotals.PartisanEvents}");
        output.WriteLine($"baseline  {c.BaselineLabel} ({c.Baseline}, {c.Baseline.Days} days): {r.BaselineEvents} events, {F(r.BaselineRate)} a day; fatalities {c.BaselineTotals.Fatalities} (low {c.BaselineTotals.FatalitiesLow}, high {c.BaselineTotals.FatalitiesHigh}); partisan-only events apart: {c.BaselineTotals.PartisanEvents}");
        output.WriteLine($"rate ratio {F(r.Estimate)}  95% CI {F(r.Low)}-{F(r.High)}  p = {F(r.PValue)}  ({r.Method}{(r.Method.StartsWith("negative", StringComparison.Ordinal) ? $", dispersion α = {F(r.Dispersion)}" : "")})");
        if (c.Breakdown.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"by {c.By.ToString().ToLowerInvariant()}: window events (of them told by 2+ independent sources), baseline events, ratio, partisan-only apart");
            Tabular.Write(["key", "window", "corroborated", "independent_sources", "outlets", "baseline", "rate_ratio", "ci_low", "ci_high", "p_value", "window_fatalities", "partisan_only"],
                c.Breakdown.Select(b => new object?[] { b.Key, b.Window.Events, b.Window.Corroborated, b.Window.IndependentSources, b.Window.Outlets, b.Baseline.Events,
                    b.Ratio.Estimate, b.Ratio.Low, b.Ratio.High, b.Ratio.PValue, b.Window.Fatalities, b.Window.PartisanEvents }),
                OutputFormat.Table, output);
        }
        output.WriteLine();
        output.WriteLine($"events in the window ({c.EventsInWindow}), with their sources:");
        var urls = facts.ArticleUrls(c.Events.SelectMany(e => e.Sources.Select(s => s.ArticleId)));
        foreach (var e in c.Events)
        {
            var place = string.Join(", ", new[] { e.Place?.Value.Admin2, e.Place?.Value.Admin1 }.Where(p => p is not null).Distinct());
            output.WriteLine($"{e.Id}  {(e.Date is { } d ? DateRange.Iso(d.Value.Start) : "?")}  {e.EventType.Value}  {place}  {e.Actor1?.Value} vs {e.Actor2?.Value}  fatalities {e.Fatalities?.Best ?? 0} ({e.Fatalities?.Low ?? 0}-{e.Fatalities?.High ?? 0})  {e.IndependentSources} independent source(s){(e.PartisanOnly ? ", partisan-only" : "")}");
            foreach (var s in e.Sources)
                output.WriteLine($"    {s.Outlet ?? "(no outlet)"}{(s.Party is { } party ? $" [speaks for {party}]" : "")}  {s.MentionId}  {urls.GetValueOrDefault(s.ArticleId) ?? s.ArticleId}");
        }
        if (c.Events.Count < c.EventsInWindow)
            output.WriteLine($"{c.Events.Count} of {c.EventsInWindow} events shown; {c.EventsInWindow - c.Events.Count} more: use --limit {c.EventsInWindow}, or --format json for all");
    }

    private static JsonObject Json(WindowComparison c, LedgerFacts facts)
    {
        var urls = facts.ArticleUrls(c.Events.SelectMany(e => e.Sources.Select(s => s.ArticleId)));
        var rates = new JsonArray();
        foreach (var row in RateRows(c))
        {
            var o = new JsonObject();
            for (var i = 0; i < RateColumns.Length; i++) o[RateColumns[i]] = JsonSerializer.SerializeToNode(Number(row[i]));
            rates.Add(o);
        }
        var events = new JsonArray();
        foreach (var e in c.Events)
            events.Add(new JsonObject
            {
                ["event_id"] = e.Id,
                ["event_date"] = e.Date is { } d ? DateRange.Iso(d.Value.Start) : null,
                ["event_type"] = e.EventType.Value,
                ["admin1"] = e.Place?.Value.Admin1,
                ["admin2"] = e.Place?.Value.Admin2,
                ["actor1"] = e.Actor1?.Value,
                ["actor2"] = e.Actor2?.Value,
                ["fatalities"] = e.Fatalities?.Best ?? 0,
                ["fatalities_low"] = e.Fatalities?.Low ?? 0,
                ["fatalities_high"] = e.Fatalities?.High ?? 0,
                ["outlets"] = e.Outlets,
                ["independent_sources"] = e.IndependentSources,
                ["partisan_only"] = e.PartisanOnly,
                ["sources"] = new JsonArray([.. e.Sources.Select(s => (JsonNode)new JsonObject
                {
                    ["outlet"] = s.Outlet, ["party"] = s.Party, ["mention_id"] = s.MentionId, ["article_id"] = s.ArticleId, ["url"] = urls.GetValueOrDefault(s.ArticleId),
                })]),
            });
        return new JsonObject
        {
            ["window"] = c.WindowLabel, ["window_from"] = DateRange.Iso(c.Window.From), ["window_to"] = DateRange.Iso(c.Window.To), ["window_days"] = c.Window.Days,
            ["baseline"] = c.BaselineLabel, ["baseline_from"] = DateRange.Iso(c.Baseline.From), ["baseline_to"] = DateRange.Iso(c.Baseline.To), ["baseline_days"] = c.Baseline.Days,
            ["method"] = c.Ratio.Method, ["dispersion"] = c.Ratio.Dispersion,
            ["rates"] = rates,
            ["events_in_window"] = c.EventsInWindow,
            ["events"] = events,
        };
    }

    private static object? Number(object? v) => v switch
    {
        double d when double.IsNaN(d) => null,
        double d when double.IsInfinity(d) => "inf",
        _ => v,
    };

    private static string F(double v) => Tabular.Text(v) is { Length: > 0 } t ? t : "n/a";
}
