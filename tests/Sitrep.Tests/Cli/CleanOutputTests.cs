using System.Text.Json;
using Sitrep.Tests.Foundation;

namespace Sitrep.Tests.Cli;

/// <summary>Standard output carries data only when it is data; mentions, counted events and rows are named apart.</summary>
[Collection(DemoCollection.Name)]
public class CleanOutputTests(DemoRun demo)
{
    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Piped_demo_prints_only_csv_on_standard_output()
    {
        Assert.Equal(0, demo.Result.ExitCode);
        var lines = Lines(demo.Result.Stdout);
        Assert.StartsWith("event_id,event_date,", lines[0]);
        Assert.All(lines.Skip(1), line => Assert.StartsWith("le_", line)); // ledger events
        Assert.Contains("articles read\t27", demo.Result.Stderr);
        Assert.Contains("database\t", demo.Result.Stderr);
    }

    [Fact]
    public void Demo_names_mentions_counted_mentions_ledger_events_and_listed_rows_apart_and_they_add_up()
    {
        var stderr = Lines(demo.Result.Stderr);
        int Count(string name) => int.Parse(stderr.Single(l => l.StartsWith(name + "\t", StringComparison.Ordinal)).Split('\t')[1]);
        var mentions = Count("event mentions");
        var counted = Count("counted mentions");
        var events = Count("ledger events");
        Assert.Equal(Lines(demo.Result.Stdout).Length - 1, events); // one row per ledger event

        var all = Lines(demo.Sitrep("events", "--db", demo.Db, "--all", "--kind", "all", "--format", "json").Stdout);
        Assert.Equal(mentions, all.Length); // every mention is a row with --all
        var countedRows = all.Select(l => JsonDocument.Parse(l).RootElement)
            .Count(row => row.GetProperty("counts").GetBoolean() && (!row.TryGetProperty("copyOf", out var copy) || copy.ValueKind == JsonValueKind.Null));
        Assert.Equal(countedRows, counted);
        Assert.Equal(counted, Lines(demo.Sitrep("events", "--db", demo.Db, "--mentions", "--kind", "all", "--format", "json").Stdout).Length);
        Assert.Equal(events, Lines(demo.Sitrep("events", "--db", demo.Db, "--kind", "all", "--format", "json").Stdout).Length);
        Assert.True(mentions > counted);
        Assert.True(counted > events); // reports of one event are fused
    }
}

/// <summary>Located errors and warnings of ingest go to standard error; the summary to standard output.</summary>
public class IngestStreamsTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Ingest_errors_go_to_standard_error_and_the_summary_to_standard_output()
    {
        _files.Write("in/good.txt", "Insurgents attacked a convoy in Zabul, killing three soldiers.");
        _files.WriteBytes("in/broken.txt", [0x41, 0x42, 0x43, 0xC3, 0x28, 0x44]);
        var result = SitrepProcess.Run(_files.Root, "ingest", "in", "--db", "t.db");
        Assert.Equal(1, result.ExitCode);
        Assert.All(Lines(result.Stdout), line => Assert.DoesNotContain("broken.txt", line));
        Assert.Contains("errors\t1", result.Stdout);
        var error = Assert.Single(Lines(result.Stderr));
        Assert.StartsWith($"sitrep ingest: error: {Path.Combine("in", "broken.txt")}: invalid UTF-8", error);
    }

    [Fact]
    public void A_broken_sidecar_is_a_warning_on_standard_error_and_its_article_is_stored()
    {
        _files.Write("in/report.txt", "Insurgents attacked a convoy in Zabul, killing three soldiers.");
        _files.Write("in/report.json", "{\"published\": \"2020-06-18\",");
        var result = SitrepProcess.Run(_files.Root, "ingest", "in", "--db", "t.db");
        Assert.Equal(0, result.ExitCode); // a warning costs nothing
        Assert.Contains("articles stored\t1", result.Stdout);
        var warning = Assert.Single(Lines(result.Stderr), l => l.Contains("warning", StringComparison.Ordinal));
        Assert.StartsWith("sitrep ingest: warning: ", warning);
        Assert.Contains("report.json", warning);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
