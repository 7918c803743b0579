using System.CommandLine;
using Sitrep.Cli.Output;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Serialization;
using Sitrep.Time;

namespace Sitrep.Cli.Commands;

public static class ExtractCommand
{
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
            var reference = result.GetValue(published);
            var pipeline = PipelineBuilder.Default(CommonOptions.DataPackOf(result));
            var failed = false;
            foreach (var read in SourceReader.Default().Read([result.GetValue(file)!]))
            {
                if (read.Error is not null)
                {
                    Console.Error.WriteLine($"sitrep extract: {read.Error}");
                    failed = true;
                    continue;
                }
                var article = reference is null ? read.Article! : read.Article! with { Published = reference };
                Document document;
                try { document = pipeline.Process(article); }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // one article that trips a bug must not cost the others of the file
                    Console.Error.WriteLine($"sitrep extract: {new ReadError(article.Source, $"extraction failed ({e.GetType().Name}): {e.Message}")}");
                    failed = true;
                    continue;
                }
                var json = ExtractionJson.From(document, result.GetValue(annotations));
                Console.Out.WriteLine(json.ToJsonString(result.GetValue(pretty) ? SitrepJson.Indented : SitrepJson.Options));
                if (UndatedArticle.Of(document) is { } undated) Console.Error.WriteLine(UndatedWarning.For("extract", undated)); // a warning: the exit code stays
            }
            return failed ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
        });
        return command;
    }
}
