using System.CommandLine;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

public static class ExplainCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("EVENT_ID") { Description = "An event id from `sitrep events`: a ledger event (le_...) or a mention (ev_...); a unique prefix is enough" };
        var command = new Command("explain", """
            Show why an event has each of its values: the sentence it came from, and for every
            field the exact words (span) and the rule that read them, plus its modality.
            Example: sitrep explain ev_272b02a718fe28c0 --db sitrep-demo.db
            (ids as `sitrep events` lists them; a unique prefix such as ev_272b02 is enough)
            """)
        { id };
        command.SetAction(result =>
        {
            if (result.GetValue(id)!.StartsWith(Sitrep.Ledger.LedgerEventId.Prefix, StringComparison.Ordinal))
                return LedgerCommand.Explain(result, result.GetValue(id)!);
            using var store = Stores.Open(CommonOptions.DbPath(result), StoreOpenMode.Existing);
            var found = store.Explain(result.GetValue(id)!);
            if (found is null)
            {
                Console.Error.WriteLine($"sitrep explain: no event with id (or unique id prefix) \"{result.GetValue(id)}\" in {CommonOptions.DbPath(result)}");
                return ExitCodes.Error;
            }
            Write(found.Value.Event, found.Value.Article, Console.Out);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static void Write(EventMention e, Article article, TextWriter output)
    {
        var type = string.Join(" / ", new[] { e.EventType, e.SubEventType, e.Plover }.Where(x => x is not null));
        output.WriteLine($"event     {e.Id}   {type}");
        output.WriteLine($"article   {article.Id}   {article.Outlet ?? "(outlet unknown)"}   published {article.Published?.ToString("yyyy-MM-dd") ?? "unknown"}");
        output.WriteLine($"source    {article.Url ?? article.Source}");
        var counted = e.Counts ? "counted" : "NOT counted";
        output.WriteLine($"modality  {e.Modality.ToString().ToLowerInvariant()} ({counted}){(e.AttributedTo is null ? "" : $", according to {e.AttributedTo}")}");
        output.WriteLine($"confidence {e.Confidence:F2}");
        output.WriteLine();
        output.WriteLine("sentence:");
        output.WriteLine($"  {e.Sentence.Of(article.Text).ReplaceLineEndings(" ")}");
        output.WriteLine();
        output.WriteLine("evidence:");
        foreach (var evidence in e.Evidence)
            output.WriteLine($"  {evidence.Field,-12} \"{evidence.Text}\"  [{evidence.Span}]  rule {evidence.Rule}");
    }
}
