using System.CommandLine;
using Sitrep.Documents;
using Sitrep.Storage;
using Sitrep.Web;

namespace Sitrep.Cli.Commands;

/// <summary>
/// `sitrep watch FEED...`: polls feeds on an interval and ingests only items not seen before
/// (remembered in the database, so a restarted watch does not re-read old items).
/// </summary>
public static class WatchCommand
{
    public static Command Create()
    {
        var feeds = new Argument<string[]>("FEED") { Description = "Feed URLs or files (RSS 2.0, RSS 1.0, Atom)", Arity = ArgumentArity.OneOrMore };
        var interval = new Option<double>("--interval")
        {
            Description = "Seconds between polls",
            DefaultValueFactory = _ => 900,
            HelpName = "SECONDS",
        };
        var once = new Option<bool>("--once") { Description = "Poll once and exit" };
        var maxPolls = new Option<int?>("--max-polls") { Description = "Stop after this many polls (default: until interrupted)", HelpName = "N" };
        var command = new Command("watch", """
            Poll feeds and ingest their new items, until interrupted (Ctrl+C) or --max-polls.
            Items already seen are skipped without fetching anything for them.
            Example: sitrep watch https://example.org/feed.xml --interval 600 --fetch-full
            """)
        { feeds, interval, once, maxPolls, IngestCommand.MaxBytes };
        WebOptions.AddTo(command);

        command.SetAction((result, cancel) =>
        {
            using var store = Stores.Open(CommonOptions.DbPath(result));
            var limits = new ReaderLimits { MaxArticleBytes = result.GetValue(IngestCommand.MaxBytes) };
            using var fetcher = new WebFetcher(WebOptions.From(result, limits.MaxArticleBytes));
            var polls = result.GetValue(once) ? 1 : result.GetValue(maxPolls) ?? int.MaxValue;
            var wait = TimeSpan.FromSeconds(Math.Max(0, result.GetValue(interval)));
            var failed = false;
            for (var poll = 1; poll <= polls && !cancel.IsCancellationRequested; poll++)
            {
                var seen = store.FeedItemKeys();
                var fresh = new List<(string Feed, string Key)>();
                bool IsNew(string feed, string key)
                {
                    lock (fresh)
                    {
                        if (!seen.Add(feed + "\n" + key)) return false;
                        fresh.Add((feed, key));
                        return true;
                    }
                }
                var reader = SourceReader.Default(limits, fetcher, result.GetValue(WebOptions.FetchFull), IsNew);
                var summary = IngestRunner.Run(store, CommonOptions.DataPackOf(result), result.GetValue(feeds)!, reader);
                store.MarkFeedItems(fresh, DateTimeOffset.UtcNow);
                Console.Out.WriteLine($"poll {poll}: {fresh.Count} new items, {summary.ArticlesStored} articles stored, {summary.Errors.Count} errors");
                IngestRunner.PrintSummary(summary, Console.Out, asTable: !Console.IsOutputRedirected);
                IngestRunner.PrintErrors(summary, "watch", Console.Error);
                failed |= summary.Failed;
                if (poll < polls) WaitOrCancel(wait, cancel);
            }
            return Task.FromResult(failed ? ExitCodes.SomeInputsFailed : ExitCodes.Ok);
        });
        return command;
    }

    private static void WaitOrCancel(TimeSpan wait, CancellationToken cancel)
    {
        try
        {
            Task.Delay(wait, cancel).Wait(cancel);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C between polls ends the watch after the poll that finished.
        }
    }
}
