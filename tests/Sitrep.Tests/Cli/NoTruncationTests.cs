using System.Text;
using Sitrep.Cli.Commands;
using Sitrep.Tests.Foundation;

namespace Sitrep.Tests.Cli;

/// <summary>An export never drops rows silently; a table says how many more there are.</summary>
public class NoTruncationTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private SitrepProcess.Result Sitrep(params string[] args) => SitrepProcess.Run(_files.Root, args);

    private static int DataLines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;

    [Fact]
    public void Csv_and_json_exports_have_every_row_when_there_are_more_than_a_table_shows()
    {
        // one long bulletin of many short incidents, more than the table shows
        var provinces = new[] { "Ghazni", "Zabul", "Khost", "Paktia", "Logar", "Wardak", "Kunar", "Laghman", "Baghlan", "Faryab" };
        var text = new StringBuilder();
        for (var i = 0; i < EventsCommand.TableLimit + 60; i++)
            text.Append($"In {provinces[i % provinces.Length]}, gunmen attacked checkpoint number {i + 1} and killed {i % 7 + 2} policemen. ");
        _files.Write("bulletin.txt", text.ToString());
        _files.Write("bulletin.json", """{"published":"2020-06-18"}""");
        var ingest = Sitrep("ingest", "bulletin.txt", "--db", "t.db");
        Assert.Equal(0, ingest.ExitCode);
        var mentions = int.Parse(ingest.Stdout.Split('\n').Single(l => l.StartsWith("event mentions\t", StringComparison.Ordinal)).Split('\t')[1]);
        Assert.True(mentions > EventsCommand.TableLimit, $"only {mentions} mentions");

        var csv = Sitrep("events", "--db", "t.db", "--all", "--format", "csv");
        Assert.Equal(mentions, DataLines(csv.Stdout) - 1);
        Assert.Equal("", csv.Stderr);
        Assert.Equal(mentions, DataLines(Sitrep("events", "--db", "t.db", "--all", "--format", "json").Stdout));

        var table = Sitrep("events", "--db", "t.db", "--all", "--format", "table");
        Assert.Contains($"{EventsCommand.TableLimit} rows of {mentions} (event mentions, counted or not); {mentions - EventsCommand.TableLimit} more not shown", table.Stdout);
    }

    [Fact]
    public void A_limit_that_cuts_rows_says_so_in_the_table_and_beside_an_export()
    {
        _files.Write("a.txt", "Gunmen attacked a police post in Ghazni, killing two policemen. A roadside bomb killed three soldiers in Khost. Taliban fighters stormed a checkpoint in Zabul, killing four policemen.");
        _files.Write("a.json", """{"published":"2020-06-18"}""");
        Assert.Equal(0, Sitrep("ingest", "a.txt", "--db", "t.db").ExitCode);
        var total = DataLines(Sitrep("events", "--db", "t.db", "--all", "--format", "json").Stdout);
        Assert.True(total >= 3, $"only {total} mentions");

        var table = Sitrep("events", "--db", "t.db", "--all", "--format", "table", "--limit", "1");
        Assert.Contains($"1 row of {total} (event mentions, counted or not); {total - 1} more not shown", table.Stdout);

        var csv = Sitrep("events", "--db", "t.db", "--all", "--format", "csv", "--limit", "1");
        Assert.Equal(2, DataLines(csv.Stdout));
        Assert.Contains($"1 of {total} rows written (--limit 1); {total - 1} more not written", csv.Stderr);
    }
}
