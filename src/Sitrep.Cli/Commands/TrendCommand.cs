using System.CommandLine;
using Sitrep.Analysis;
using Sitrep.Filters;
using Sitrep.Cli.Output;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep trend</c>: events and fatalities per day, week or month, zero-filled, optionally split.</summary>
public static class TrendCommand
{
    public static readonly string[] Columns =
    [
        "period_start", "period_end", "key", "events", "fatalities_low", "fatalities", "fatalities_high",
        "partisan_only_events", "partisan_only_fatalities_low", "partisan_only_fatalities_high",
    ];

    public static Command Create()
    {
        var by = new Option<Period>("--by") { Description = "Length of a row: day, week (ISO, Monday to Sunday; default) or month", DefaultValueFactory = _ => Period.Week };
        var split = new Option<SplitBy>("--split") { Description = "One row per period and province, actor or type (by actor an event counts for each of its two actors)" };
        var from = DateOption.Create("--from", "First day counted (default: the first event's date)");
        var to = DateOption.Create("--to", "Last day counted (default: the last event's date)");
        var format = new Option<OutputFormat?>("--format") { Description = "table (default on a terminal), csv (default when piped) or json (one object per line)" };
        var filters = new AnalysisOptions();
        var command = new Command("trend", """
            Events and fatalities per period from the ledger (fused events, dated by their start),
            every period in the range listed, those without events as 0. events and fatalities
            (best, with the low and high of the claims in force) count events at least one
            independent source told; partisan-only events (every source speaks for a party; their
            best is 0) are counted apart with the low and high the parties claimed.
            Example: sitrep trend --by week --from 2020-01-01 --to 2020-06-30 --province Ghazni
                     sitrep trend --by month --split actor --format csv > by-actor.csv
            """)
        { by, split, from, to, format };
        filters.AddTo(command);

        command.SetAction(result =>
        {
            LedgerFacts facts;
            LedgerSlice slice;
            try
            {
                (facts, slice) = filters.Open(result);
            }
            catch (UnknownNameException e)
            {
                Console.Error.WriteLine($"sitrep trend: {e.Message}");
                return ExitCodes.Error;
            }
            using (facts)
            {
                var (f, t) = (result.GetValue(from), result.GetValue(to));
                if (f is { } a && t is { } b && b < a)
                {
                    Console.Error.WriteLine($"sitrep trend: --to {DateRange.Iso(b)} is before --from {DateRange.Iso(a)}");
                    return ExitCodes.Error;
                }
                slice = slice with { From = f, To = t };
                var span = facts.Span(slice);
                if (span is null && (f is null || t is null))
                {
                    Console.Error.WriteLine("sitrep trend: no dated events match; give --from and --to to list empty periods");
                    Tabular.Write(Columns, [], result.GetValue(format) ?? EventTable.DefaultFormat, Console.Out);
                    return ExitCodes.Ok;
                }
                var range = new DateRange(f ?? span!.From, t ?? span!.To);
                var splitBy = result.GetValue(split);
                var rows = Trend.Build(facts.Daily(slice with { From = range.From, To = range.To }, splitBy), range, result.GetValue(by), splitBy != SplitBy.None);
                Tabular.Write(Columns, rows.Select(Row), result.GetValue(format) ?? EventTable.DefaultFormat, Console.Out);
                var undated = facts.Undated(slice);
                if (undated > 0) Console.Error.WriteLine($"sitrep trend: {undated} matching event(s) have no date and are in no period");
                return ExitCodes.Ok;
            }
        });
        return command;
    }

    private static object?[] Row(TrendRow r) =>
        [r.Start, r.End, r.Key, r.Events, r.FatalitiesLow, r.Fatalities, r.FatalitiesHigh, r.PartisanEvents, r.PartisanFatalitiesLow, r.PartisanFatalitiesHigh];
}
