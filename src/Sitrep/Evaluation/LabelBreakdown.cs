namespace Sitrep.Evaluation;

/// <summary>
/// The metrics and extra events over the cases that share one value of a case label (a JSON Lines
/// case's extra top-level field such as "style" or "country"), so a set mixing input styles or
/// countries shows where it fails.
/// </summary>
public sealed record LabelBreakdown(string Label, string Value, int Cases, IReadOnlyList<MetricSummary> Metrics, ExtraEvents Extra)
{
    public const string NoValue = "(none)";

    /// <summary>One breakdown per value of <paramref name="label"/>, ordered by value; cases without it are grouped under <see cref="NoValue"/>.</summary>
    public static IReadOnlyList<LabelBreakdown> Over(IReadOnlyList<CaseResult> cases, string label) =>
    [
        .. cases
            .GroupBy(c => c.Case.Labels.TryGetValue(label, out var value) ? value : NoValue)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var list = g.ToList();
                return new LabelBreakdown(label, g.Key, list.Count, MetricSummary.Over(list), ExtraEvents.Over(list));
            }),
    ];
}
