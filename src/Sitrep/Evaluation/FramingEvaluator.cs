using System.Diagnostics;
using Sitrep.Documents;
using Sitrep.Framing;
using Sitrep.Pipeline;

namespace Sitrep.Evaluation;

/// <summary>
/// Runs the pipeline on every framing gold passage and scores its framing cues against the gold
/// spans (<see cref="FramingScorer"/>). Passages run in parallel; results keep the file's order.
/// </summary>
public sealed class FramingEvaluator(SitrepPipeline pipeline)
{
    public static FramingEvaluator CreateDefault(DataPack? data = null) => new(PipelineBuilder.Default(data ?? DataPack.Default));

    public FramingEvalReport Evaluate(FramingGold gold)
    {
        var stopwatch = Stopwatch.StartNew();
        var results = gold.Passages.AsParallel().AsOrdered()
            .Select(p => new FramingPassageResult(p, Predict(p)))
            .ToList();
        var (all, outlet, scored, correct) = FramingScorer.Score(results);
        return new FramingEvalReport(gold.Path, all, outlet, scored, correct, results, gold.Errors, stopwatch.Elapsed);
    }

    private List<FramingPrediction> Predict(FramingPassage passage)
    {
        var document = pipeline.Process(Article.Create(passage.Text, passage.Id));
        return [.. document.Framing.Select(c => new FramingPrediction(c.Span.Start, c.Span.End, c.Technique, c.Speaker, c.Rule))];
    }
}
