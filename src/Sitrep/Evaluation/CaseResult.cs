using Sitrep.Events;

namespace Sitrep.Evaluation;

/// <summary>How one gold case was scored: the predicted event chosen to compare with it (null when none) and each metric.</summary>
public sealed record CaseResult(
    GoldCase Case,
    EventMention? Chosen,
    int PredictedEvents,
    IReadOnlyList<MetricResult> Metrics)
{
    public MetricResult this[string metric] =>
        Metrics.FirstOrDefault(m => m.Metric == metric) ?? MetricResult.NotScored(metric);
}
