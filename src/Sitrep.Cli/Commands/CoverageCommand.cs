using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Sitrep.Actors;
using Sitrep.Cli.Output;
using Sitrep.Geo;
using Sitrep.Ledger;
using Sitrep.Reference;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep coverage --reference NAME</c>: what an imported reference dataset has that the ledger
/// lacks, and the reverse, matched with the ledger's own matching (<see cref="CoverageMatcher"/>).
/// </summary>
public static class CoverageCommand
{
    private static readonly string[] Columns =
    [
        "side", "reference_id", "reference_line", "event_id", "score", "event_date", "event_type", "sub_event_type",
        "admin1", "admin2", "location", "actor1", "actor2", "reference_fatalities", "ledger_fatalities", "sources",
    ];

    public static Command Create()
    {
        var reference = new Option<string>("--reference")
        {
            Description = "The reference set to compare with: acled or ucdp (the default names of sitrep import), or the --name it was imported under",
            HelpName = "acled|NAME",
            Required = true,
        };
        var from = DateOption.Create("--from", "Only reference rows and ledger events on or after this date");
        var to = DateOption.Create("--to", "Only reference rows and ledger events on or before this date");
        var format = new Option<OutputFormat?>("--format")
        {
            Description = "table (default on a terminal: the counts, then both lists), csv (default when piped: one line per reference row and per unmatched ledger event, with a side column; the counts on standard error) or json (one document: summary and rows)",
        };
        var command = new Command("coverage", """
            Check the ledger against an imported reference dataset (sitrep import): which reference
            rows have no ledger event (side reference_only), which ledger events no reference row
            (ledger_only), and which match (matched, with the pair score). Rows are matched as the
            ledger fuses reports: same date window, province and district, nearby places, actors,
            figures, words (see docs/reference-and-export.md). Recall is the share of reference rows
            matched; precision the share of ledger events matched. Political interactions, which
            ACLED does not code, and for UCDP everything but organised violence, are left out and counted.
            Example: sitrep coverage --reference acled --from 2020-02-22 --to 2020-02-28
                     sitrep coverage --reference acled --format csv | grep ^reference_only
            """)
        { reference, from, to, format };

        command.SetAction(result =>
        {
            var data = CommonOptions.DataPackOf(result);
            var db = CommonOptions.DbPath(result);
            var set = result.GetValue(reference)!;
            using var references = ReferenceStore.Open(db, StoreOpenMode.Existing);
            if (references.Flavour(set) is null)
            {
                var sets = references.Sets();
                Console.Error.WriteLine($"sitrep coverage: --reference: no reference set \"{set}\" in {db}; " + (sets.Count == 0
                    ? "import one first: sitrep import FILE.csv"
                    : $"imported sets: {string.Join(", ", sets.Select(s => $"{s.Name} ({s.Flavour.Describe()}, {s.Rows} rows)"))}"));
                return ExitCodes.Error;
            }
            using var ledger = Stores.OpenLedger(db, data, StoreOpenMode.Existing);
            ledger.Update();
            var projector = new ReferenceProjector(Gazetteer.Load(data), ActorDictionary.Load(data), LedgerCues.Load(data));
            var report = new CoverageMatcher(ledger, projector).Compare(references, set, result.GetValue(from), result.GetValue(to));
            var outputFormat = result.GetValue(format) ?? EventTable.DefaultFormat;
            switch (outputFormat)
            {
                case OutputFormat.Json:
                    WriteJson(report, Console.Out);
                    break;
                case OutputFormat.Csv:
                    WriteCsv(report, Console.Out);
                    WriteSummary(report, Console.Error);
                    break;
                default:
                    WriteTable(report, Console.Out);
                    break;
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    public static void WriteSummary(CoverageReport r, TextWriter output)
    {
        var window = r.From is null && r.To is null ? "all dates" : $"{Iso(r.From) ?? "start"} .. {Iso(r.To) ?? "end"}";
        output.WriteLine($"reference set\t{r.Set} ({r.Flavour.Describe()}), {window}");
        output.WriteLine($"reference rows\t{r.ReferenceRows}\tmatched by a ledger event\t{r.ReferenceMatched}\trecall\t{Percent(r.Recall)}");
        output.WriteLine($"ledger events\t{r.LedgerEvents}\tmatched by a reference row\t{r.LedgerMatched}\tprecision\t{Percent(r.Precision)}");
        output.WriteLine($"ledger events the reference does not code\t{r.NotComparable}\t(left out: {(r.Flavour == ReferenceFlavour.Acled ? "political interactions" : "demonstrations, strategic developments, political interactions")})");
    }

    private static void WriteTable(CoverageReport r, TextWriter output)
    {
        WriteSummary(r, output);
        var rows = Rows(r).ToList();
        foreach (var (side, title) in new[] { ("reference_only", "In the reference, not in the ledger"), ("ledger_only", "In the ledger, not in the reference") })
        {
            var list = rows.Where(x => x[0] == side).ToList();
            output.WriteLine();
            output.WriteLine($"{title}: {list.Count}");
            string[] shown = side == "reference_only"
                ? ["reference_id", "event_date", "event_type", "admin1", "admin2", "location", "reference_fatalities"]
                : ["event_id", "event_date", "event_type", "admin1", "admin2", "location", "ledger_fatalities", "sources"];
            var index = shown.Select(c => Array.IndexOf(Columns, c)).ToArray();
            output.WriteLine(string.Join("  ", shown.Select((c, i) => c.PadRight(Width(i)))));
            foreach (var row in list.Take(EventsCommand.TableLimit))
                output.WriteLine(string.Join("  ", index.Select((c, i) => (row[c] ?? "").PadRight(Width(i)))));
            if (list.Count > EventsCommand.TableLimit)
                output.WriteLine($"{list.Count - EventsCommand.TableLimit} more not shown: use --format csv for all");
        }

        static int Width(int i) => i == 0 ? 19 : i == 2 ? 26 : 12;
    }

    private static void WriteCsv(CoverageReport r, TextWriter output)
    {
        output.WriteLine(string.Join(',', Columns));
        foreach (var row in Rows(r)) output.WriteLine(string.Join(',', row.Select(Csv)));
    }

    private static void WriteJson(CoverageReport r, TextWriter output)
    {
        var rows = new JsonArray();
        foreach (var row in Rows(r))
        {
            var o = new JsonObject();
            for (var i = 0; i < Columns.Length; i++) o[Columns[i]] = row[i];
            rows.Add(o);
        }
        var document = new JsonObject
        {
            ["reference"] = r.Set,
            ["dataset"] = r.Flavour.Describe(),
            ["from"] = Iso(r.From),
            ["to"] = Iso(r.To),
            ["reference_rows"] = r.ReferenceRows,
            ["reference_matched"] = r.ReferenceMatched,
            ["recall"] = r.Recall,
            ["ledger_events"] = r.LedgerEvents,
            ["ledger_matched"] = r.LedgerMatched,
            ["precision"] = r.Precision,
            ["not_comparable"] = r.NotComparable,
            ["rows"] = rows,
        };
        output.WriteLine(document.ToJsonString());
    }

    /// <summary>Every reference row (matched or reference_only), then every unmatched ledger event (ledger_only).</summary>
    private static IEnumerable<string?[]> Rows(CoverageReport r)
    {
        var c = CultureInfo.InvariantCulture;
        var events = r.Ledger.ToDictionary(e => e.Event.Id, e => e.Event, StringComparer.Ordinal);
        foreach (var m in r.Reference)
        {
            var x = m.Reference;
            var e = m.EventId is { } id ? events.GetValueOrDefault(id) : null;
            yield return
            [
                m.EventId is null ? "reference_only" : "matched", x.Id, x.Line.ToString(c), m.EventId, m.Score?.ToString("0.##", c),
                Iso(x.DateStart), x.EventType, x.SubEventType, x.Admin1, x.Admin2, x.Location, x.Actor1, x.Actor2,
                x.Fatalities?.ToString(c), e?.Fatalities?.Best.ToString(c), e is null ? x.Source : Sources(e),
            ];
        }
        foreach (var ce in r.Ledger.Where(e => e.ReferenceIds.Count == 0))
        {
            var e = ce.Event;
            var p = e.Place?.Value;
            yield return
            [
                "ledger_only", null, null, e.Id, null, Iso(e.Date?.Value.Start), e.EventType.Value, e.SubEventType?.Value,
                p?.Admin1, p?.Admin2, p?.Location, e.Actor1?.Value, e.Actor2?.Value, null, (e.Fatalities?.Best ?? 0).ToString(c), Sources(e),
            ];
        }
    }

    private static string Sources(LedgerEvent e) => string.Join("; ", e.Sources.Select(s => s.Outlet).Where(o => o is not null).Distinct());

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Percent(double? v) => v is { } x ? (100 * x).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "n/a";

    private static string Csv(string? value) =>
        value is null ? "" : value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
