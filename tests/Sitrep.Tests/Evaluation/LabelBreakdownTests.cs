using Sitrep.Evaluation;

namespace Sitrep.Tests.Evaluation;

public class LabelBreakdownTests
{
    [Fact]
    public void ReaderKeepsExtraTopLevelStringsAsLabels()
    {
        var c = JsonLinesGoldReader.ParseLine(
            """{"id": "x1", "style": "headline", "country": " Mali ", "n": 3, "text": "Blast kills 4", "reference_date": "2020-01-02", "gold": {"country": "Niger"}}""",
            "f:1");

        Assert.Equal("headline", c.Labels["style"]);
        Assert.Equal("Mali", c.Labels["country"]); // cleaned like gold strings, and the top-level value, not gold.country
        Assert.False(c.Labels.ContainsKey("n")); // numbers are not labels
        Assert.False(c.Labels.ContainsKey("text"));
        Assert.False(c.Labels.ContainsKey("id"));
    }

    [Fact]
    public void GroupsCasesByLabelWithTheirOwnMetricsAndExtraEvents()
    {
        CaseResult Case(string id, string? style, bool found, int predicted)
        {
            var labels = style is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["style"] = style };
            var gold = new GoldCase(id, "t", null, ReferenceDateKind.Published, new GoldEvent(), "f:1") { Labels = labels };
            var outcome = found ? MetricOutcome.Correct : MetricOutcome.Wrong;
            return new CaseResult(gold, null, predicted, [new MetricResult(MetricNames.EventFound, outcome, null, null, [])]);
        }

        var groups = LabelBreakdown.Over(
            [Case("a", "wire", true, 1), Case("b", "headline", false, 0), Case("c", "wire", false, 3), Case("d", null, true, 2)],
            "style");

        Assert.Equal(["(none)", "headline", "wire"], groups.Select(g => g.Value));
        var wire = groups[2];
        Assert.Equal(2, wire.Cases);
        var found = wire.Metrics.Single(m => m.Metric == MetricNames.EventFound);
        Assert.Equal((2, 1), (found.Scored, found.Correct));
        Assert.Equal(2, wire.Extra.Extra); // case c: 3 predicted for one gold event
        Assert.Equal(1, groups[0].Extra.Extra);
        Assert.Equal(0, groups[1].Extra.Extra);
    }
}
