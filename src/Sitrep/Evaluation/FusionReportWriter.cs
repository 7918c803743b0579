using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sitrep.Evaluation;

/// <summary>Writes a <see cref="FusionEvalReport"/> as a table or as one JSON object (<c>metrics.&lt;name&gt;</c> = scored, correct, value).</summary>
public static class FusionReportWriter
{
    public static string Table(FusionEvalReport report, int mistakes)
    {
        var s = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        s.AppendLine(c, $"reports     {report.ReportsPath} ({report.Reports})");
        s.AppendLine(c, $"gold events {report.EventsPath} ({report.GoldEvents}; {report.Pairs} report-event pairs)");
        s.AppendLine(c, $"fused       {report.FusedEvents} ledger events in {report.Elapsed.TotalSeconds:0.0} s");
        s.AppendLine();
        s.AppendLine("metric                        scored  correct  value");
        foreach (var m in report.Metrics)
            s.AppendLine(c, $"{m.Name,-28} {m.Scored,7} {(m.Correct is { } k ? k.ToString(c) : ""),8}  {(m.Value is { } v ? v.ToString("0.0000", c) : "-")}");
        if (report.Errors.Count > 0)
        {
            s.AppendLine();
            s.AppendLine(c, $"{report.Errors.Count} record(s) left out:");
            foreach (var e in report.Errors) s.AppendLine(c, $"  {e.Location}: {e.Message}");
        }
        if (mistakes > 0)
        {
            s.AppendLine();
            s.AppendLine("gold events scored wrong (expected | fused):");
            foreach (var e in Wrong(report).Take(mistakes))
                s.AppendLine(c, $"  {e.GoldEventId} -> {e.FusedEventId ?? "(none)"}\n    expected {e.Expected}\n    fused    {e.Predicted ?? "(none)"}\n    reports  {string.Join(" ", report.PairsPlaced.Where(p => p.GoldEventId == e.GoldEventId).Select(p => $"{p.ReportId}->{p.FusedEventId ?? "none"}"))}");
        }
        return s.ToString();
    }

    public static string Json(FusionEvalReport report, int mistakes)
    {
        var metrics = new JsonObject();
        foreach (var m in report.Metrics)
            metrics[m.Name] = new JsonObject { ["scored"] = m.Scored, ["correct"] = m.Correct, ["value"] = m.Value };
        var root = new JsonObject
        {
            ["gold"] = report.ReportsPath,
            ["clusters"] = report.EventsPath,
            ["reports"] = report.Reports,
            ["gold_events"] = report.GoldEvents,
            ["pairs"] = report.Pairs,
            ["fused_events"] = report.FusedEvents,
            ["elapsed_seconds"] = Math.Round(report.Elapsed.TotalSeconds, 2),
            ["metrics"] = metrics,
            ["errors"] = new JsonArray([.. report.Errors.Select(e => (JsonNode)new JsonObject { ["location"] = e.Location, ["message"] = e.Message })]),
        };
        if (mistakes > 0)
            root["mistakes"] = new JsonArray([.. Wrong(report).Take(mistakes).Select(e => (JsonNode)new JsonObject
            {
                ["gold_event"] = e.GoldEventId,
                ["fused_event"] = e.FusedEventId,
                ["expected"] = e.Expected,
                ["fused"] = e.Predicted,
                ["reports"] = new JsonArray([.. report.PairsPlaced.Where(p => p.GoldEventId == e.GoldEventId)
                    .Select(p => (JsonNode)new JsonObject { ["report"] = p.ReportId, ["mention"] = p.MentionId, ["fused_event"] = p.FusedEventId })]),
            })]);
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static IEnumerable<FusionEventResult> Wrong(FusionEvalReport report) =>
        report.Events.Where(e => e.FusedEventId is null || e.DateExact == false || e.Admin2 == false || e.EventType == false
            || e.FatalitiesInRange == false || e.Disputed == false || e.SourcesKept < e.Pairs
            || report.PairsPlaced.Where(p => p.GoldEventId == e.GoldEventId).Select(p => p.FusedEventId).Distinct().Count() > 1
            || report.PairsPlaced.Any(p => p.FusedEventId == e.FusedEventId && p.GoldEventId != e.GoldEventId));
}
