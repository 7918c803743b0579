using Sitrep.Cli.Commands;
using Sitrep.Ingest;
using Sitrep.Time;

namespace Sitrep.Tests.Foundation;

/// <summary>Articles without a publication date whose dates stay unresolved are named on standard error; nothing else changes.</summary>
public class UndatedWarningCliTests : IDisposable
{
    private const string Relative = "Last week gunmen attacked a police post in Ghazni, killing two policemen. On Tuesday a bomb killed three soldiers in Khost.";
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private SitrepProcess.Result Sitrep(params string[] args) => SitrepProcess.Run(_files.Root, args);

    private static string[] Warnings(SitrepProcess.Result result) =>
        result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains("warning:", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void Extract_warns_about_an_undated_article_where_and_how_to_fix_it_and_exits_0()
    {
        _files.Write("r.txt", Relative);
        var result = Sitrep("extract", "r.txt");
        Assert.Equal(0, result.ExitCode);
        var warning = Assert.Single(Warnings(result));
        Assert.StartsWith("sitrep extract: warning: r.txt (article a_", warning);
        Assert.Contains("no publication date, so 2 dates could not be resolved (\"Last week\" at character 0, \"Tuesday\" at character ", warning);
        Assert.Contains("--published YYYY-MM-DD", warning);
        Assert.Contains("sidecar r.json", warning);
        Assert.DoesNotContain("\"date\":{", result.Stdout); // the events themselves stay undated
    }

    [Theory]
    [InlineData("--published", "2020-03-05")]
    [InlineData("--pretty", null)] // with the sidecar below
    public void Extract_is_quiet_when_the_date_is_known(string option, string? value)
    {
        _files.Write("r.txt", Relative);
        if (value is null) _files.Write("r.json", """{"published":"2020-03-05"}""");
        var result = value is null ? Sitrep("extract", "r.txt", option) : Sitrep("extract", "r.txt", option, value);
        Assert.Equal(0, result.ExitCode);
        Assert.Empty(Warnings(result));
    }

    [Fact]
    public void Extract_is_quiet_when_every_date_resolved_without_a_publication_date()
    {
        _files.Write("r.txt", "On 7 July 2019 gunmen attacked a police post in Ghazni, killing two policemen.");
        Assert.Empty(Warnings(Sitrep("extract", "r.txt")));
    }

    [Fact]
    public void Ingest_of_jsonl_warns_only_for_the_undated_record_naming_its_line()
    {
        _files.Write("c.jsonl",
            "{\"text\":\"Gunmen attacked a police post in Zabul last week, killing three policemen.\",\"published\":\"2020-03-05\"}\n"
            + "{\"text\":\"Gunmen attacked a police post in Ghazni on Tuesday, killing two policemen.\"}\n");
        var result = Sitrep("ingest", "c.jsonl", "--db", "t.db");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("articles stored\t2", result.Stdout);
        var warning = Assert.Single(Warnings(result));
        Assert.StartsWith("sitrep ingest: warning: c.jsonl:2 (article a_", warning);
        Assert.Contains("\"published\" field of line 2 of c.jsonl", warning);
    }

    [Fact]
    public void Ingest_lists_the_first_undated_articles_and_counts_the_rest()
    {
        var undated = Enumerable.Range(1, IngestRunner.MaxUndatedWarnings + 5)
            .Select(i => new UndatedArticle($"c.jsonl:{i}", $"a_{i}", 1, [], 0, 0)).ToList();
        var error = new StringWriter();
        IngestRunner.PrintUndatedWarnings(new IngestSummary(25, 25, 0, 0, [], TimeSpan.Zero) { Undated = undated }, "ingest", error);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(IngestRunner.MaxUndatedWarnings + 1, lines.Length);
        Assert.StartsWith("sitrep ingest: warning: 5 more articles without a publication date", lines[^1]);
    }

    [Fact]
    public void Ingest_published_dates_the_articles_that_have_no_date_of_their_own()
    {
        _files.Write("in/undated.txt", Relative);
        _files.Write("in/dated.txt", "On Tuesday a bomb killed three soldiers in Khost.");
        _files.Write("in/dated.json", """{"published":"2019-07-10"}""");
        var result = Sitrep("ingest", "in", "--published", "2020-03-05", "--db", "t.db");
        Assert.Equal(0, result.ExitCode);
        Assert.Empty(Warnings(result));
        var csv = Sitrep("events", "--db", "t.db").Stdout;
        Assert.Contains(",2020-03-03,", csv); // Tuesday before 2020-03-05 (the option)
        Assert.Contains(",2019-07-09,", csv); // Tuesday before 2019-07-10 (the sidecar wins)
    }
}
