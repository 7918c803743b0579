using MathNet.Numerics.Distributions;

namespace Sitrep.Analysis;

/// <summary>
/// The exact test comparing two Poisson counts with their exposures (days): conditional on the
/// total, the window's count is binomial with p = T1/(T1+T2) when the rates are equal. The
/// interval is Clopper-Pearson's for p, turned into a rate ratio; the p-value is the two-sided
/// binomial test's (the sum of the probabilities of outcomes no more likely than the one seen).
/// This is what R's <c>poisson.test(c(x1, x2), c(T1, T2))</c> computes, and the tests hold it to
/// R's documented example.
/// </summary>
public static class PoissonRateTest
{
    /// <summary>R's tolerance for "no more likely than the observed outcome": ties within 1e-7 count.</summary>
    private const double RelativeError = 1 + 1e-7;

    public static RateRatio Compare(long windowEvents, int windowDays, long baselineEvents, int baselineDays, double confidence = 0.95)
    {
        if (windowDays <= 0 || baselineDays <= 0) throw new ArgumentOutOfRangeException(nameof(windowDays), "a window needs at least one day");
        var x = windowEvents;
        var n = windowEvents + baselineEvents;
        var exposure = (double)windowDays / baselineDays;
        var p = (double)windowDays / (windowDays + baselineDays);
        var alpha = (1 - confidence) / 2;
        var estimate = (double)x / windowDays / ((double)baselineEvents / baselineDays);
        if (n == 0) return new RateRatio(0, windowDays, 0, baselineDays, double.NaN, 0, double.PositiveInfinity, 1, "poisson exact");

        // Clopper-Pearson bounds of the binomial proportion, then p/(1-p) divided by the exposure ratio
        var pLow = x == 0 ? 0 : Beta.InvCDF(x, n - x + 1, alpha);
        var pHigh = x == n ? 1 : Beta.InvCDF(x + 1, n - x, 1 - alpha);
        var low = pLow / (1 - pLow) / exposure;
        var high = pHigh >= 1 ? double.PositiveInfinity : pHigh / (1 - pHigh) / exposure;
        return new RateRatio(x, windowDays, baselineEvents, baselineDays, estimate, low, high, BinomialTwoSided(x, n, p), "poisson exact");
    }

    /// <summary>Two-sided exact binomial p-value, R's binom.test: outcomes on the far side no more likely than x are added to x's tail.</summary>
    public static double BinomialTwoSided(long x, long n, double p)
    {
        var k = checked((int)x);
        var total = checked((int)n);
        var d = Binomial.PMF(p, total, k);
        var m = total * p;
        if (k == m) return 1;
        double result;
        if (k < m)
        {
            var y = 0;
            for (var i = (int)Math.Ceiling(m); i <= total; i++)
                if (Binomial.PMF(p, total, i) <= d * RelativeError) y++;
            result = Binomial.CDF(p, total, k) + UpperTail(p, total, total - y);
        }
        else
        {
            var y = 0;
            for (var i = 0; i <= (int)Math.Floor(m); i++)
                if (Binomial.PMF(p, total, i) <= d * RelativeError) y++;
            result = (y > 0 ? Binomial.CDF(p, total, y - 1) : 0) + UpperTail(p, total, k - 1);
        }
        return Math.Min(1, result);
    }

    /// <summary>P(X &gt; k), R's pbinom(k, lower.tail = FALSE), as the regularized incomplete beta I_p(k+1, n-k) so a small tail keeps its digits.</summary>
    private static double UpperTail(double p, int n, int k) => k >= n ? 0 : k < 0 ? 1 : Beta.CDF(k + 1, n - k, p);
}
