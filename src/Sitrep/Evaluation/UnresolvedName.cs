namespace Sitrep.Evaluation;

/// <summary>A gold name the resolvers do not know, for one metric, and in how many cases it occurred.</summary>
public sealed record UnresolvedName(string Metric, string Name, int Cases)
{
    public static IReadOnlyList<UnresolvedName> Over(IReadOnlyList<CaseResult> cases) =>
    [
        .. cases
            .SelectMany(c => c.Metrics)
            .Where(m => m.Outcome == MetricOutcome.Unresolved && m.Gold is not null)
            .GroupBy(m => (m.Metric, Name: m.Gold!))
            .Select(g => new UnresolvedName(g.Key.Metric, g.Key.Name, g.Count()))
            .OrderBy(u => MetricNames.All.ToList().IndexOf(u.Metric))
            .ThenBy(u => u.Name, StringComparer.Ordinal),
    ];
}
