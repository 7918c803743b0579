using System.Text.Json;
using Sitrep.Evaluation;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Evaluation;

public class EvaluatorTests
{
    [Fact]
    public void MetricsEqualTheHandComputation()
    {
        var set = HandScoredCases.Read();
        var report = HandScoredCases.Evaluator(set).Evaluate(set);

        Assert.Equal(6, report.CasesProcessed);
        foreach (var (metric, expected) in HandScoredCases.Expected)
        {
            var m = report[metric];
            Assert.True((expected.Scored, expected.Correct, expected.Unresolved) == (m.Scored, m.Correct, m.Unresolved),
                $"{metric}: expected {expected}, got ({m.Scored}, {m.Correct}, {m.Unresolved})");
        }
        Assert.Equal(MetricNames.All, report.Metrics.Select(m => m.Metric));
    }

    [Fact]
    public void MalformedLineIsReportedAndTheRestIsScored()
    {
        var set = HandScoredCases.Read();
        var report = HandScoredCases.Evaluator(set).Evaluate(set);

        var error = Assert.Single(report.Errors);
        Assert.Equal(HandScoredCases.Path + ":7", error.Location);
        Assert.Equal(["A", "B", "C", "D", "E", "F"], report.Cases.Select(c => c.Case.Id));
    }

    [Fact]
    public void EachCaseIsExtractedWithItsReferenceDate()
    {
        var set = HandScoredCases.Read();
        var annotator = HandScoredCases.Annotator(set);
        HandScoredCases.Evaluator(set, annotator).Evaluate(set);

        foreach (var c in set.Cases)
            Assert.Equal(c.ReferenceDate, annotator.ReferenceDates[c.Text]);
        Assert.Equal(new DateOnly(2020, 5, 4), set.Cases[0].ReferenceDate);
    }

    [Fact]
    public void ParallelRunGivesTheSameResultsInTheSameOrderAsASequentialOne()
    {
        var set = HandScoredCases.Read();
        var sequential = HandScoredCases.Evaluator(set, parallelism: 1).Evaluate(set);
        var parallel = HandScoredCases.Evaluator(set, parallelism: 4).Evaluate(set);

        Assert.Equal(sequential.Metrics, parallel.Metrics);
        Assert.Equal(sequential.PerType.Select(t => (t.EventType, t.Cases)), parallel.PerType.Select(t => (t.EventType, t.Cases)));
        Assert.Equal(
            sequential.Cases.Select(c => (c.Case.Id, c.Chosen?.Id)),
            parallel.Cases.Select(c => (c.Case.Id, c.Chosen?.Id)));
    }

    [Fact]
    public void PerTypeBreakdownGroupsByGoldEventType()
    {
        var set = HandScoredCases.Read();
        var report = HandScoredCases.Evaluator(set).Evaluate(set);

        // E has no gold event and belongs to no type.
        Assert.Equal(
            [("Battles", 2), ("Explosions/Remote violence", 1), ("Protests", 1), ("Violence against civilians", 1)],
            report.PerType.Select(t => (t.EventType, t.Cases)));
        var battles = report.PerType[0].Metrics.Single(m => m.Metric == MetricNames.EventFound);
        Assert.Equal((2, 1), (battles.Scored, battles.Correct));
        var battleFatalities = report.PerType[0].Metrics.Single(m => m.Metric == MetricNames.FatalitiesExact);
        Assert.Equal((2, 1), (battleFatalities.Scored, battleFatalities.Correct));
    }

    [Fact]
    public void UnresolvedGoldNamesAreListed()
    {
        var set = HandScoredCases.Read();
        var report = HandScoredCases.Evaluator(set).Evaluate(set);

        Assert.Equal(
            [("admin1", "Nimroz", 1), ("admin2", "Zaranj", 1), ("actor2", "Traders (Afghanistan)", 1)],
            report.Unresolved.Select(u => (u.Metric, u.Name, u.Cases)));
    }

    [Fact]
    public void AnExtractionFailureIsLocatedAndTheOtherCasesAreScored()
    {
        var set = HandScoredCases.Read();
        var failing = new FailingAnnotator(set.Cases[1].Text);
        var pipeline = new PipelineBuilder().Use(HandScoredCases.Annotator(set)).Use(failing).Build();
        var report = new Evaluator(pipeline, new FakePlaceResolver(), new FakeActorResolver()).Evaluate(set);

        Assert.Equal(5, report.CasesProcessed);
        Assert.Contains(report.Errors, e => e.Location == set.Cases[1].Location && e.Message.Contains("extraction failed"));
        Assert.Equal((4, 2), (report[MetricNames.EventFound].Scored, report[MetricNames.EventFound].Correct));
    }

    [Fact]
    public void PrintedJsonNumbersEqualTheHandComputation()
    {
        var set = HandScoredCases.Read();
        var report = HandScoredCases.Evaluator(set).Evaluate(set);
        using var json = JsonDocument.Parse(EvalReportJsonWriter.Write(report, new EvalOutputOptions()));

        JsonAssert.MetricsEqual(json.RootElement.GetProperty("metrics"), HandScoredCases.Expected);
        Assert.Equal(6, json.RootElement.GetProperty("cases_processed").GetInt32());
        Assert.Equal("jsonl", json.RootElement.GetProperty("format").GetString());
    }

    [Fact]
    public void TableListsEveryMetricWithItsCounts()
    {
        var set = HandScoredCases.Read();
        var report = HandScoredCases.Evaluator(set).Evaluate(set);
        var table = EvalReportTableWriter.Write(report, new EvalOutputOptions());

        Assert.Contains("Cases processed: 6 in", table);
        foreach (var (metric, (scored, correct, unresolved)) in HandScoredCases.Expected)
        {
            var row = table.Split('\n').Single(l => l.StartsWith(metric + " ", StringComparison.Ordinal));
            var cells = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal([metric, $"{scored}", $"{correct}", $"{100.0 * correct / scored:0.0}%", $"{unresolved}"], cells);
        }
    }

    private sealed class FailingAnnotator(string text) : IAnnotator
    {
        public string Name => "failing";

        public void Annotate(Document document)
        {
            if (document.Text == text)
                throw new InvalidOperationException("boom");
        }
    }
}
