using System.CommandLine;
using System.Text.Json;
using Sitrep.Cli.Commands;
using Sitrep.Evaluation;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Evaluation;

public class EvalCommandTests
{
    private static (int Exit, string Output, string Error) Run(Command command, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = command.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private static Command WithScriptedExtractor()
    {
        var set = HandScoredCases.Read();
        return EvalCommand.Create(_ => HandScoredCases.Evaluator(set));
    }

    [Fact]
    public void JsonReportEqualsTheHandComputation()
    {
        var (exit, output, error) = Run(WithScriptedExtractor(), "--gold", HandScoredCases.Path, "--json");

        Assert.Equal(EvalCommand.SomeRecordsLeftOut, exit); // line 7 of the fixture is malformed
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        JsonAssert.MetricsEqual(root.GetProperty("metrics"), HandScoredCases.Expected);
        Assert.Equal(6, root.GetProperty("cases_processed").GetInt32());
        Assert.True(root.GetProperty("cases_per_second").GetDouble() > 0);
        var readError = Assert.Single(root.GetProperty("errors").EnumerateArray());
        Assert.EndsWith("small_gold.jsonl:7", readError.GetProperty("location").GetString());
        Assert.Contains("1 record(s) left out", error);
        Assert.False(root.TryGetProperty("per_type", out _));
        Assert.False(root.TryGetProperty("mistakes", out _));
    }

    [Fact]
    public void JsonReportHasPerTypeMetricsAndMistakesWhenAsked()
    {
        var (exit, output, _) = Run(WithScriptedExtractor(), "--gold", HandScoredCases.Path, "--json", "--per-type", "--mistakes", "1");

        Assert.Equal(EvalCommand.SomeRecordsLeftOut, exit); // line 7 of the fixture is malformed
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        var battles = root.GetProperty("per_type").EnumerateArray().Single(t => t.GetProperty("event_type").GetString() == "Battles");
        Assert.Equal(2, battles.GetProperty("cases").GetInt32());
        var found = battles.GetProperty("metrics").GetProperty("event_found");
        Assert.Equal((2, 1), (found.GetProperty("scored").GetInt32(), found.GetProperty("correct").GetInt32()));

        var mistakes = root.GetProperty("mistakes");
        var date = Assert.Single(mistakes.GetProperty("date_exact").EnumerateArray());
        Assert.Equal(("B", "2020-06-10", "2020-06-11"),
            (date.GetProperty("id").GetString(), date.GetProperty("gold").GetString(), date.GetProperty("predicted").GetString()));
        Assert.StartsWith("On 10 June 2020, an IED", date.GetProperty("text").GetString());
        var notFound = Assert.Single(mistakes.GetProperty("event_found").EnumerateArray());
        Assert.Equal("D", notFound.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, notFound.GetProperty("predicted").ValueKind);
        var fatalities = Assert.Single(mistakes.GetProperty("fatalities_exact").EnumerateArray());
        var evidence = Assert.Single(fatalities.GetProperty("evidence").EnumerateArray());
        Assert.Equal(("B", "test.count"), (fatalities.GetProperty("id").GetString(), evidence.GetProperty("rule").GetString()));
        Assert.Empty(mistakes.GetProperty("actor1").EnumerateArray());
    }

    [Fact]
    public void ByLabelGroupsCasesWithoutTheLabelUnderNone()
    {
        // The fixture's cases carry no style, so every scored case falls in one "(none)" group equal to the whole.
        var (_, output, _) = Run(WithScriptedExtractor(), "--gold", HandScoredCases.Path, "--json", "--by", "style");

        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        var group = Assert.Single(root.GetProperty("by").GetProperty("style").EnumerateArray());
        Assert.Equal("(none)", group.GetProperty("value").GetString());
        Assert.Equal(root.GetProperty("cases_processed").GetInt32(), group.GetProperty("cases").GetInt32());
        JsonAssert.MetricsEqual(group.GetProperty("metrics"), HandScoredCases.Expected);
    }

    [Fact]
    public void ByALabelNoCaseHasWarnsOnStandardError()
    {
        var (_, output, error) = Run(WithScriptedExtractor(), "--gold", HandScoredCases.Path, "--json", "--by", "styel");

        Assert.Contains("no case has the label \"styel\" (labels in this set: none)", error);
        using var json = JsonDocument.Parse(output); // the report itself stays whole on stdout
        Assert.Equal("(none)", Assert.Single(json.RootElement.GetProperty("by").GetProperty("styel").EnumerateArray()).GetProperty("value").GetString());
    }

    [Fact]
    public void TableShowsMetricsAndMistakes()
    {
        var (exit, output, _) = Run(WithScriptedExtractor(), "--gold", HandScoredCases.Path, "--mistakes", "2", "--per-type");

        Assert.Equal(EvalCommand.SomeRecordsLeftOut, exit); // line 7 of the fixture is malformed
        Assert.Contains("Cases processed: 6 in", output);
        Assert.Contains("cases/s", output);
        Assert.Contains("Mistakes: date_exact (2 of 4 shown)", output);
        Assert.Contains("[B] ", output);
        Assert.Contains("    predicted: 2020-06-11", output);
        Assert.Contains("    event:     Explosions/Remote violence \"attack\" [0..6], 1 of 1 predicted", output);
        Assert.Contains("    predicted: (no event predicted)", output);
        Assert.Contains("Event type: Battles (2 case(s))", output);
        Assert.Contains("small_gold.jsonl:7: not valid JSON", output);
    }

    [Fact]
    public void DefaultPipelineScoresEveryCaseOfTheFixture()
    {
        var (exit, output, _) = Run(EvalCommand.Create(), "--gold", HandScoredCases.Path, "--json");

        Assert.Equal(EvalCommand.SomeRecordsLeftOut, exit); // line 7 of the fixture is malformed
        using var json = JsonDocument.Parse(output);
        var metrics = json.RootElement.GetProperty("metrics");
        Assert.Equal(6, json.RootElement.GetProperty("cases_processed").GetInt32());

        // Gold field present, counted by hand; "Traders (Afghanistan)" is not in the actor dictionary, so one actor2 is unresolved.
        var scored = new Dictionary<string, int>
        {
            ["event_found"] = 5,
            ["date_exact"] = 5,
            ["date_within_1d"] = 5,
            ["event_type"] = 5,
            ["sub_event_type"] = 3,
            ["admin1"] = 4,
            ["admin2"] = 2,
            ["location_25km"] = 3,
            ["fatalities_exact"] = 5,
            ["fatalities_in_range"] = 4,
            ["injuries_exact"] = 2,
            ["actor1"] = 2,
            ["actor2"] = 3,
        };
        foreach (var (metric, count) in scored)
        {
            var m = metrics.GetProperty(metric);
            var unresolved = metric == "actor2" ? 1 : 0;
            Assert.Equal((count - unresolved, unresolved), (m.GetProperty("scored").GetInt32(), m.GetProperty("unresolved").GetInt32()));
            Assert.InRange(m.GetProperty("correct").GetInt32(), 0, count);
        }

        // event_found computed independently: run the same pipeline and count texts with an asserted or reported event.
        var pipeline = PipelineBuilder.Default();
        var withEvent = HandScoredCases.Read().Cases
            .Where(c => c.Gold is not null)
            .Count(c => pipeline.Process(Documents.Article.Create(c.Text, "test", published: c.ReferenceDate), c.ReferenceDate)
                .Events.Any(e => e.Counts));
        Assert.Equal(withEvent, metrics.GetProperty("event_found").GetProperty("correct").GetInt32());
    }

    [Fact]
    public void AFileInNoKnownFormatIsRefusedWithWhatWasExpected()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-eval-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "title,body\nhello,world\n");
        try
        {
            var (exit, output, error) = Run(EvalCommand.Create(), "--gold", path);
            Assert.Equal(EvalCommand.UnreadableGold, exit);
            Assert.Equal("", output);
            Assert.Contains("expected JSON Lines", error);
            Assert.Contains("title, body", error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AFileWithoutBadRecordsExitsWithZero()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-eval-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(path, File.ReadLines(HandScoredCases.Path).Take(6));
        try
        {
            var (exit, output, error) = Run(WithScriptedExtractor(), "--gold", path);
            Assert.Equal(0, exit);
            Assert.Equal("", error);
            Assert.Contains("0 record(s) left out", output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AMissingGoldFileIsReported()
    {
        var (exit, _, error) = Run(EvalCommand.Create(), "--gold", "/nonexistent/gold.jsonl");
        Assert.Equal(EvalCommand.UnreadableGold, exit);
        Assert.Contains("gold file not found", error);
    }

    [Fact]
    public void GoldIsRequiredAndMistakesCannotBeNegative()
    {
        Assert.NotEqual(0, Run(EvalCommand.Create()).Exit);
        Assert.NotEqual(0, Run(EvalCommand.Create(), "--gold", HandScoredCases.Path, "--mistakes", "-1").Exit);
    }
}
