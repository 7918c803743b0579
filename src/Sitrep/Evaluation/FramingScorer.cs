namespace Sitrep.Evaluation;

/// <summary>Scores predicted framing spans against gold spans (pure: no pipeline, no IO).</summary>
public static class FramingScorer
{
    public const string AllTechniques = "all";
    public const string OutletSpeaker = "outlet";

    public static (IReadOnlyList<FramingScore> All, IReadOnlyList<FramingScore> Outlet, int SpeakerScored, int SpeakerCorrect) Score(IReadOnlyList<FramingPassageResult> results)
    {
        var all = ScoreScope(results, outletOnly: false);
        var outlet = ScoreScope(results, outletOnly: true);
        var (scored, correct) = Speakers(results);
        return (all, outlet, scored, correct);
    }

    private static List<FramingScore> ScoreScope(IReadOnlyList<FramingPassageResult> results, bool outletOnly)
    {
        var pairs = results.Select(r => (
            Gold: r.Passage.Spans.Where(g => !outletOnly || g.Speaker is null or OutletSpeaker).Select(g => (g.Start, g.End, g.Technique)).ToList(),
            Predicted: r.Predicted.Where(p => !outletOnly || p.Speaker == OutletSpeaker).Select(p => (p.Start, p.End, p.Technique)).ToList())).ToList();
        var techniques = pairs.SelectMany(p => p.Gold.Select(g => g.Technique).Concat(p.Predicted.Select(x => x.Technique)))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var scores = techniques.Select(t => ScoreTechnique(t, pairs.Select(p => (
            p.Gold.Where(g => g.Technique == t).Select(g => (g.Start, g.End)).ToList(),
            p.Predicted.Where(x => x.Technique == t).Select(x => (x.Start, x.End)).ToList())))).ToList();
        scores.Add(new FramingScore(AllTechniques, scores.Sum(s => s.Gold), scores.Sum(s => s.Predicted), scores.Sum(s => s.MatchedGold),
            scores.Sum(s => s.MatchedPredicted), scores.Sum(s => s.GoldCredit), scores.Sum(s => s.PredictedCredit)));
        return scores;
    }

    private static FramingScore ScoreTechnique(string technique, IEnumerable<(List<(int Start, int End)> Gold, List<(int Start, int End)> Predicted)> passages)
    {
        int gold = 0, predicted = 0, matchedGold = 0, matchedPredicted = 0;
        double goldCredit = 0, predictedCredit = 0;
        foreach (var (g, p) in passages)
        {
            gold += g.Count;
            predicted += p.Count;
            matchedGold += g.Count(x => p.Any(y => Overlap(x, y) > 0));
            matchedPredicted += p.Count(y => g.Any(x => Overlap(x, y) > 0));
            goldCredit += g.Sum(x => Math.Min(1.0, p.Sum(y => (double)Overlap(x, y)) / (x.End - x.Start)));
            predictedCredit += p.Sum(y => Math.Min(1.0, g.Sum(x => (double)Overlap(x, y)) / (y.End - y.Start)));
        }
        return new FramingScore(technique, gold, predicted, matchedGold, matchedPredicted, goldCredit, predictedCredit);
    }

    /// <summary>Each gold span with a speaker, against the same-technique prediction overlapping it most.</summary>
    private static (int Scored, int Correct) Speakers(IReadOnlyList<FramingPassageResult> results)
    {
        int scored = 0, correct = 0;
        foreach (var r in results)
            foreach (var g in r.Passage.Spans.Where(s => s.Speaker is not null))
            {
                var best = r.Predicted.Where(p => p.Technique == g.Technique && Overlap((g.Start, g.End), (p.Start, p.End)) > 0)
                    .OrderByDescending(p => Overlap((g.Start, g.End), (p.Start, p.End))).ThenBy(p => p.Start).FirstOrDefault();
                if (best is null) continue;
                scored++;
                if (best.Speaker == g.Speaker) correct++;
            }
        return (scored, correct);
    }

    public static int Overlap((int Start, int End) a, (int Start, int End) b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));
}
