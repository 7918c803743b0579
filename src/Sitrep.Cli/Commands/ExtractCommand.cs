using System.CommandLine;
using System.Text.Json;
using Sitrep.Cli.Output;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Serialization;
using Sitrep.Time;

namespace Sitrep.Cli.Commands;

public static class ExtractCommand
{
    /// <summary>Articles extracted at once: enough to keep every core busy, few enough to hold in memory.</summary>
    private static readonly int WindowSize = Math.Max(8, 8 * Environment.ProcessorCount);

    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "A .txt, .html or .jsonl file, or - for standard input" };
        var published = DateOption.Create("--published", "Publication date to resolve relative dates against; overrides the file's own");
        var annotations = new Option<bool>("--annotations") { Description = "Also print every annotation (sentences, dates, numbers, places, actors, quotes) with its span" };
        var pretty = new Option<bool>("--pretty") { Description = "Indent the JSON (one article per line otherwise)" };
        var command = new Command("extract", """
            Extract events from one file and print them as JSON, without a database.
            Prints one JSON object per article, one per line (a .jsonl file holds many).
            An article with no publication date whose relative dates ("last week", "on July 24")
            therefore stay unresolved is named in a warning on standard error.
            Example: sitrep extract report.txt --published 2019-07-30 --annotations | jq .events
            """)
        { file, published, annotations, pretty };

        command.SetAction(result =>
        {
            var run = new Run(result.GetValue(published), PipelineBuilder.Default(CommonOptions.DataPackOf(result)),
                result.GetValue(annotations), result.GetValue(pretty) ? SitrepJson.Indented : SitrepJson.Options);
            var failed = false;
            // The articles of a window are extracted on all cores and printed in input order, so the
            // output is what one at a time would print: each stage is a pure function of its article.
            var window = new List<ReadResult>(WindowSize);
            foreach (var read in SourceReader.Default().Read([result.GetValue(file)!]))
            {
                window.Add(read);
                if (window.Count == WindowSize) failed |= Flush(window, run);
            }
            failed |= Flush(window, run);
            return failed ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
        });
        return command;
    }

    private sealed record Run(DateOnly? Reference, SitrepPipeline Pipeline, bool Annotations, JsonSerializerOptions Json);

    /// <summary>What one read prints: its JSON line or an error line, and perhaps a warning.</summary>
    private sealed record Printed(string? Json, string? Error, string? Warning);

    /// <summary>Extracts the window's articles in parallel, prints them in order and empties the window; true when one failed.</summary>
    private static bool Flush(List<ReadResult> window, Run run)
    {
        var printed = new Printed[window.Count];
        Parallel.For(0, window.Count, i => printed[i] = Extract(window[i], run));
        window.Clear();
        var failed = false;
        foreach (var p in printed)
        {
            if (p.Error is not null) { Console.Error.WriteLine(p.Error); failed = true; continue; }
            Console.Out.WriteLine(p.Json);
            if (p.Warning is not null) Console.Error.WriteLine(p.Warning); // a warning: the exit code stays
        }
        return failed;
    }

    private static Printed Extract(ReadResult read, Run run)
    {
        if (read.Error is not null) return new(null, $"sitrep extract: {read.Error}", null);
        var article = run.Reference is null ? read.Article! : read.Article! with { Published = run.Reference };
        Document document;
        try { document = run.Pipeline.Process(article); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // one article that trips a bug must not cost the others of the file
            return new(null, $"sitrep extract: {new ReadError(article.Source, $"extraction failed ({e.GetType().Name}): {e.Message}")}", null);
        }
        var json = ExtractionJson.Write(document, run.Annotations, run.Json);
        return new(json, null, UndatedArticle.Of(document) is { } undated ? UndatedWarning.For("extract", undated) : null);
    }
}
