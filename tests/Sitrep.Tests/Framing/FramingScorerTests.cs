using System.Text.Json;
using Sitrep.Cli.Commands;
using Sitrep.Evaluation;
using Sitrep.Tests.Evaluation;

namespace Sitrep.Tests.Framing;

public class FramingScorerTests
{
    private static FramingPassageResult Passage(FramingGoldSpan[] gold, params FramingPrediction[] predicted) =>
        new(new FramingPassage("p", new string('x', 100), null, gold), predicted);

    private static FramingScore Score(IReadOnlyList<FramingScore> scores, string technique) => scores.Single(s => s.Technique == technique);

    [Fact]
    public void Overlap_matches_and_partial_credit_are_counted_as_the_shared_tasks_do()
    {
        // gold [10,20) half covered by [15,25); gold [40,50) missed; prediction [60,70) false
        var result = Passage(
            [new(10, 20, "Doubt", "outlet"), new(40, 50, "Doubt", "outlet")],
            new FramingPrediction(15, 25, "Doubt", "outlet", "r"), new FramingPrediction(60, 70, "Doubt", "outlet", "r"));
        var (all, _, _, _) = FramingScorer.Score([result]);
        var doubt = Score(all, "Doubt");
        Assert.Equal((2, 2, 1, 1), (doubt.Gold, doubt.Predicted, doubt.MatchedGold, doubt.MatchedPredicted));
        Assert.Equal(0.5, doubt.Precision, 6);
        Assert.Equal(0.5, doubt.Recall, 6);
        Assert.Equal(0.25, doubt.PartialPrecision, 6); // (5/10 + 0) / 2
        Assert.Equal(0.25, doubt.PartialRecall, 6);    // (5/10 + 0) / 2
    }

    [Fact]
    public void A_prediction_of_another_technique_does_not_match()
    {
        var (all, _, _, _) = FramingScorer.Score([Passage([new(0, 10, "Doubt", "outlet")], new FramingPrediction(0, 10, "Slogans", "outlet", "r"))]);
        Assert.Equal(0, Score(all, "Doubt").MatchedGold);
        Assert.Equal(0, Score(all, "Slogans").MatchedPredicted);
        Assert.Equal(0, Score(all, FramingScorer.AllTechniques).F1);
    }

    [Fact]
    public void The_outlet_scope_leaves_out_quoted_spans_on_both_sides_and_speaker_accuracy_counts_found_spans()
    {
        var result = Passage(
            [new(0, 10, "Loaded_Language", "quoted"), new(20, 30, "Loaded_Language", "outlet")],
            new FramingPrediction(0, 10, "Loaded_Language", "quoted", "r"), new FramingPrediction(20, 30, "Loaded_Language", "quoted", "r"));
        var (all, outlet, scored, correct) = FramingScorer.Score([result]);
        Assert.Equal(1.0, Score(all, "Loaded_Language").F1);
        var own = Score(outlet, "Loaded_Language");
        Assert.Equal((1, 0), (own.Gold, own.Predicted));
        Assert.Equal((2, 1), (scored, correct));
    }

    [Fact]
    public void A_bad_gold_line_is_located_and_the_lines_beside_it_are_kept()
    {
        var text = """
            {"id": "a", "text": "The puppets fled.", "spans": [{"start": 4, "end": 11, "technique": "Name_Calling,Labeling"}]}
            {"id": "b", "text": "Short.", "spans": [{"start": 3, "end": 40, "technique": "Doubt"}]}
            not json
            {"id": "c", "text": "Calm day.", "spans": []}
            """;
        var gold = FramingGold.Read("g.jsonl", new StringReader(text));
        Assert.Equal(["a", "c"], gold.Passages.Select(p => p.Id));
        Assert.Equal(["g.jsonl:2", "g.jsonl:3"], gold.Errors.Select(e => e.Location));
        Assert.Contains("not inside the text", gold.Errors[0].Message);
    }

    [Fact]
    public void Eval_tells_the_framing_format_by_its_spans_key_and_writes_the_documented_json()
    {
        var path = Path.Combine(Path.GetTempPath(), $"framing-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, """
            {"id": "a", "text": "The puppet regime in Kabul fled north.", "spans": [{"start": 4, "end": 17, "technique": "Name_Calling,Labeling", "speaker": "outlet"}]}
            {"id": "b", "text": "Police said two soldiers were killed in Ghazni.", "spans": []}
            """);
        try
        {
            var output = new StringWriter();
            var exit = EvalCommand.Create().Parse(["--gold", path, "--json"])
                .Invoke(new System.CommandLine.InvocationConfiguration { Output = output, Error = new StringWriter() });
            Assert.Equal(0, exit);
            using var json = JsonDocument.Parse(output.ToString());
            Assert.Equal("framing", json.RootElement.GetProperty("format").GetString());
            var nc = json.RootElement.GetProperty("metrics").GetProperty("Name_Calling,Labeling");
            Assert.Equal((1, 1, 1, 1), (nc.GetProperty("gold").GetInt32(), nc.GetProperty("predicted").GetInt32(),
                nc.GetProperty("matched_gold").GetInt32(), nc.GetProperty("matched_predicted").GetInt32()));
            Assert.Equal(1.0, nc.GetProperty("f1").GetDouble());
            Assert.Equal(1.0, json.RootElement.GetProperty("metrics").GetProperty("speaker").GetProperty("accuracy").GetDouble());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
