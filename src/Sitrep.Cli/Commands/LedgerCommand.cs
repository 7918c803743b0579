using System.CommandLine;
using System.Globalization;
using Sitrep.Ledger;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep ledger</c>: the fused events — rebuild, list, show, and people's merges and splits.</summary>
public static class LedgerCommand
{
    public static Command Create()
    {
        var command = new Command("ledger", """
            The event ledger: reports of one event from many outlets fused into one event, every
            source kept. Fusion runs as articles are stored; these commands rebuild it, show it,
            and record people's decisions (merge, split), which survive rebuilds and later ingests.
            """);
        command.Subcommands.Add(Rebuild());
        command.Subcommands.Add(Update());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Merge());
        command.Subcommands.Add(Split());
        command.Subcommands.Add(History());
        return command;
    }

    private static ILedgerStore Open(ParseResult r) =>
        Stores.OpenLedger(CommonOptions.DbPath(r), CommonOptions.DataPackOf(r), StoreOpenMode.Existing);

    /// <summary>Runs <paramref name="action"/>; a ledger request that cannot be done is one line on stderr and exit code 2.</summary>
    private static int Run(ParseResult r, string name, Func<ILedgerStore, TextWriter, int> action)
    {
        try
        {
            using var ledger = Open(r);
            return action(ledger, r.InvocationConfiguration.Output);
        }
        catch (LedgerException e)
        {
            r.InvocationConfiguration.Error.WriteLine($"sitrep ledger {name}: {e.Message}");
            return ExitCodes.Error;
        }
    }

    private static Command Rebuild()
    {
        var c = new Command("rebuild", "Recompute every ledger event from the stored mentions and the decisions in force");
        c.SetAction(r => Run(r, "rebuild", (ledger, output) =>
        {
            var done = ledger.Rebuild();
            output.WriteLine($"mentions\t{done.Mentions}");
            output.WriteLine($"events\t{ledger.Counts().Events}");
            return ExitCodes.Ok;
        }));
        return c;
    }

    private static Command Update()
    {
        var c = new Command("update", "Fuse the mentions stored since the last update (ingest does this itself)");
        c.SetAction(r => Run(r, "update", (ledger, output) =>
        {
            var done = ledger.Update();
            output.WriteLine($"mentions fused\t{done.Mentions}");
            output.WriteLine($"events written\t{done.EventsWritten}");
            return ExitCodes.Ok;
        }));
        return c;
    }

    private static Command List()
    {
        var limit = new Option<int>("--limit") { Description = "At most N events", DefaultValueFactory = _ => 1000, HelpName = "N" };
        var c = new Command("list", "One line per ledger event: id, date, type, place, fatalities (best, low-high), reports, outlets") { limit };
        c.SetAction(r => Run(r, "list", (ledger, output) =>
        {
            output.WriteLine("event_id\tevent_date\tevent_type\tadmin1\tadmin2\tfatalities\tfatalities_low\tfatalities_high\tdisputed\treports\toutlets\tindependent_sources\tpartisan_only");
            foreach (var e in ledger.Events(new LedgerQuery { Limit = r.GetValue(limit) }))
                output.WriteLine(string.Join('\t', e.Id, e.Date?.Value.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.EventType.Value,
                    e.Place?.Value.Admin1, e.Place?.Value.Admin2, e.Fatalities?.Best, e.Fatalities?.Low, e.Fatalities?.High,
                    e.Fatalities?.Disputed == true ? "yes" : "no", e.Sources.Count, e.Outlets, e.IndependentSources, e.PartisanOnly ? "yes" : "no"));
            return ExitCodes.Ok;
        }));
        return c;
    }

    private static Argument<string> EventArgument(string name = "EVENT") =>
        new(name) { Description = "A ledger event id (le_...; a unique prefix is enough)" };

    private static Command Show()
    {
        var id = EventArgument();
        var c = new Command("show", "Each fused value of an event with the mentions behind it, its sources and the casualty claims side by side") { id };
        c.SetAction(r => Run(r, "show", (ledger, output) =>
        {
            var found = ledger.Event(r.GetValue(id)!) ?? throw new LedgerException($"no ledger event {r.GetValue(id)} (or the prefix matches several)");
            LedgerEventText.Write(found.Event, found.Status, found.SupersededBy, output);
            return ExitCodes.Ok;
        }));
        return c;
    }

    /// <summary><c>sitrep explain le_...</c>: the fused values with the mentions, outlets and claims behind them.</summary>
    public static int Explain(ParseResult r, string id)
    {
        using var ledger = Open(r);
        if (ledger.Event(id) is not { } found)
        {
            Console.Error.WriteLine($"sitrep explain: no ledger event with id (or unique id prefix) \"{id}\" in {CommonOptions.DbPath(r)}");
            return ExitCodes.Error;
        }
        LedgerEventText.Write(found.Event, found.Status, found.SupersededBy, Console.Out);
        LedgerFramingNote.Write(found.Event, CommonOptions.DbPath(r), CommonOptions.DataPackOf(r), Console.Out); // framing of its sources
        return ExitCodes.Ok;
    }

    private static Option<string?> NoteOption() => new("--note") { Description = "Why (kept with the decision)", HelpName = "TEXT" };

    private static Command Merge()
    {
        var a = EventArgument("A");
        var b = EventArgument("B");
        var note = NoteOption();
        var c = new Command("merge", "Record that events A and B are one event; kept across rebuilds and later ingests") { a, b, note };
        c.SetAction(r => Run(r, "merge", (ledger, output) =>
        {
            var d = ledger.Merge(r.GetValue(a)!, r.GetValue(b)!, r.GetValue(note));
            output.WriteLine($"decision {d.Seq}: merged; now {ledger.EventOfMention(d.Anchor)}");
            return ExitCodes.Ok;
        }));
        return c;
    }

    private static Command Split()
    {
        var id = EventArgument();
        var mention = new Option<string>("--mention") { Description = "The mention (report) that is not part of EVENT", Required = true, HelpName = "M" };
        var note = NoteOption();
        var c = new Command("split", "Record that mention M is not a report of EVENT; kept across rebuilds and later ingests") { id, mention, note };
        c.SetAction(r => Run(r, "split", (ledger, output) =>
        {
            var d = ledger.Split(r.GetValue(id)!, r.GetValue(mention)!, r.GetValue(note));
            output.WriteLine($"decision {d.Seq}: {d.Anchor} split off; now in {ledger.EventOfMention(d.Anchor)}");
            return ExitCodes.Ok;
        }));
        return c;
    }

    private static Command History()
    {
        var id = EventArgument();
        var c = new Command("history", "What happened to an event: created, reports joined, merges, splits, superseded") { id };
        c.SetAction(r => Run(r, "history", (ledger, output) =>
        {
            var entries = ledger.History(r.GetValue(id)!);
            foreach (var h in entries) output.WriteLine($"{h.At}\t{h.Action}\t{h.Detail}");
            var mentions = ledger.Event(r.GetValue(id)!)!.Value.Event.MentionIds.ToHashSet(StringComparer.Ordinal);
            foreach (var d in ledger.Decisions().Where(d => mentions.Contains(d.Anchor) || d.Others.Any(mentions.Contains)))
                output.WriteLine($"{d.At}\tdecision {d.Seq}\t{d.Kind} {d.Anchor} with {string.Join(" ", d.Others)}{(d.Note is null ? "" : " — " + d.Note)}");
            return ExitCodes.Ok;
        }));
        return c;
    }
}
