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
        // analysis: trends, window comparisons, the situation report (docs/analysis.md)
        root.Subcommands.Add(TrendCommand.Create());
        root.Subcommands.Add(CompareCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        // reference datasets and exports (docs/reference-and-export.md)
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(CoverageCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(FramingCommand.Create());
        root.Subcommands.Add(OutletsCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        return root;
    }

    public static int Main(string[] args) => Run(args, Console.Error);

    /// <summary>
    /// Parses and runs a command line. Bad arguments are listed (with the closest option names)
    /// and exit 2, as "nothing done"; a database that cannot be opened or written, a missing
    /// file or folder, end as one line naming the file and exit 2, never as a stack trace.
    /// </summary>
    public static int Run(string[] args, TextWriter error)
    {
        var parse = CreateRoot().Parse(args);
        var configuration = new InvocationConfiguration { EnableDefaultExceptionHandler = false, Error = error };
        if (parse.Errors.Count > 0)
        {
            // the errors and "did you mean" suggestions, without a page of help burying them
            if (parse.Action is System.CommandLine.Invocation.ParseErrorAction action) action.ShowHelp = false;
            parse.Invoke(new InvocationConfiguration { Output = error, Error = error }); // standard output stays for data
            var command = string.Join(' ', parse.CommandResult.Command.Name == parse.RootCommandResult.Command.Name ? ["sitrep"] : new[] { "sitrep", parse.CommandResult.Command.Name });
            error.WriteLine($"sitrep: nothing done; see {command} --help");
            return ExitCodes.Error;
        }
        try
        {
            return parse.Invoke(configuration);
        }
        catch (Exception e) when (CliError.Describe(e, CommonOptions.DbPath(parse, parse.CommandResult.Command.Name == "demo" ? DemoCommand.DefaultDb : CommonOptions.DefaultDb)) is { } message)
        {
            error.WriteLine($"sitrep: {message}");
            return ExitCodes.Error;
        }
    }
}
