namespace Sitrep.Evaluation;

/// <summary>
/// The result of scoring a gold file: every metric with the number of cases it was scored on,
/// the per-type breakdown, the per-case results (for listing mistakes) and the records that
/// could not be read or processed.
/// </summary>
public sealed record EvalReport(
    string GoldPath,
    GoldFormat Format,
    int CasesProcessed,
    TimeSpan Elapsed,
    IReadOnlyList<GoldReadError> Errors,
    IReadOnlyList<MetricSummary> Metrics,
    IReadOnlyList<TypeBreakdown> PerType,
    IReadOnlyList<UnresolvedName> Unresolved,
    IReadOnlyList<CaseResult> Cases)
{
    public double CasesPerSecond => Elapsed.TotalSeconds > 0 ? CasesProcessed / Elapsed.TotalSeconds : 0;

    public MetricSummary this[string metric] => Metrics.First(m => m.Metric == metric);

    /// <summary>Counted predicted events the gold does not have, per case (EVAL_FORMAT.md "Precision").</summary>
    public ExtraEvents ExtraEvents => ExtraEvents.Over(Cases);

    /// <summary>The first <paramref name="count"/> cases, in file order, that <paramref name="metric"/> scored wrong.</summary>
    public IReadOnlyList<CaseResult> Mistakes(string metric, int count) =>
        [.. Cases.Where(c => c[metric].Outcome == MetricOutcome.Wrong).Take(count)];
}
