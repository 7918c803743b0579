namespace Sitrep.Evaluation;

/// <summary>A metric over a set of cases: how many were scored, how many were right, how many gold names could not be resolved.</summary>
public sealed record MetricSummary(string Metric, int Scored, int Correct, int Unresolved)
{
    /// <summary>Correct / scored; null when no case was scored.</summary>
    public double? Accuracy => Scored == 0 ? null : (double)Correct / Scored;

    public static IReadOnlyList<MetricSummary> Over(IEnumerable<CaseResult> cases)
    {
        var list = cases as IReadOnlyCollection<CaseResult> ?? [.. cases];
        return
        [
            .. MetricNames.All.Select(metric =>
            {
                var outcomes = list.Select(c => c[metric].Outcome).ToList();
                return new MetricSummary(
                    metric,
                    outcomes.Count(o => o is MetricOutcome.Correct or MetricOutcome.Wrong),
                    outcomes.Count(o => o == MetricOutcome.Correct),
                    outcomes.Count(o => o == MetricOutcome.Unresolved));
            }),
        ];
    }
}
