using System.CommandLine;
using Sitrep.Documents;
using Sitrep.Storage;
using Sitrep.Web;

namespace Sitrep.Cli.Commands;

public static class IngestCommand
{
    public static readonly Option<long> MaxBytes = new("--max-bytes")
    {
        Description = "Largest single article to accept, in bytes (a .txt/.html file or one JSONL line)",
        DefaultValueFactory = _ => ReaderLimits.Default.MaxArticleBytes,
        HelpName = "N",
    };

    public static readonly Option<string> TextColumn = new("--text-column")
    {
        Description = "CSV/TSV column holding the article text",
        DefaultValueFactory = _ => CsvArticleReader.DefaultTextColumn,
        HelpName = "NAME",
    };

    public static readonly Option<DateOnly?> Published = DateOption.Create("--published",
        "Publication date of articles whose source gives none, to resolve their relative dates against; a date the source gives wins");

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files (.txt with optional .json sidecar, .html, .jsonl, .csv/.tsv, .rss/.atom/.xml feeds, .warc, .zip and .gz archives of these), folders (read recursively), http(s) URLs of pages or feeds, or - for standard input", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", """
            Read articles, extract their events and store both in the database.
            Re-running is safe: articles already stored are skipped, and a run that was
            interrupted picks up where it stopped. Unreadable inputs are listed with the
            reason; the rest is stored. Exit code 1 when some inputs failed.
            URLs are fetched politely (User-Agent, per-host interval, retries) and never from
            private or loopback addresses unless --allow-private.
            An article with no publication date whose relative dates ("last week", "on July 24")
            therefore stay unresolved is named in a warning on standard error; give its date with
            --published, a .json sidecar or a "published" field, and ingest it into a new database
            (an article already stored is not read again).
            Example: sitrep ingest samples/ --db afghanistan.db
            """)
        { paths, MaxBytes, TextColumn, Published };
        WebOptions.AddTo(command);

        command.SetAction(result =>
        {
            var defaultPublished = result.GetValue(Published);
            using var store = Stores.Open(CommonOptions.DbPath(result));
            var limits = new ReaderLimits { MaxArticleBytes = result.GetValue(MaxBytes) };
            using var fetcher = new WebFetcher(WebOptions.From(result, limits.MaxArticleBytes));
            var reader = SourceReader.Default(limits, fetcher, result.GetValue(WebOptions.FetchFull),
                textColumn: result.GetValue(TextColumn)!);
            var summary = IngestRunner.Run(store, CommonOptions.DataPackOf(result), result.GetValue(paths)!, reader, defaultPublished);
            IngestRunner.PrintSummary(summary, Console.Out, asTable: !Console.IsOutputRedirected);
            IngestRunner.PrintErrors(summary, "ingest", Console.Error);
            IngestRunner.PrintUndatedWarnings(summary, "ingest", Console.Error);
            return summary.Failed ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
        });
        return command;
    }
}
