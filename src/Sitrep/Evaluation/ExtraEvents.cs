namespace Sitrep.Evaluation;

/// <summary>
/// EVAL_FORMAT.md "Precision": over cases whose gold is one event (or none), the counted predicted
/// events beyond the matched one — every predicted event when the gold has none — per case.
/// 0 is perfect. <see cref="Worst"/> lists the cases with the most extra events, most first.
/// </summary>
public sealed record ExtraEvents(int Cases, int Extra)
{
    public const string Metric = "extra_events";

    public double? PerCase => Cases == 0 ? null : Math.Round((double)Extra / Cases, 4);

    public static int Of(CaseResult c) => c.Case.Gold is null ? c.PredictedEvents : Math.Max(0, c.PredictedEvents - 1);

    public static ExtraEvents Over(IReadOnlyList<CaseResult> cases) => new(cases.Count, cases.Sum(Of));

    public static IReadOnlyList<CaseResult> Worst(IReadOnlyList<CaseResult> cases, int count) =>
        [.. cases.Where(c => Of(c) > 0).OrderByDescending(Of).Take(count)];
}
