using System.CommandLine;
using System.Text.Json;
using Sitrep.Cli.Commands;
using Sitrep.Evaluation;
using Sitrep.Tests.Foundation;

namespace Sitrep.Tests.Ledger;

public class EvalClustersCommandTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var command = EvalCommand.Create(_ => Evaluator.CreateDefault(), _ => FusionEvaluator.CreateDefault());
        var exit = command.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    // Written for this test: two reports of one Kunduz clash, a report of a Ghazni bomb, and a
    // line naming an event the events file does not define.
    private const string Reports = """
        {"id": "r1", "outlet": "Afghan Wire Service", "published": "2020-06-03", "text": "Taliban fighters attacked police checkpoints in Imam Sahib district of Kunduz province on Tuesday, killing five policemen, a provincial spokesman said.", "events": ["E1"]}
        {"id": "r2", "outlet": "Kabul Morning Dispatch", "published": "2020-06-03", "text": "Five policemen were killed when Taliban fighters stormed checkpoints in Imam Sahib district of Kunduz on Tuesday, officials said.", "events": ["E1"]}
        {"id": "r3", "outlet": "Afghan Wire Service", "published": "2020-06-09", "text": "A roadside bomb struck a minibus in Andar district of Ghazni province on Monday, killing six civilians, police said.", "events": ["E2"]}
        {"id": "r4", "outlet": "Afghan Wire Service", "published": "2020-06-09", "text": "Nothing happened.", "events": ["E9"]}
        """;

    private const string Events = """
        {"id": "E1", "date_start": "2020-06-02", "event_type": "Battles", "admin1": "Kunduz", "admin2": "Imam Sahib", "fatalities_low": 5, "fatalities_best": 5, "fatalities_high": 5, "disputed": false}
        {"id": "E2", "date_start": "2020-06-08", "event_type": "Explosions/Remote violence", "admin1": "Ghazni", "admin2": "Andar", "fatalities_low": 6, "fatalities_best": 6, "fatalities_high": 6, "disputed": false}
        """;

    [Fact]
    public void Clusters_report_scores_fusion_and_names_bad_lines()
    {
        var reports = _files.Write("reports.jsonl", Reports);
        var events = _files.Write("events.jsonl", Events);
        var (exit, output, error) = Run("--gold", reports, "--clusters", events, "--json");

        Assert.Equal(EvalCommand.SomeRecordsLeftOut, exit);
        using var json = JsonDocument.Parse(output);
        var metrics = json.RootElement.GetProperty("metrics");
        double Value(string name) => metrics.GetProperty(name).GetProperty("value").GetDouble();
        Assert.Equal(1.0, Value("bcubed_f1"));
        Assert.Equal(1.0, Value("events_found"));
        Assert.Equal(1.0, Value("fused_fatalities_best_exact"));
        Assert.Equal(1.0, Value("sources_kept"));
        Assert.Equal(2, json.RootElement.GetProperty("fused_events").GetInt32());
        var bad = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.EndsWith("reports.jsonl:4", bad.GetProperty("location").GetString());
        Assert.Contains("E9", bad.GetProperty("message").GetString());
        Assert.Contains("left out", error);
    }

    [Fact]
    public void A_missing_events_file_is_refused_with_exit_code_2()
    {
        var reports = _files.Write("reports.jsonl", Reports);
        var (exit, _, error) = Run("--gold", reports, "--clusters", _files.PathOf("nope.jsonl"));
        Assert.Equal(EvalCommand.UnreadableGold, exit);
        Assert.Contains("nope.jsonl", error);
    }
}
