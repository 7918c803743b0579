using Sitrep.Cli.Output;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>Runs an ingest with a progress bar on a terminal (none when output is redirected) and prints the summary.</summary>
public static class IngestRunner
{
    /// <summary>Undated-article warnings printed one by one; past this many, only how many more there are (a corpus without dates would bury the summary).</summary>
    public const int MaxUndatedWarnings = 20;

    public static IngestSummary Run(IArticleStore store, DataPack data, IReadOnlyList<string> paths, SourceReader reader, DateOnly? defaultPublished = null)
    {
        using var ledger = Stores.OpenLedger(store.Location, data);
        var ingestor = new Ingestor(PipelineBuilder.Default(data), reader, store)
        {
            Languages = LanguageIdentifier.Load(data),
            DefaultPublished = defaultPublished,
            Ledger = ledger,
            Framing = Framing.ArticleFramingRecorder.Load(data),
        };
        // Progress goes to standard error, so that it shows while standard output is data for a pipe.
        if (Console.IsErrorRedirected)
            return ingestor.Run(paths);

        IngestSummary? summary = null;
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }).Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("reading", maxValue: 1);
                var progress = new Progress<IngestProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.InputsTotal);
                    task.Value = p.InputsDone;
                    task.Description = $"{p.Articles} articles, {p.Events} event mentions, {p.Errors} errors";
                });
                summary = ingestor.Run(paths, progress);
                task.Value = task.MaxValue;
            });
        return summary!;
    }

    /// <summary>Warns about articles stored without a publication date whose dates stayed unresolved (never changes the exit code).</summary>
    public static void PrintUndatedWarnings(IngestSummary summary, string command, TextWriter error)
    {
        foreach (var undated in summary.Undated.Take(MaxUndatedWarnings))
            error.WriteLine(UndatedWarning.For(command, undated));
        var more = summary.Undated.Count - MaxUndatedWarnings;
        if (more > 0)
            error.WriteLine($"sitrep {command}: warning: {more} more articles without a publication date have unresolved dates; give their dates and ingest them into a new database");
    }

    /// <summary>
    /// What the run did, as a table (a person at a terminal) or as tab-separated lines (a file or a
    /// program). The errors are counted here and listed by <see cref="PrintErrors"/> on standard error.
    /// </summary>
    public static void PrintSummary(IngestSummary summary, TextWriter output, bool asTable)
    {
        var rate = summary.Elapsed.TotalSeconds > 0 ? summary.ArticlesRead / summary.Elapsed.TotalSeconds : 0;
        if (!asTable)
        {
            output.WriteLine($"articles read\t{summary.ArticlesRead}");
            output.WriteLine($"articles stored\t{summary.ArticlesStored}");
            output.WriteLine($"already stored\t{summary.AlreadyStored}");
            output.WriteLine($"event mentions\t{summary.EventsFound}");
            output.WriteLine($"near-duplicates (linked)\t{summary.NearDuplicates.Count}");
            foreach (var link in summary.NearDuplicates) output.WriteLine($"near-duplicate\t{link.Location}\t{link.DuplicateOf}\t{link.Similarity:F2}");
            output.WriteLine($"not english (stored, not extracted)\t{summary.NotEnglish.Count}");
            foreach (var skip in summary.NotEnglish) output.WriteLine($"not english\t{skip.Location}\t{skip.LanguageName}");
            output.WriteLine($"errors\t{summary.Errors.Count}");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).AddColumns("", "count");
        table.AddRow("articles read", summary.ArticlesRead.ToString());
        table.AddRow("articles stored", summary.ArticlesStored.ToString());
        table.AddRow("already stored (skipped)", summary.AlreadyStored.ToString());
        table.AddRow("event mentions (counted or not)", summary.EventsFound.ToString());
        table.AddRow("near-duplicates (linked, not double-counted)", summary.NearDuplicates.Count.ToString());
        table.AddRow("not English (stored, not extracted)", summary.NotEnglish.Count.ToString());
        table.AddRow(summary.Errors.Count > 0 ? "[red]errors (listed on standard error)[/]" : "errors", summary.Errors.Count.ToString());
        table.Caption($"{summary.Elapsed.TotalSeconds:F1} s, {rate:F0} articles/s");
        Output.PipedWidth.Console.Write(table);
        if (summary.NearDuplicates.Count > 0)
        {
            var copies = new Table().Border(TableBorder.Rounded).AddColumns("near-duplicate", "copy of", "similarity");
            foreach (var link in summary.NearDuplicates) copies.AddRow(Markup.Escape(link.Location), link.DuplicateOf, link.Similarity.ToString("F2"));
            Output.PipedWidth.Console.Write(copies);
        }
        if (summary.NotEnglish.Count > 0)
        {
            var skipped = new Table().Border(TableBorder.Rounded).AddColumns("not extracted", "language");
            foreach (var skip in summary.NotEnglish) skipped.AddRow(Markup.Escape(skip.Location), Markup.Escape(skip.LanguageName));
            Output.PipedWidth.Console.Write(skipped);
        }
    }

    /// <summary>Each warning (a broken sidecar, a suspicious archive member name) and each input that could not be read or processed: one located line each on standard error.</summary>
    public static void PrintErrors(IngestSummary summary, string command, TextWriter error)
    {
        foreach (var w in summary.Warnings) error.WriteLine($"sitrep {command}: warning: {w}");
        foreach (var e in summary.Errors) error.WriteLine($"sitrep {command}: error: {e}");
    }
}
