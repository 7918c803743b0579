using Sitrep.Evaluation;
using Sitrep.Tests.Evaluation;

namespace Sitrep.Tests.Ledger;

/// <summary>
/// The frozen dev fusion set (tests/gold/fusion/) scored end to end: ingest, fuse, score. Its
/// figures when the ledger was tuned are floors; a change that lowers one fails here.
/// </summary>
public class FusionGoldFloorTests
{
    private static readonly Lazy<FusionEvalReport> Dev = new(() => FusionEvaluator.CreateDefault().Evaluate(FusionGold.Read(
        Path.Combine(RepoPaths.Root, "tests", "gold", "fusion", "dev_reports.jsonl"),
        Path.Combine(RepoPaths.Root, "tests", "gold", "fusion", "dev_events.jsonl"))));

    [Theory]
    [InlineData("bcubed_precision", 0.99)]
    [InlineData("bcubed_recall", 0.88)]
    [InlineData("bcubed_f1", 0.93)]
    [InlineData("events_found", 1.0)]
    [InlineData("fused_date_exact", 0.97)]
    [InlineData("fused_admin2", 0.97)]
    [InlineData("fused_event_type", 0.95)]
    [InlineData("fused_fatalities_in_range", 0.93)]
    [InlineData("fused_fatalities_best_exact", 0.84)]
    [InlineData("disputed_flag", 0.88)]
    [InlineData("sources_kept", 0.96)]
    public void Dev_set_metric_stays_at_or_above_its_floor(string metric, double floor)
    {
        var value = Dev.Value[metric].Value;
        Assert.True(value >= floor, $"{metric} = {value} fell below its floor {floor}");
    }

    [Fact]
    public void Dev_set_is_read_whole_and_extra_events_stay_bounded()
    {
        Assert.Empty(Dev.Value.Errors);
        Assert.Equal((125, 44), (Dev.Value.Reports, Dev.Value.GoldEvents));
        Assert.True(Dev.Value["extra_fused_events"].Value <= 0.55, $"extra_fused_events = {Dev.Value["extra_fused_events"].Value}");
    }
}
