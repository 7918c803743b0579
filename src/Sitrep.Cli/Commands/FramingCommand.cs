using System.CommandLine;
using Sitrep.Framing;
using Sitrep.Ledger;
using Sitrep.Serialization;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep framing ARTICLE_ID</c>: one stored article with its framing cues highlighted, and its one-sidedness profile.</summary>
public static class FramingCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("ARTICLE_ID") { Description = "An article id (a_...) as `sitrep explain` shows it; a unique prefix is enough" };
        var format = new Option<string>("--format")
        {
            Description = "text (default: the article with its cues highlighted on a terminal, marked «like this»{technique} when piped or NO_COLOR is set) or json",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("framing", """
            Show how a stored article frames the war: every propaganda technique found (loaded
            language, name-calling, exaggeration or minimisation, flag-waving, appeal to fear,
            doubt, slogans, calls to violence), each with its words, its rule and whose voice it is
            (the outlet's own, or a speaker it quotes or reports); then whose dead it counts, the
            words it uses for them, the sides it quotes and its share of framed sentences.
            Example: sitrep framing a_071acd01 --db sitrep-demo.db
                     sitrep framing a_071acd01 --format json | jq '.cues[] | select(.speaker == "outlet")'
            """)
        { id, format };
        command.SetAction(result =>
        {
            var path = CommonOptions.DbPath(result);
            using var store = Stores.Open(path, StoreOpenMode.Existing);
            var matches = StoredArticleIndex.List(path, idPrefix: result.GetValue(id)!);
            if (matches.Count != 1)
            {
                Console.Error.WriteLine(matches.Count == 0
                    ? $"sitrep framing: no English article with id (or unique id prefix) \"{result.GetValue(id)}\" in {path}"
                    : $"sitrep framing: \"{result.GetValue(id)}\" is the start of {matches.Count} article ids ({string.Join(", ", matches.Take(3).Select(m => m.Id))}{(matches.Count > 3 ? ", ..." : "")}); give more of it");
                return ExitCodes.Error;
            }
            var data = CommonOptions.DataPackOf(result);
            var article = store.Article(matches[0].Id)!;
            var sources = SourceRegistry.Load(data);
            var view = ArticleFramingView.Read(article, StoredFraming.CreateDefault(data), sources);
            if (result.GetValue(format) == "json")
            {
                Console.Out.WriteLine(SitrepJson.Serialize(view));
                return ExitCodes.Ok;
            }
            var outlet = sources.Find(article.Outlet, article.Url);
            var color = !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
            if (color) Output.PipedWidth.Console.Markup(FramingText.Markup(article, outlet, view.Cues, view.Profile));
            else Console.Out.Write(FramingText.Plain(article, outlet, view.Cues, view.Profile));
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static string Stance(Outlet outlet) => ArticleFramingView.Stance(outlet);
}
