using System.CommandLine;
using Sitrep.Analysis;
using Sitrep.Filters;
using Sitrep.Evaluation;
using Sitrep.Geo;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep report</c>: the situation report of a period as one self-contained HTML file (and its charts as PNG).</summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var from = DateOption.Create("--from", "First day of the period (default: the first event's date)");
        var to = DateOption.Create("--to", "Last day of the period (default: the last event's date)");
        var output = new Option<FileInfo>("-o", "--output") { Description = "The HTML file to write", HelpName = "FILE", Required = true };
        var png = new Option<DirectoryInfo?>("--png") { Description = "Also write the charts and the map as PNG images into this folder (created if missing)", HelpName = "DIR" };
        var windows = new Option<FileInfo?>("--windows") { Description = "A file of your own named windows to shade and compare (data/windows/README.md gives the format)", HelpName = "FILE" };
        var filters = new AnalysisOptions();
        var command = new Command("report", """
            The situation report of a period, as one HTML file that opens offline (no network, no
            script): headline numbers, weekly events and fatalities (low-high band, named windows
            shaded), a province map coloured by events, actors, the largest events with their
            sources, disputed figures side by side, coverage by outlet and the method.
            Example: sitrep report --from 2020-01-01 --to 2020-12-31 -o report.html --png charts/
            """)
        { from, to, output, png, windows };
        filters.AddTo(command);

        command.SetAction(result =>
        {
            var data = CommonOptions.DataPackOf(result);
            WindowCatalog catalog;
            try
            {
                catalog = WindowCatalog.Load(data, result.GetValue(windows)?.FullName);
            }
            catch (Exception e) when (e is FormatException or FileNotFoundException)
            {
                Console.Error.WriteLine($"sitrep report: {e.Message}");
                return ExitCodes.Error;
            }
            LedgerFacts facts;
            LedgerSlice slice;
            try
            {
                (facts, slice) = filters.Open(result);
            }
            catch (UnknownNameException e)
            {
                Console.Error.WriteLine($"sitrep report: {e.Message}");
                return ExitCodes.Error;
            }
            using (facts)
            {
                var (f, t) = (result.GetValue(from), result.GetValue(to));
                if (f is { } a && t is { } b && b < a)
                {
                    Console.Error.WriteLine($"sitrep report: --to {DateRange.Iso(b)} is before --from {DateRange.Iso(a)}");
                    return ExitCodes.Error;
                }
                var span = facts.Span(slice with { From = f, To = t });
                if (span is null && (f is null || t is null))
                {
                    Console.Error.WriteLine("sitrep report: no dated events match; give --from and --to for an empty report");
                    return ExitCodes.Error;
                }
                var range = new DateRange(f ?? span!.From, t ?? span!.To);
                var (report, html, eventsPlot, fatalitiesPlot, mapPlot) = ReportPage.Render(facts, slice, range, result.GetValue(filters.Province), catalog, data, DateTimeOffset.UtcNow);
                var file = result.GetValue(output)!;
                File.WriteAllText(file.FullName, html);
                Console.Error.WriteLine($"sitrep report: wrote {file.FullName} ({report.Totals.AllEvents} events, {report.Weeks.Count} weeks)");
                if (result.GetValue(png) is { } folder)
                {
                    folder.Create();
                    eventsPlot.SavePng(Path.Combine(folder.FullName, "events-per-week.png"), ReportCharts.Width, ReportCharts.Height);
                    fatalitiesPlot.SavePng(Path.Combine(folder.FullName, "fatalities-per-week.png"), ReportCharts.Width, ReportCharts.Height);
                    mapPlot.SavePng(Path.Combine(folder.FullName, "province-map.png"), ReportCharts.MapWidth, ReportCharts.MapHeight);
                    Console.Error.WriteLine($"sitrep report: wrote 3 PNG images into {folder.FullName}");
                }
                return ExitCodes.Ok;
            }
        });
        return command;
    }
}
