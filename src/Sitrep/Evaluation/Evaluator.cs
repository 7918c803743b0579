using Sitrep.Actors;
using Sitrep.Geo;
using System.Diagnostics;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;

namespace Sitrep.Evaluation;

/// <summary>
/// Runs the extraction pipeline on every gold case (its text, with its reference date as the
/// publication date) and scores the result. Cases run in parallel on all cores; results keep
/// the order of the gold file, so reports are deterministic apart from the timing.
/// </summary>
public sealed class Evaluator(SitrepPipeline pipeline, IPlaceResolver places, IActorResolver actors)
{
    private readonly CaseScorer _scorer = new(places, actors);

    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// The standard pipeline, comparing places through the gazetteer and actors through the
    /// actor dictionary of the same data pack.
    /// </summary>
    public static Evaluator CreateDefault(DataPack? data = null)
    {
        data ??= DataPack.Default;
        return new(PipelineBuilder.Default(data), new GazetteerPlaceResolver(Gazetteer.Load(data), () => Gazetteer.LoadWorld(data)), new DictionaryActorResolver(ActorDictionary.Load(data)));
    }

    public EvalReport Evaluate(GoldSet gold)
    {
        var stopwatch = Stopwatch.StartNew();
        var outcomes = gold.Cases
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, MaxDegreeOfParallelism))
            .Select(ScoreOne)
            .ToList();
        stopwatch.Stop();

        var results = outcomes.Where(o => o.Result is not null).Select(o => o.Result!).ToList();
        var errors = gold.Errors.Concat(outcomes.Where(o => o.Error is not null).Select(o => o.Error!)).ToList();
        return new EvalReport(
            gold.Path,
            gold.Format,
            results.Count,
            stopwatch.Elapsed,
            errors,
            MetricSummary.Over(results),
            TypeBreakdown.Over(results),
            UnresolvedName.Over(results),
            results);
    }

    /// <summary>Extracts and scores one case; a failure is reported at the case's line instead of ending the run.</summary>
    private (CaseResult? Result, GoldReadError? Error) ScoreOne(GoldCase goldCase)
    {
        try
        {
            return (_scorer.Score(goldCase, Extract(goldCase)), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (null, new GoldReadError(goldCase.Location, $"case {goldCase.Id}: extraction failed: {e.GetType().Name}: {e.Message}"));
        }
    }

    private IReadOnlyList<EventMention> Extract(GoldCase goldCase)
    {
        var article = Article.Create(goldCase.Text, goldCase.Location, published: goldCase.ReferenceDate);
        return pipeline.Process(article, goldCase.ReferenceDate).Events;
    }
}
