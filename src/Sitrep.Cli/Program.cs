using System.CommandLine;
using Sitrep.Cli.Commands;
using Sitrep.Evaluation;

namespace Sitrep.Cli;

public static class Program
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("""
            Sitrep turns conflict reporting into verifiable event data: who did what to whom,
            where, when, with how many killed or wounded, each value traced to its words.
            Start with: sitrep demo
            """);
        root.Options.Add(CommonOptions.Db);
        root.Options.Add(CommonOptions.Data);
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(WatchCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(EventsCommand.Create());
        root.Subcommands.Add(ExplainCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(EvalCommand.Create(r => Evaluator.CreateDefault(CommonOptions.DataPackOf(r))));
        root.Subcommands.Add(AboutCommand.Create());
        root.Subcommands.Add(LedgerCommand.Create());
        return root;
    }

    public static int Main(string[] args)
    {
        try
        {
            Output.PipedWidth.Apply();
            return CreateRoot().Parse(args).Invoke();
        }
        catch (Exception e) when (e is Sitrep.Storage.StoreException or IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            Console.Error.WriteLine($"sitrep: {e.Message}");
            return ExitCodes.Error;
        }
    }
}
