using Sitrep.Events;

namespace Sitrep.Evaluation;

/// <summary>
/// One metric on one case: the gold and predicted values as shown to a person, and the evidence
/// the extractor gave for the predicted value, so a mistake can be understood.
/// </summary>
public sealed record MetricResult(
    string Metric,
    MetricOutcome Outcome,
    string? Gold,
    string? Predicted,
    IReadOnlyList<Evidence> Evidence)
{
    public static MetricResult NotScored(string metric) => new(metric, MetricOutcome.NotScored, null, null, []);
}
