using MathNet.Numerics.Distributions;

namespace Sitrep.Analysis;

/// <summary>
/// The rate ratio when weekly counts vary more than a Poisson process allows (fighting seasons,
/// offensives): counts are taken as negative binomial (NB2) with Var(y) = μ + αμ², where μ is
/// the block's expected count (its group's daily rate × its days). α is the moment estimator
/// over the blocks of both windows, Σ((y−μ)² − μ) / Σμ², floored at 0 (then this is the
/// Poisson Wald interval). The log rate ratio gets a Wald interval with
/// Var(log rate) = (Σμ + αΣμ²) / (Σμ)² for each window, and a two-sided z-test.
/// </summary>
public static class NegativeBinomialRateTest
{
    public static RateRatio Compare(IReadOnlyList<CountBlock> window, IReadOnlyList<CountBlock> baseline, double confidence = 0.95)
    {
        var (x1, t1) = (window.Sum(b => b.Events), window.Sum(b => b.Days));
        var (x2, t2) = (baseline.Sum(b => b.Events), baseline.Sum(b => b.Days));
        if (t1 <= 0 || t2 <= 0) throw new ArgumentException("a window needs at least one day");
        var alpha = Dispersion(window, baseline);
        var estimate = (double)x1 / t1 / ((double)x2 / t2);
        if (x1 == 0 || x2 == 0) // the log ratio has no finite variance: no Wald interval
            return new RateRatio(x1, t1, x2, t2, x1 == 0 && x2 == 0 ? double.NaN : estimate, double.NaN, double.NaN, double.NaN, "negative binomial (Wald)", alpha);
        var variance = LogRateVariance(window, (double)x1 / t1, alpha) + LogRateVariance(baseline, (double)x2 / t2, alpha);
        var se = Math.Sqrt(variance);
        var z = Normal.InvCDF(0, 1, 1 - (1 - confidence) / 2);
        var log = Math.Log(estimate);
        var p = 2 * Normal.CDF(0, 1, -Math.Abs(log / se));
        return new RateRatio(x1, t1, x2, t2, estimate, Math.Exp(log - z * se), Math.Exp(log + z * se), p, "negative binomial (Wald)", alpha);
    }

    /// <summary>The NB2 α by moments over both groups' blocks, each block's μ from its group's daily rate; 0 when the blocks vary no more than Poisson.</summary>
    public static double Dispersion(IReadOnlyList<CountBlock> window, IReadOnlyList<CountBlock> baseline)
    {
        double excess = 0, squares = 0;
        foreach (var group in new[] { window, baseline })
        {
            var rate = (double)group.Sum(b => b.Events) / group.Sum(b => b.Days);
            foreach (var b in group)
            {
                var mu = rate * b.Days;
                excess += (b.Events - mu) * (b.Events - mu) - mu;
                squares += mu * mu;
            }
        }
        return squares > 0 ? Math.Max(0, excess / squares) : 0;
    }

    private static double LogRateVariance(IReadOnlyList<CountBlock> group, double rate, double alpha)
    {
        var mu = group.Select(b => rate * b.Days).ToList();
        var sum = mu.Sum();
        return (sum + alpha * mu.Sum(m => m * m)) / (sum * sum);
    }

    /// <summary>A range cut into blocks of <paramref name="blockDays"/> days from its start; the last block holds what is left.</summary>
    public static IReadOnlyList<CountBlock> Blocks(DateRange range, IReadOnlyDictionary<DateOnly, long> perDay, int blockDays = 7)
    {
        var blocks = new List<CountBlock>();
        for (var start = range.From; start <= range.To; start = start.AddDays(blockDays))
        {
            var days = Math.Min(blockDays, range.To.DayNumber - start.DayNumber + 1);
            long events = 0;
            for (var i = 0; i < days; i++) events += perDay.GetValueOrDefault(start.AddDays(i));
            blocks.Add(new CountBlock(start, days, events));
        }
        return blocks;
    }
}
