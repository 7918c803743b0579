using System.CommandLine;
using Sitrep.Actors;
using Sitrep.Filters;
using Sitrep.Cli.Output;
using Sitrep.Geo;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

public static class EventsCommand
{
    /// <summary>Rows a table shows without --limit: a terminal is no place for more; csv and json have no limit unless asked.</summary>
    public const int TableLimit = 1000;

    public static Command Create()
    {
        var type = new Option<string?>("--type") { Description = "Event type, sub-event type or PLOVER type, e.g. Battles, \"Suicide bomb\", AGREE", HelpName = "TYPE" };
        var province = new Option<string?>("--province") { Description = "Only events in this province (admin1), any spelling the gazetteer knows: Herat, Hirat, AF-HER", HelpName = "NAME" };
        var actor = new Option<string?>("--actor") { Description = "Only events whose actor1 or actor2 is this actor, any name the actor dictionary knows: ANA, Afghan army, Taliban", HelpName = "NAME" };
        var from = DateOption.Create("--from", "Only events on or after this date");
        var to = DateOption.Create("--to", "Only events on or before this date");
        var kind = new Option<EventKind?>("--kind")
        {
            Description = "acled: ACLED's six event types (default); political: PLOVER political interactions ACLED does not code (talks, demands, accusations, troop withdrawals); all: both. With --type the default is all",
        };
        var all = new Option<bool>("--all") { Description = "List every event mention, also those that do not count: hypothetical, negated, future, historical, denied, repeated, unanchored, or copies of a stored story (implies --mentions)" };
        var mentions = new Option<bool>("--mentions") { Description = "List the raw mentions, one per report, instead of the ledger's fused events" };
        var limit = new Option<int?>("--limit") { Description = $"At most this many rows (default: all for csv and json; {TableLimit} for the table, which says how many more there are)", HelpName = "N" };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is <= 0) result.AddError("--limit must be a positive number");
        });
        var format = new Option<OutputFormat?>("--format") { Description = "table (default on a terminal; piped, it is $COLUMNS or 240 wide), csv (default when piped; ACLED column names) or json (one object per line)" };
        var command = new Command("events", """
            List stored events, oldest first: one row per ledger event (the reports of one event
            fused, with its sources); --mentions lists each report's counted mention instead, and
            --all every mention, counted or not.
            Example: sitrep events --province Ghazni --from 2019-07-01 --format csv > ghazni.csv
                     sitrep events --kind political --format json   (talks, demands, accusations)
            """)
        { type, kind, province, actor, from, to, all, mentions, limit, format };

        command.SetAction(result =>
        {
            var data = CommonOptions.DataPackOf(result);
            ProvinceFilter? provinceFilter;
            ActorFilter? actorFilter;
            try
            {
                provinceFilter = result.GetValue(province) is { } p ? ProvinceFilter.For(p, Gazetteer.Load(data)) : null;
                actorFilter = result.GetValue(actor) is { } a ? ActorFilter.For(a, ActorDictionary.Load(data)) : null;
            }
            catch (UnknownNameException e)
            {
                Console.Error.WriteLine($"sitrep events: {e.Message}");
                return ExitCodes.Error;
            }
            var outputFormat = result.GetValue(format) ?? EventTable.DefaultFormat;
            var shown = result.GetValue(limit) ?? (outputFormat == OutputFormat.Table ? TableLimit : int.MaxValue);
            if (!result.GetValue(mentions) && !result.GetValue(all))
            {
                var k = result.GetValue(kind) ?? (result.GetValue(type) is null ? EventKind.Acled : EventKind.All);
                return LedgerEventList.Run(CommonOptions.DbPath(result), data,
                    new Sitrep.Ledger.LedgerQuery { EventType = result.GetValue(type), From = result.GetValue(from), To = result.GetValue(to) },
                    e => (provinceFilter?.Matches(e.Place?.Value.Admin1) ?? true) && (actorFilter?.Matches(e.Actor1?.Value, e.Actor2?.Value) ?? true),
                    political: k != EventKind.Acled, acled: k != EventKind.Political, shown, outputFormat, Console.Out, CommonOptions.CountryNames(result));
            }
            using var store = Stores.Open(CommonOptions.DbPath(result), StoreOpenMode.Existing);
            var rows = store.Events(new EventQuery
            {
                EventType = result.GetValue(type),
                Kind = result.GetValue(kind) ?? (result.GetValue(type) is null ? EventKind.Acled : EventKind.All),
                From = result.GetValue(from),
                To = result.GetValue(to),
                IncludeUncounted = result.GetValue(all),
                Limit = int.MaxValue,
            }).Where(r => (provinceFilter?.Matches(r.Admin1) ?? true) && (actorFilter?.Matches(r.Actor1, r.Actor2) ?? true)).ToList();

            var listing = new EventListing(rows.Take(shown).ToList(), rows.Count, result.GetValue(all));
            EventTable.Write(listing, outputFormat, Console.Out, CommonOptions.CountryNames(result));
            if (outputFormat != OutputFormat.Table && listing.More > 0) // a table says it in its caption; an export says it beside the data
                Console.Error.WriteLine($"sitrep events: {listing.Rows.Count} of {listing.Total} rows written (--limit {shown}); {listing.More} more not written");
            return ExitCodes.Ok;
        });
        return command;
    }
}
