using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Events;

namespace Sitrep.Evaluation;

/// <summary>Writes an <see cref="EvalReport"/> as one JSON object for machines (<c>sitrep eval --json</c>).</summary>
public static class EvalReportJsonWriter
{
    public static string Write(EvalReport report, EvalOutputOptions options)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("gold", report.GoldPath);
            json.WriteString("format", FormatId(report.Format));
            json.WriteNumber("cases_processed", report.CasesProcessed);
            json.WriteNumber("elapsed_seconds", Math.Round(report.Elapsed.TotalSeconds, 3));
            json.WriteNumber("cases_per_second", Math.Round(report.CasesPerSecond, 1));
            json.WriteStartArray("errors");
            foreach (var error in report.Errors)
            {
                json.WriteStartObject();
                json.WriteString("location", error.Location);
                json.WriteString("message", error.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            WriteMetrics(json, "metrics", report.Metrics);
            var extra = report.ExtraEvents;
            json.WriteStartObject(ExtraEvents.Metric);
            json.WriteNumber("cases", extra.Cases);
            json.WriteNumber("extra", extra.Extra);
            if (extra.PerCase is { } perCase) json.WriteNumber("per_case", perCase);
            else json.WriteNull("per_case");
            if (options.MistakesPerMetric > 0)
            {
                json.WriteStartArray("worst");
                foreach (var c in ExtraEvents.Worst(report.Cases, options.MistakesPerMetric))
                {
                    json.WriteStartObject();
                    json.WriteString("id", c.Case.Id);
                    json.WriteString("location", c.Case.Location);
                    json.WriteNumber("extra", ExtraEvents.Of(c));
                    json.WriteString("text", c.Case.Text);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
            json.WriteStartArray("unresolved");
            foreach (var name in report.Unresolved)
            {
                json.WriteStartObject();
                json.WriteString("metric", name.Metric);
                json.WriteString("name", name.Name);
                json.WriteNumber("cases", name.Cases);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (options.PerType)
                WritePerType(json, report);
            if (options.ByLabels.Count > 0)
                WriteByLabels(json, report, options.ByLabels);
            if (options.MistakesPerMetric > 0)
                WriteMistakes(json, report, options.MistakesPerMetric);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string FormatId(GoldFormat format) => format switch
    {
        GoldFormat.JsonLines => "jsonl",
        GoldFormat.AcledCsv => "acled_csv",
        GoldFormat.UcdpGedCsv => "ucdp_ged_csv",
        _ => format.ToString(),
    };

    private static void WriteMetrics(Utf8JsonWriter json, string name, IReadOnlyList<MetricSummary> metrics)
    {
        json.WriteStartObject(name);
        foreach (var metric in metrics)
        {
            json.WriteStartObject(metric.Metric);
            json.WriteNumber("scored", metric.Scored);
            json.WriteNumber("correct", metric.Correct);
            if (metric.Accuracy is { } accuracy)
                json.WriteNumber("accuracy", Math.Round(accuracy, 4));
            else
                json.WriteNull("accuracy");
            json.WriteNumber("unresolved", metric.Unresolved);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WritePerType(Utf8JsonWriter json, EvalReport report)
    {
        json.WriteStartArray("per_type");
        foreach (var type in report.PerType)
        {
            json.WriteStartObject();
            json.WriteString("event_type", type.EventType);
            json.WriteNumber("cases", type.Cases);
            WriteMetrics(json, "metrics", type.Metrics);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteByLabels(Utf8JsonWriter json, EvalReport report, IReadOnlyList<string> labels)
    {
        json.WriteStartObject("by");
        foreach (var label in labels.Distinct(StringComparer.Ordinal))
        {
            json.WriteStartArray(label);
            foreach (var group in LabelBreakdown.Over(report.Cases, label))
            {
                json.WriteStartObject();
                json.WriteString("value", group.Value);
                json.WriteNumber("cases", group.Cases);
                WriteMetrics(json, "metrics", group.Metrics);
                json.WriteStartObject(ExtraEvents.Metric);
                json.WriteNumber("cases", group.Extra.Cases);
                json.WriteNumber("extra", group.Extra.Extra);
                if (group.Extra.PerCase is { } perCase) json.WriteNumber("per_case", perCase);
                else json.WriteNull("per_case");
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void WriteMistakes(Utf8JsonWriter json, EvalReport report, int count)
    {
        json.WriteStartObject("mistakes");
        foreach (var metric in MetricNames.All)
        {
            json.WriteStartArray(metric);
            foreach (var mistake in report.Mistakes(metric, count))
            {
                var result = mistake[metric];
                json.WriteStartObject();
                json.WriteString("id", mistake.Case.Id);
                json.WriteString("location", mistake.Case.Location);
                json.WriteString("text", mistake.Case.Text);
                json.WriteString("gold", result.Gold);
                json.WriteString("predicted", result.Predicted);
                json.WriteNumber("predicted_events", mistake.PredictedEvents);
                WriteEvidence(json, result.Evidence);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter json, IReadOnlyList<Evidence> evidence)
    {
        json.WriteStartArray("evidence");
        foreach (var e in evidence)
        {
            json.WriteStartObject();
            json.WriteString("field", e.Field);
            json.WriteNumber("start", e.Span.Start);
            json.WriteNumber("end", e.Span.End);
            json.WriteString("rule", e.Rule);
            json.WriteString("text", e.Text);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
