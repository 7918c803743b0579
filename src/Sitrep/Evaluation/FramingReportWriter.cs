using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sitrep.Evaluation;

/// <summary>
/// Writes a <see cref="FramingEvalReport"/> as tables or JSON. JSON follows EVAL_FORMAT.md
/// (<c>metrics.&lt;technique&gt;</c> with gold, predicted, matched_gold, matched_predicted, precision,
/// recall, f1, and <c>metrics.all</c>), adds the partial-overlap figures, the outlet-voice scope as
/// <c>metrics["outlet:&lt;technique&gt;"]</c> and <c>metrics.speaker</c>. Each metric also carries
/// <c>correct</c> (matched gold spans) and <c>accuracy</c> (its F1), the two numbers the dev-set
/// floors (tests/gold/floors.tsv) hold.
/// </summary>
public static class FramingReportWriter
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static string Table(FramingEvalReport report, int mistakes)
    {
        var s = new StringBuilder();
        s.AppendLine(C, $"Gold: {report.GoldPath} (framing spans)");
        s.AppendLine(C, $"Passages processed: {report.Passages.Count} in {report.Elapsed.TotalSeconds:0.00} s; {report.Errors.Count} record(s) left out");
        foreach (var e in report.Errors) s.AppendLine(C, $"  {e}");
        Scope(s, "every span (overlap match; partial = SemEval-2020 task 11 character credit)", report.All);
        Scope(s, "the outlet's own voice (spans whose speaker is the outlet)", report.Outlet);
        s.AppendLine();
        s.AppendLine(C, $"speaker accuracy: {report.SpeakerCorrect}/{report.SpeakerScored} = {report.SpeakerAccuracy:0.000} (gold spans found by a same-technique prediction)");
        if (mistakes > 0) Mistakes(s, report, mistakes);
        return s.ToString();
    }

    private static void Scope(StringBuilder s, string title, IReadOnlyList<FramingScore> scores)
    {
        s.AppendLine();
        s.AppendLine(title + ":");
        s.AppendLine(C, $"{"technique",-28} {"gold",5} {"pred",5} {"P",6} {"R",6} {"F1",6}   {"P~",6} {"R~",6} {"F1~",6}");
        foreach (var x in scores)
            s.AppendLine(C, $"{x.Technique,-28} {x.Gold,5} {x.Predicted,5} {x.Precision,6:0.000} {x.Recall,6:0.000} {x.F1,6:0.000}   {x.PartialPrecision,6:0.000} {x.PartialRecall,6:0.000} {x.PartialF1,6:0.000}");
    }

    private static void Mistakes(StringBuilder s, FramingEvalReport report, int perKind)
    {
        var missed = new List<string>();
        var extra = new List<string>();
        var speaker = new List<string>();
        foreach (var r in report.Passages)
        {
            var text = r.Passage.Text;
            foreach (var g in r.Passage.Spans)
                if (r.Predicted.FirstOrDefault(p => p.Technique == g.Technique && FramingScorer.Overlap((g.Start, g.End), (p.Start, p.End)) > 0) is { } p
                    && g.Speaker is not null && p.Speaker != g.Speaker)
                    speaker.Add($"  {r.Passage.Id}  {g.Technique}  \"{text[g.Start..g.End]}\"  gold {g.Speaker}, predicted {p.Speaker}");
            foreach (var g in r.Passage.Spans.Where(g => !r.Predicted.Any(p => p.Technique == g.Technique && FramingScorer.Overlap((g.Start, g.End), (p.Start, p.End)) > 0)))
                missed.Add($"  {r.Passage.Id}  {g.Technique} ({g.Speaker ?? "?"})  \"{text[g.Start..g.End]}\"");
            foreach (var p in r.Predicted.Where(p => !r.Passage.Spans.Any(g => p.Technique == g.Technique && FramingScorer.Overlap((g.Start, g.End), (p.Start, p.End)) > 0)))
                extra.Add($"  {r.Passage.Id}  {p.Technique} ({p.Speaker})  \"{text[p.Start..p.End]}\"  rule {p.Rule}");
        }
        s.AppendLine();
        s.AppendLine(C, $"missed gold spans ({missed.Count}, first {Math.Min(perKind, missed.Count)}):");
        foreach (var m in missed.Take(perKind)) s.AppendLine(m);
        s.AppendLine(C, $"unmatched predictions ({extra.Count}, first {Math.Min(perKind, extra.Count)}):");
        foreach (var m in extra.Take(perKind)) s.AppendLine(m);
        s.AppendLine(C, $"wrong speaker ({speaker.Count}, first {Math.Min(perKind, speaker.Count)}):");
        foreach (var m in speaker.Take(perKind)) s.AppendLine(m);
    }

    public static string Json(FramingEvalReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("gold", report.GoldPath);
            json.WriteString("format", "framing");
            json.WriteNumber("cases_processed", report.Passages.Count);
            json.WriteNumber("elapsed_seconds", Math.Round(report.Elapsed.TotalSeconds, 3));
            json.WriteStartArray("errors");
            foreach (var error in report.Errors)
            {
                json.WriteStartObject();
                json.WriteString("location", error.Location);
                json.WriteString("message", error.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartObject("metrics");
            foreach (var x in report.All) Metric(json, x.Technique, x);
            foreach (var x in report.Outlet) Metric(json, "outlet:" + x.Technique, x);
            json.WriteStartObject("speaker");
            json.WriteNumber("scored", report.SpeakerScored);
            json.WriteNumber("correct", report.SpeakerCorrect);
            json.WriteNumber("accuracy", Round(report.SpeakerAccuracy));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Metric(Utf8JsonWriter json, string name, FramingScore x)
    {
        json.WriteStartObject(name);
        json.WriteNumber("gold", x.Gold);
        json.WriteNumber("predicted", x.Predicted);
        json.WriteNumber("matched_gold", x.MatchedGold);
        json.WriteNumber("matched_predicted", x.MatchedPredicted);
        json.WriteNumber("precision", Round(x.Precision));
        json.WriteNumber("recall", Round(x.Recall));
        json.WriteNumber("f1", Round(x.F1));
        json.WriteStartObject("partial");
        json.WriteNumber("precision", Round(x.PartialPrecision));
        json.WriteNumber("recall", Round(x.PartialRecall));
        json.WriteNumber("f1", Round(x.PartialF1));
        json.WriteEndObject();
        json.WriteNumber("correct", x.MatchedGold);
        json.WriteNumber("accuracy", Round(x.F1));
        json.WriteEndObject();
    }

    private static double Round(double value) => Math.Round(value, 4);
}
