using System.CommandLine;
using System.Text.Json;
using Sitrep.Cli.Commands;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Evaluation;

/// <summary>
/// Runs <c>sitrep eval</c> with the real default pipeline on a JSON Lines gold file and checks the
/// printed numbers against a computation that shares no code with the scorer: the gold lines are
/// parsed here with plain JSON, the pipeline is run again here, and for every case with at most
/// one candidate event each simple metric is decided here and compared with the printed mistakes.
/// No accuracy threshold is asserted. Add the dev set as another InlineData.
/// </summary>
public class EvalIndependentCheckTests
{
    private static readonly (string Metric, string[] Fields)[] Presence =
    [
        ("event_found", []), ("date_exact", ["date_start"]), ("date_within_1d", ["date_start"]),
        ("event_type", ["event_type"]), ("sub_event_type", ["sub_event_type"]), ("admin1", ["admin1"]),
        ("admin2", ["admin2"]), ("location_25km", ["latitude", "longitude"]), ("fatalities_exact", ["fatalities_best"]),
        ("fatalities_in_range", ["fatalities_low", "fatalities_high"]), ("injuries_exact", ["injuries"]),
        ("actor1", ["actor1"]), ("actor2", ["actor2"]),
    ];

    [Theory]
    [InlineData("tests/Sitrep.Tests/Evaluation/fixtures/small_gold.jsonl")]
    [InlineData("tests/gold/dev.jsonl")]
    public void PrintedScoresEqualAnIndependentComputation(string relativePath)
    {
        var path = Path.Combine(RepoPaths.Root, relativePath);
        var output = new StringWriter();
        var exit = EvalCommand.Create()
            .Parse(["--gold", path, "--json", "--mistakes", "1000000"])
            .Invoke(new InvocationConfiguration { Output = output, Error = new StringWriter() });
        using var report = JsonDocument.Parse(output.ToString());
        Assert.Equal(report.RootElement.GetProperty("errors").GetArrayLength() == 0 ? 0 : EvalCommand.SomeRecordsLeftOut, exit);
        var metrics = report.RootElement.GetProperty("metrics");
        var mistakes = report.RootElement.GetProperty("mistakes");

        var cases = ReadIndependently(path);
        Assert.Equal(cases.Count, report.RootElement.GetProperty("cases_processed").GetInt32());
        var scoredCases = cases.Where(c => c.Gold is not null).ToList();

        // Cases whose gold has the field(s) are scored, unless a gold name is not in the gazetteer or actor dictionary.
        foreach (var (metric, fields) in Presence)
        {
            var expected = scoredCases.Count(c => fields.All(f => Has(c.Gold!.Value, f)));
            var scored = metrics.GetProperty(metric).GetProperty("scored").GetInt32();
            Assert.True(expected == scored + metrics.GetProperty(metric).GetProperty("unresolved").GetInt32(), $"{metric}: scored + unresolved");
            var wrong = mistakes.GetProperty(metric).GetArrayLength();
            Assert.True(scored - wrong == metrics.GetProperty(metric).GetProperty("correct").GetInt32(), $"{metric}: correct + mistakes");
        }

        var pipeline = PipelineBuilder.Default();
        foreach (var c in scoredCases)
        {
            var events = pipeline.Process(Article.Create(c.Text, "check", published: c.ReferenceDate), c.ReferenceDate)
                .Events.Where(e => e.Modality is Modality.Asserted or Modality.Reported).ToList();
            AssertWrongIff(mistakes, "event_found", c.Id, events.Count == 0);
            if (events.Count > 1)
                continue; // the best-match choice among several is tested with hand-built events elsewhere
            var e = events.SingleOrDefault();
            var g = c.Gold!.Value;
            if (Has(g, "date_start"))
            {
                var gold = DateOnly.Parse(g.GetProperty("date_start").GetString()!);
                var days = e?.Date is { } d ? Math.Abs(d.Start.DayNumber - gold.DayNumber) : int.MaxValue;
                AssertWrongIff(mistakes, "date_exact", c.Id, days != 0);
                AssertWrongIff(mistakes, "date_within_1d", c.Id, days > 1);
            }
            if (Has(g, "event_type"))
                AssertWrongIff(mistakes, "event_type", c.Id, !SameText(g, "event_type", e?.EventType));
            if (Has(g, "sub_event_type"))
                AssertWrongIff(mistakes, "sub_event_type", c.Id, !SameText(g, "sub_event_type", e?.SubEventType));
            long? killed = e is null ? null : e.Fatalities?.Best ?? 0;
            if (Has(g, "fatalities_best"))
                AssertWrongIff(mistakes, "fatalities_exact", c.Id, killed != g.GetProperty("fatalities_best").GetInt64());
            if (Has(g, "fatalities_low") && Has(g, "fatalities_high"))
                AssertWrongIff(mistakes, "fatalities_in_range", c.Id,
                    !(killed >= g.GetProperty("fatalities_low").GetInt64() && killed <= g.GetProperty("fatalities_high").GetInt64()));
            if (Has(g, "injuries"))
                AssertWrongIff(mistakes, "injuries_exact", c.Id, (e is null ? null : e.Injuries?.Best ?? 0) != g.GetProperty("injuries").GetInt64());
        }
    }

    private sealed record RawCase(string Id, string Text, DateOnly? ReferenceDate, JsonElement? Gold);

    private static List<RawCase> ReadIndependently(string path)
    {
        var cases = new List<RawCase>();
        foreach (var line in File.ReadLines(path).Where(l => l.Trim().Length > 0))
        {
            JsonDocument json;
            try { json = JsonDocument.Parse(line); }
            catch (JsonException) { continue; }
            var root = json.RootElement;
            var gold = root.TryGetProperty("gold", out var g) && g.ValueKind == JsonValueKind.Object ? g : (JsonElement?)null;
            var reference = root.TryGetProperty("reference_date", out var r) && r.ValueKind == JsonValueKind.String
                ? DateOnly.Parse(r.GetString()!) : (DateOnly?)null;
            cases.Add(new RawCase(root.GetProperty("id").GetString()!, root.GetProperty("text").GetString()!, reference, gold));
        }
        return cases;
    }

    private static bool Has(JsonElement gold, string field) =>
        gold.TryGetProperty(field, out var v) && v.ValueKind != JsonValueKind.Null
        && !(v.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(v.GetString()));

    private static bool SameText(JsonElement gold, string field, string? predicted) =>
        predicted is not null && string.Equals(gold.GetProperty(field).GetString()!.Trim(), predicted.Trim(), StringComparison.OrdinalIgnoreCase);

    private static void AssertWrongIff(JsonElement mistakes, string metric, string id, bool wrong)
    {
        var listed = mistakes.GetProperty(metric).EnumerateArray().Any(m => m.GetProperty("id").GetString() == id);
        Assert.True(listed == wrong, $"{metric} on {id}: independently {(wrong ? "wrong" : "correct")}, report says {(listed ? "wrong" : "correct")}");
    }
}
