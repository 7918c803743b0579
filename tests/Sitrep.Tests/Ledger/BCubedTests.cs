using Sitrep.Evaluation;

namespace Sitrep.Tests.Ledger;

public class BCubedTests
{
    private static FusionPair P(string report, string gold, string? fused) => new(report, "a-" + report, gold, fused is null ? null : "m-" + report, fused);

    [Fact]
    public void Perfect_placement_scores_one()
    {
        var (p, r) = FusionEvaluator.BCubed([P("r1", "E1", "F1"), P("r2", "E1", "F1"), P("r3", "E2", "F2")]);
        Assert.Equal((1.0, 1.0), (p, r));
    }

    [Fact]
    public void A_merge_of_two_gold_events_costs_precision_and_a_split_costs_recall()
    {
        // E1 = {r1, r2}, E2 = {r3}; all three in F1: precision (2/3 + 2/3 + 1/3) / 3, recall 1
        var (p, r) = FusionEvaluator.BCubed([P("r1", "E1", "F1"), P("r2", "E1", "F1"), P("r3", "E2", "F1")]);
        Assert.Equal(5.0 / 9, p, 6);
        Assert.Equal(1.0, r);
        // E1 split over F1 and an unplaced pair: precision 1, recall (1/2 + 1/2) / 2
        (p, r) = FusionEvaluator.BCubed([P("r1", "E1", "F1"), P("r2", "E1", null)]);
        Assert.Equal((1.0, 0.5), (p, r));
    }
}
