using System.CommandLine;
using Sitrep.Cli.Output;
using Sitrep.Documents;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

public static class DemoCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db")
        {
            Description = "Database file to (re)create for the demo; it is deleted first",
            DefaultValueFactory = _ => "sitrep-demo.db",
            HelpName = "PATH",
        };
        var command = new Command("demo", """
            Ingest the bundled demo corpus (articles written for this project, in samples/) into a
            fresh database and print the events found. Your own sitrep.db is not touched.
            Then try: sitrep events --db sitrep-demo.db --all   and   sitrep explain <id> --db sitrep-demo.db
            """)
        { db };
        command.SetAction(result =>
        {
            var samples = Path.Combine(AppContext.BaseDirectory, "samples");
            if (!Directory.Exists(samples))
            {
                Console.Error.WriteLine($"sitrep demo: the demo corpus is missing from {samples}");
                return ExitCodes.Error;
            }
            var path = result.GetValue(db)!;
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
                if (File.Exists(file)) File.Delete(file);
            using var store = SqliteStore.Open(path);
            var summary = IngestRunner.Run(store, CommonOptions.DataPackOf(result), [samples], SourceReader.Default());
            EventTable.Write(store.Events(new EventQuery()), EventTable.DefaultFormat, Console.Out, CommonOptions.CountryNames(result));
            IngestRunner.PrintSummary(summary, Console.Out);
            Console.Out.WriteLine($"database: {Path.GetFullPath(path)}");
            return summary.Failed ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
        });
        return command;
    }
}
