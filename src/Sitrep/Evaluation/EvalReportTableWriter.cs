using System.Globalization;
using System.Text;

namespace Sitrep.Evaluation;

/// <summary>Writes an <see cref="EvalReport"/> as plain-text tables for a person at a terminal.</summary>
public static class EvalReportTableWriter
{
    public static string Write(EvalReport report, EvalOutputOptions options)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"Gold: {report.GoldPath} ({report.Format.Describe()})"));
        text.AppendLine(Invariant(
            $"Cases processed: {report.CasesProcessed} in {report.Elapsed.TotalSeconds:0.00} s ({report.CasesPerSecond:0.0} cases/s); {report.Errors.Count} record(s) left out"));
        text.AppendLine();
        AppendTable(text, report.Metrics, "");
        var extra = report.ExtraEvents;
        text.AppendLine(Invariant($"{ExtraEvents.Metric,-20} {extra.Cases,7} {extra.Extra,8} {(extra.PerCase is { } e ? e.ToString("0.000", CultureInfo.InvariantCulture) : "-"),9}   (extra counted events per case; 0 is perfect)"));
        if (options.MistakesPerMetric > 0)
            foreach (var c in ExtraEvents.Worst(report.Cases, options.MistakesPerMetric))
                text.AppendLine(Invariant($"  {ExtraEvents.Of(c)} extra  {c.Case.Id}  {c.Case.Location}  {c.Case.Text.ReplaceLineEndings(" ")}"));

        if (report.Unresolved.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Gold names not resolved (not scored):");
            foreach (var name in report.Unresolved)
                text.AppendLine(Invariant($"  {name.Metric,-16} {name.Name} ({name.Cases} case(s))"));
        }
        if (report.Errors.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Records left out:");
            foreach (var error in report.Errors)
                text.AppendLine($"  {error}");
        }
        if (options.PerType)
            foreach (var type in report.PerType)
            {
                text.AppendLine();
                text.AppendLine(Invariant($"Event type: {type.EventType} ({type.Cases} case(s))"));
                AppendTable(text, type.Metrics, "  ");
            }
        foreach (var label in options.ByLabels.Distinct(StringComparer.Ordinal))
            foreach (var group in LabelBreakdown.Over(report.Cases, label))
            {
                text.AppendLine();
                text.AppendLine(Invariant($"{label}: {group.Value} ({group.Cases} case(s))"));
                AppendTable(text, group.Metrics, "  ");
                text.AppendLine(Invariant($"  {ExtraEvents.Metric,-20} {group.Extra.Cases,7} {group.Extra.Extra,8} {(group.Extra.PerCase is { } perCase ? perCase.ToString("0.000", CultureInfo.InvariantCulture) : "-"),9}"));
            }
        if (options.MistakesPerMetric > 0)
            AppendMistakes(text, report, options.MistakesPerMetric);
        return text.ToString();
    }

    private static void AppendTable(StringBuilder text, IReadOnlyList<MetricSummary> metrics, string indent)
    {
        text.AppendLine(Invariant($"{indent}{"metric",-20} {"scored",7} {"correct",8} {"accuracy",9} {"unresolved",11}"));
        foreach (var m in metrics)
        {
            var accuracy = m.Accuracy is { } a ? Invariant($"{a * 100:0.0}%") : "-";
            text.AppendLine(Invariant($"{indent}{m.Metric,-20} {m.Scored,7} {m.Correct,8} {accuracy,9} {m.Unresolved,11}"));
        }
    }

    private static void AppendMistakes(StringBuilder text, EvalReport report, int count)
    {
        foreach (var metric in MetricNames.All)
        {
            var wrong = report[metric].Scored - report[metric].Correct;
            var mistakes = report.Mistakes(metric, count);
            text.AppendLine();
            text.AppendLine(Invariant($"Mistakes: {metric} ({mistakes.Count} of {wrong} shown)"));
            foreach (var mistake in mistakes)
            {
                var result = mistake[metric];
                text.AppendLine($"  [{mistake.Case.Id}] {mistake.Case.Location}");
                text.AppendLine($"    text:      {mistake.Case.Text}");
                text.AppendLine($"    gold:      {result.Gold}");
                if (mistake.Chosen is not { } chosen)
                {
                    text.AppendLine("    predicted: (no event predicted)");
                    continue;
                }
                text.AppendLine($"    predicted: {result.Predicted ?? "(none)"}");
                text.AppendLine(Invariant(
                    $"    event:     {chosen.EventType} \"{chosen.TriggerText}\" [{chosen.Trigger}], 1 of {mistake.PredictedEvents} predicted"));
                if (result.Evidence.Count == 0)
                    text.AppendLine("    evidence:  (none given)");
                foreach (var e in result.Evidence)
                    text.AppendLine(Invariant($"    evidence:  {e.Field} [{e.Span}] rule {e.Rule}: \"{e.Text}\""));
            }
        }
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
