namespace Sitrep.Evaluation;

/// <summary>The metrics over the cases of one gold event type.</summary>
public sealed record TypeBreakdown(string EventType, int Cases, IReadOnlyList<MetricSummary> Metrics)
{
    public const string NoType = "(no gold event type)";

    public static IReadOnlyList<TypeBreakdown> Over(IReadOnlyList<CaseResult> cases) =>
    [
        .. cases
            .Where(c => c.Case.Gold is not null)
            .GroupBy(c => c.Case.Gold!.EventType ?? NoType)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TypeBreakdown(g.Key, g.Count(), MetricSummary.Over(g.ToList()))),
    ];
}
