using System.Text.Json;

namespace Sitrep.Tests.Foundation;

public class CliTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private SitrepProcess.Result Sitrep(params string[] args) => SitrepProcess.Run(_files.Root, args);

    [Fact]
    public void Extract_prints_one_json_object_with_article_and_events()
    {
        _files.Write("r.txt", "Gunmen attacked a police post in Ghazni on Tuesday. Two policemen were killed.");
        _files.Write("r.json", """{"outlet":"Example Wire","published":"2019-07-10"}""");
        var result = Sitrep("extract", "r.txt");
        Assert.Equal(0, result.ExitCode);
        var line = Assert.Single(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        Assert.Equal("Example Wire", json.RootElement.GetProperty("article").GetProperty("outlet").GetString());
        Assert.Equal("2019-07-10", json.RootElement.GetProperty("article").GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("events").ValueKind);
        Assert.False(json.RootElement.TryGetProperty("annotations", out _));
    }

    [Fact]
    public void Extract_with_annotations_lists_sentences_with_spans_and_text()
    {
        _files.Write("r.txt", "Clashes erupted in Kunduz. Police said nothing.");
        var result = Sitrep("extract", "r.txt", "--annotations", "--published", "2020-09-01");
        using var json = JsonDocument.Parse(result.Stdout);
        var sentences = json.RootElement.GetProperty("annotations").GetProperty("sentence");
        Assert.Equal(2, sentences.GetArrayLength());
        Assert.Equal("Police said nothing.", sentences[1].GetProperty("text").GetString());
        Assert.Equal(27, sentences[1].GetProperty("span").GetProperty("start").GetInt32());
        Assert.Equal("2020-09-01", json.RootElement.GetProperty("article").GetProperty("referenceDate").GetString());
    }

    [Fact]
    public void Extract_on_jsonl_prints_one_line_per_article_and_reports_bad_lines()
    {
        _files.Write("c.jsonl", "{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n{oops\n{\"text\":\"Three.\"}\n");
        var result = Sitrep("extract", "c.jsonl");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(3, result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("c.jsonl:3", result.Stderr);
    }

    [Fact]
    public void Extract_prints_articles_in_input_order_though_it_extracts_them_in_parallel()
    {
        // more articles than one parallel window, with a bad line in the middle and lengths that
        // vary, so that a worker finishing early would show as a line out of place
        var lines = Enumerable.Range(1, 70).Select(i => i == 37 ? "{oops"
            : $"{{\"text\":\"Gunmen killed {i} people in Ghazni on Tuesday.{string.Concat(Enumerable.Repeat(" Police said more.", i % 7 * 20))}\",\"url\":\"https://example.org/{i}\",\"published\":\"2020-06-15\"}}");
        _files.Write("many.jsonl", string.Join('\n', lines) + "\n");

        var result = Sitrep("extract", "many.jsonl");

        Assert.Equal(1, result.ExitCode);
        var printed = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(69, printed.Length);
        var urls = printed.Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("article").GetProperty("url").GetString()).ToList();
        Assert.Equal(Enumerable.Range(1, 70).Where(i => i != 37).Select(i => $"https://example.org/{i}"), urls);
        Assert.Contains("many.jsonl:37", result.Stderr);
    }

    [Fact]
    public void Extract_reads_standard_input()
    {
        var result = SitrepProcess.RunWithInput(_files.Root, "Heavy fighting in Faryab.", "extract", "-");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"source\":\"-\"", result.Stdout);
    }

    [Theory]
    [InlineData("extract", "r.txt", "--published", "last tuesday")]
    [InlineData("events", "--from", "July")]
    [InlineData("events", "--limit", "0")]
    [InlineData("explain", "e_does_not_exist")]
    public void Bad_arguments_fail_with_a_message_and_exit_code_2(params string[] args)
    {
        _files.Write("r.txt", "Text.");
        var result = Sitrep(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("sitrep", result.Stderr);
    }

    [Fact]
    public void Ingest_reports_bad_inputs_stores_the_rest_and_exits_1()
    {
        _files.Write("in/good.txt", "Insurgents attacked a convoy in Zabul.");
        _files.WriteBytes("in/bad.txt", [0xFF, 0xFE, 0x00, 0x41]);
        var result = Sitrep("ingest", "in", "missing.txt", "--db", "t.db");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("articles stored\t1", result.Stdout);
        Assert.Contains("errors\t2", result.Stdout);
        Assert.Contains($"sitrep ingest: error: {Path.Combine("in", "bad.txt")}: binary data", result.Stderr);
        Assert.Contains("sitrep ingest: error: missing.txt: no such file or folder", result.Stderr);

        var again = Sitrep("ingest", "in/good.txt", "--db", "t.db");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("already stored\t1", again.Stdout);
    }

    [Fact]
    public void Events_output_pipes_as_csv_with_acled_columns_or_as_json_lines()
    {
        Sitrep("ingest", "--db", "t.db", _files.Write("a.txt", "Nothing happened."));
        var csv = Sitrep("events", "--db", "t.db");
        Assert.Equal(0, csv.ExitCode);
        Assert.StartsWith("event_id,event_date,time_precision,event_type,sub_event_type,plover,actor1,actor2,country,admin1,admin2,location,latitude,longitude", csv.Stdout);
        var json = Sitrep("events", "--db", "t.db", "--format", "json");
        Assert.Equal(0, json.ExitCode);
    }

    [Fact]
    public void Events_csv_carries_the_country_name_and_admin_units_like_an_acled_export()
    {
        _files.Write("a.txt", "Taliban fighters attacked a police checkpoint in Andar district of Ghazni province on Tuesday, killing four policemen.");
        _files.Write("a.json", """{"published":"2020-06-18"}""");
        Assert.Equal(0, Sitrep("ingest", "a.txt", "--db", "t.db").ExitCode);
        var csv = Sitrep("events", "--db", "t.db").Stdout;
        Assert.Contains(",Battles,Armed clash,,Taliban,Police Forces of Afghanistan (2014-2021),Afghanistan,Ghazni,Andar,", csv);
        Assert.Contains("2020-06-16,1,", csv);
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("extract")]
    [InlineData("events")]
    [InlineData("explain")]
    [InlineData("demo")]
    public void Every_command_help_teaches_with_an_example(string command)
    {
        var result = Sitrep(command, "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("sitrep", result.Stdout);
        Assert.Contains("--db", result.Stdout);
    }
}
