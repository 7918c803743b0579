using System.CommandLine;
using Sitrep.Cli.Output;
using Sitrep.Documents;
using Sitrep.Ledger;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

public static class DemoCommand
{
    public const string DefaultDb = "sitrep-demo.db";

    public static Command Create()
    {
        var command = new Command("demo", $"""
            Ingest the bundled demo corpus (articles written for this project, in samples/) into a
            fresh {DefaultDb} (or the --db given; it is deleted first) and list its ledger events
            (the counted mentions of one real event fused into one row, with its sources), of
            ACLED's types and political interactions alike.
            Your own sitrep.db is not touched. The events go to standard output (a table on a
            terminal, CSV when piped); when that is piped, the summary goes to standard error.
            Then try: sitrep events --db {DefaultDb} --all   and   sitrep explain <id> --db {DefaultDb}
            """);
        command.SetAction(result =>
        {
            var samples = Path.Combine(AppContext.BaseDirectory, "samples");
            if (!Directory.Exists(samples))
            {
                Console.Error.WriteLine($"sitrep demo: the demo corpus is missing from {samples}");
                return ExitCodes.Error;
            }
            var path = CommonOptions.DbPath(result, DefaultDb);
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
                if (File.Exists(file)) File.Delete(file);
            using var store = Stores.Open(path);
            var summary = IngestRunner.Run(store, CommonOptions.DataPackOf(result), [samples], SourceReader.Default());

            var counted = store.Events(new EventQuery { Kind = EventKind.All, Limit = int.MaxValue });
            using var ledger = Stores.OpenLedger(path, CommonOptions.DataPackOf(result), StoreOpenMode.Existing);
            var events = ledger.Events(new LedgerQuery { Limit = int.MaxValue });
            LedgerEventList.Write(events, EventTable.DefaultFormat, Console.Out, CommonOptions.CountryNames(result));

            // Standard output is the events: a summary mixed into a pipe's CSV would corrupt it.
            var data = Console.IsOutputRedirected;
            var report = data ? Console.Error : Console.Out;
            IngestRunner.PrintSummary(summary, report, asTable: !data);
            report.WriteLine(CountedLine(counted.Count, events.Count, path, data));
            report.WriteLine($"database{(data ? "\t" : ": ")}{Path.GetFullPath(path)}");
            IngestRunner.PrintErrors(summary, "demo", Console.Error);
            return summary.Failed ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>How the event mentions became the rows listed: the mentions that count, fused into ledger events, one row each.</summary>
    public static string CountedLine(int countedMentions, int ledgerEvents, string db, bool tabbed)
    {
        var detail = $"one row each; the mentions behind them: sitrep events --db {db} --mentions --kind all (--all: counted or not)";
        return tabbed
            ? $"counted mentions\t{countedMentions}\nledger events\t{ledgerEvents}\t{detail}"
            : $"counted mentions: {countedMentions}, fused into {ledgerEvents} ledger events ({detail})";
    }
}
