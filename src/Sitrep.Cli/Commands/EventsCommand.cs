using System.CommandLine;
using Sitrep.Cli.Output;
using Sitrep.Documents;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

public static class EventsCommand
{
    public static Command Create()
    {
        var type = new Option<string?>("--type") { Description = "Event type, sub-event type or PLOVER type, e.g. Battles, \"Suicide bomb\", AGREE", HelpName = "TYPE" };
        var province = new Option<string?>("--province") { Description = "Only events in this province (admin1)", HelpName = "NAME" };
        var actor = new Option<string?>("--actor") { Description = "Only events whose actor1 or actor2 contains this text", HelpName = "NAME" };
        var from = new Option<string?>("--from") { Description = "Only events on or after this date (YYYY-MM-DD)", HelpName = "DATE" };
        var to = new Option<string?>("--to") { Description = "Only events on or before this date (YYYY-MM-DD)", HelpName = "DATE" };
        var kind = new Option<EventKind?>("--kind")
        {
            Description = "acled: ACLED's six event types (default); political: PLOVER political interactions ACLED does not code (talks, demands, accusations, troop withdrawals); all: both. With --type the default is all",
        };
        var all = new Option<bool>("--all") { Description = "Include events that do not count: hypothetical, negated, future, historical, denied, repeated or unanchored (implies --mentions)" };
        var mentions = new Option<bool>("--mentions") { Description = "List the raw mentions, one per report, instead of the ledger's fused events" };
        var limit = new Option<int>("--limit") { Description = "At most this many events", DefaultValueFactory = _ => 1000, HelpName = "N" };
        var format = new Option<OutputFormat?>("--format") { Description = "table (default on a terminal; piped, it is $COLUMNS or 240 wide), csv (default when piped; ACLED column names) or json (one object per line)" };
        var command = new Command("events", """
            List stored events, oldest first: one row per ledger event (reports of one event fused,
            with its sources); --mentions lists each report's mention instead.
            Example: sitrep events --province Ghazni --from 2019-07-01 --format csv > ghazni.csv
                     sitrep events --kind political --format json   (talks, demands, accusations)
            """)
        { type, kind, province, actor, from, to, all, mentions, limit, format };

        command.SetAction(result =>
        {
            if (!TryDate(result.GetValue(from), "--from", out var fromDate) || !TryDate(result.GetValue(to), "--to", out var toDate))
                return ExitCodes.Error;
            if (result.GetValue(limit) <= 0)
            {
                Console.Error.WriteLine("sitrep events: --limit must be a positive number");
                return ExitCodes.Error;
            }
            if (!result.GetValue(mentions) && !result.GetValue(all))
            {
                var k = result.GetValue(kind) ?? (result.GetValue(type) is null ? EventKind.Acled : EventKind.All);
                return LedgerEventList.Run(result.GetValue(CommonOptions.Db)!, CommonOptions.DataPackOf(result),
                    new Sitrep.Ledger.LedgerQuery { EventType = result.GetValue(type), Province = result.GetValue(province), From = fromDate, To = toDate, Limit = result.GetValue(limit) },
                    result.GetValue(actor), political: k != EventKind.Acled, acled: k != EventKind.Political, result.GetValue(format) ?? EventTable.DefaultFormat, Console.Out, CommonOptions.CountryNames(result));
            }
            using var store = SqliteStore.Open(result.GetValue(CommonOptions.Db)!);
            var rows = store.Events(new EventQuery
            {
                EventType = result.GetValue(type),
                Kind = result.GetValue(kind) ?? (result.GetValue(type) is null ? EventKind.Acled : EventKind.All),
                Province = result.GetValue(province),
                Actor = result.GetValue(actor),
                From = fromDate,
                To = toDate,
                IncludeUncounted = result.GetValue(all),
                Limit = result.GetValue(limit),
            });
            EventTable.Write(rows, result.GetValue(format) ?? EventTable.DefaultFormat, Console.Out, CommonOptions.CountryNames(result));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static bool TryDate(string? text, string option, out DateOnly? date)
    {
        date = text is null ? null : PublishedDate.Parse(text);
        if (text is null || date is not null) return true;
        Console.Error.WriteLine($"sitrep events: {option} \"{text}\" is not a date (use YYYY-MM-DD)");
        return false;
    }
}
