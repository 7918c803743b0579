using System.CommandLine;
using System.Globalization;
using CsvHelper;
using Sitrep.Cli.Output;
using Sitrep.Framing;
using Sitrep.Ledger;
using Sitrep.Serialization;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep outlets</c>: per outlet (and per month), how its stored articles frame the war.</summary>
public static class OutletsCommand
{
    public static Command Create()
    {
        var from = DateOption.Create("--from", "Only articles published on or after this date (undated articles are then left out)");
        var to = DateOption.Create("--to", "Only articles published on or before this date (undated articles are then left out)");
        var byMonth = new Option<bool>("--by-month") { Description = "One row per outlet and month of publication, to follow an outlet over time" };
        var backfill = new Option<bool>("--backfill") { Description = "Store the framing summary of every article that lacks a current one (stored before schema step 10, or framing data changed), so later runs read it" };
        var format = new Option<OutputFormat?>("--format") { Description = "table (default on a terminal), csv (default when piped) or json (one object per line)" };
        var command = new Command("outlets", """
            Per outlet, how its stored articles tell the war: articles, mean share of sentences
            framed in the outlet's own voice, heavily framed and one-sided articles, the parties it
            quotes, the dead it counts per side and the words it uses for them, the casualty-counting
            asymmetry (+1 = only government dead counted, -1 = only insurgent dead, 0 = balanced or
            none), and its stance from the source registry (data/sources). Near-duplicate copies are
            left out. Each article's framing is read from the summary stored at ingest; an article
            without a current one (an older store, or changed framing data) is framed from its text,
            and --backfill stores those summaries.
            Example: sitrep outlets --db sitrep-demo.db
                     sitrep outlets --from 2020-01-01 --to 2020-12-31 --by-month --format csv > outlets.csv
            """)
        { from, to, byMonth, format, backfill };
        command.SetAction(result =>
        {
            var path = CommonOptions.DbPath(result);
            using var store = Stores.Open(path, StoreOpenMode.Existing);
            var data = CommonOptions.DataPackOf(result);
            var read = StoredOutletFraming.Read(store, path, data, result.GetValue(from), result.GetValue(to), result.GetValue(backfill));
            Console.Error.WriteLine($"sitrep outlets: the framing of {read.Profiles.Count} article(s), {read.FromStore} from stored summaries");
            if (read.Note is { } note) Console.Error.WriteLine($"sitrep outlets: {note}");
            var rows = OutletFramingSummary.Aggregate(read.Profiles, SourceRegistry.Load(data), result.GetValue(byMonth));
            switch (result.GetValue(format) ?? EventTable.DefaultFormat)
            {
                case OutputFormat.Json:
                    foreach (var row in rows) Console.Out.WriteLine(SitrepJson.Serialize(OutletFramingRow.Of(row)));
                    break;
                case OutputFormat.Csv: WriteCsv(rows, Console.Out); break;
                default: WriteTable(rows, result.GetValue(byMonth)); break;
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static readonly string[] Sides = ["government", "insurgent", "civilian", "foreign"];

    private static void WriteCsv(List<OutletFramingSummary> rows, TextWriter output)
    {
        using var csv = CsvWriter.Create(output, new CsvWriterOptions(), true);
        foreach (var h in new[] { "outlet", "month", "stance", "articles", "framed_share", "heavily_framed", "one_sided", "parties_quoted" }
                     .Concat(Sides.Select(s => "dead_" + s)).Concat(["death_registers", "counting_asymmetry"]))
            csv.WriteField(h);
        csv.EndRecord();
        foreach (var r in rows)
        {
            foreach (var f in Fields(r)) csv.WriteField(f);
            csv.EndRecord();
        }
    }

    private static IEnumerable<string> Fields(OutletFramingSummary r)
    {
        var c = CultureInfo.InvariantCulture;
        yield return r.Outlet;
        yield return r.Month ?? "";
        yield return r.Stance;
        yield return r.Articles.ToString(c);
        yield return r.FramedShare.ToString("0.000", c);
        yield return r.HeavilyFramed.ToString(c);
        yield return r.OneSided.ToString(c);
        yield return string.Join(" ", r.PartiesQuoted.Select(p => $"{p.Key}:{p.Value}"));
        foreach (var side in Sides) yield return r.DeadBySide.GetValueOrDefault(side).ToString(c);
        yield return string.Join(" ", r.DeathRegisters.Select(p => $"{p.Key}:{p.Value}"));
        yield return r.CountingAsymmetry.ToString("+0.00;-0.00;0.00", c);
    }

    private static void WriteTable(List<OutletFramingSummary> rows, bool byMonth)
    {
        var table = new Table();
        foreach (var h in new[] { "outlet" }.Concat(byMonth ? ["month"] : []).Concat(["stance", "articles", "framed", "heavily framed", "one-sided", "parties quoted", "dead gov/ins/civ/for", "death words", "asymmetry"]))
            table.AddColumn(Markup.Escape(h));
        foreach (var r in rows)
        {
            var f = Fields(r).ToList();
            var cells = new List<string> { f[0] };
            if (byMonth) cells.Add(f[1]);
            cells.AddRange([f[2], f[3], r.FramedShare.ToString("P0", CultureInfo.InvariantCulture), f[5], f[6], f[7],
                string.Join("/", Sides.Select(s => r.DeadBySide.GetValueOrDefault(s))), f[12], f[13]]);
            table.AddRow(cells.Select(Markup.Escape).ToArray());
        }
        Output.PipedWidth.Console.Write(table);
    }
}
