using Sitrep.Analysis;

namespace Sitrep.Tests.Analysis;

public class StatisticsTests
{
    [Fact]
    public void Poisson_exact_test_gives_the_figures_of_Rs_documented_example()
    {
        // R's ?poisson.test example, poisson.test(c(11, 6+8+7), c(800, 1083+1050+878)) (eba1977, Fredericia
        // against three other cities, ages 55-59): rate ratio 1.971488, 95% CI from 0.8584264, p-value = 0.07967
        var r = PoissonRateTest.Compare(11, 800, 6 + 8 + 7, 1083 + 1050 + 878);
        Assert.Equal(1.971488, r.Estimate, 6);
        Assert.Equal(0.8584264, r.Low, 7);
        Assert.Equal(0.07967, r.PValue, 5);
        // the upper bound is R's: the Clopper-Pearson bound qbeta(0.975, 12, 21) as odds, times 3011/800.
        // Found here by bisection on the regularized incomplete beta, not by the code under test: 4.2772659
        double lo = 0, hi = 1;
        for (var i = 0; i < 200; i++)
        {
            var mid = (lo + hi) / 2;
            if (MathNet.Numerics.SpecialFunctions.BetaRegularized(12, 21, mid) < 0.975) lo = mid; else hi = mid;
        }
        Assert.Equal(lo / (1 - lo) * 3011 / 800, r.High, 9);
        Assert.Equal(4.2772659, r.High, 7);
    }

    [Fact]
    public void Two_sided_binomial_p_value_matches_Rs_binom_test_example()
    {
        // R's ?binom.test: binom.test(c(682, 243), p = 3/4) gives p-value = 0.3825 (Mendel's peas)
        Assert.Equal(0.3825, PoissonRateTest.BinomialTwoSided(682, 925, 0.75), 4);
        // the other side of the mean takes the other branch: the test is symmetric for p = 1/2
        Assert.Equal(PoissonRateTest.BinomialTwoSided(3, 20, 0.5), PoissonRateTest.BinomialTwoSided(17, 20, 0.5), 12);
        // 3 of 20 at p = 1/2, summed by hand: P(X <= 3) + P(X >= 17) = 2 * (1 + 20 + 190 + 1140) / 2^20
        Assert.Equal(2.0 * (1 + 20 + 190 + 1140) / (1 << 20), PoissonRateTest.BinomialTwoSided(3, 20, 0.5), 12);
    }

    [Fact]
    public void A_window_without_events_has_a_zero_lower_bound_and_an_empty_baseline_an_infinite_upper_bound()
    {
        var none = PoissonRateTest.Compare(0, 7, 30, 28);
        Assert.Equal(0, none.Estimate);
        Assert.Equal(0, none.Low);
        // x = 0 of n = 30: the upper Clopper-Pearson bound is 1 - 0.025^(1/30)
        var p = 1 - Math.Pow(0.025, 1.0 / 30);
        Assert.Equal(p / (1 - p) / (7.0 / 28), none.High, 9);
        Assert.True(double.IsPositiveInfinity(PoissonRateTest.Compare(5, 7, 0, 7).High));
        Assert.True(double.IsNaN(PoissonRateTest.Compare(0, 7, 0, 7).Estimate));
    }

    [Fact]
    public void Negative_binomial_without_overdispersion_is_the_Poisson_Wald_interval()
    {
        // weeks that vary less than Poisson: alpha floors at 0, and Var(log RR) = 1/x1 + 1/x2
        CountBlock[] window = [new(new DateOnly(2020, 3, 2), 7, 10), new(new DateOnly(2020, 3, 9), 7, 11)];
        CountBlock[] baseline = [new(new DateOnly(2020, 2, 3), 7, 20), new(new DateOnly(2020, 2, 10), 7, 21), new(new DateOnly(2020, 2, 17), 7, 19), new(new DateOnly(2020, 2, 24), 7, 20)];
        var r = NegativeBinomialRateTest.Compare(window, baseline);
        Assert.Equal(0, r.Dispersion);
        var rr = (21.0 / 14) / (80.0 / 28);
        var se = Math.Sqrt(1.0 / 21 + 1.0 / 80);
        Assert.Equal(rr, r.Estimate, 12);
        Assert.Equal(rr * Math.Exp(-1.959963984540054 * se), r.Low, 9);
        Assert.Equal(rr * Math.Exp(1.959963984540054 * se), r.High, 9);
    }

    [Fact]
    public void Negative_binomial_widens_the_interval_by_the_moment_estimate_of_dispersion_worked_by_hand()
    {
        // window weeks 12, 30 (rate 3 a day, mu 21 each); baseline weeks 5, 25, 15, 35 (mu 20 each)
        CountBlock[] window = [new(new DateOnly(2020, 3, 2), 7, 12), new(new DateOnly(2020, 3, 9), 7, 30)];
        CountBlock[] baseline = [new(new DateOnly(2020, 2, 3), 7, 5), new(new DateOnly(2020, 2, 10), 7, 25), new(new DateOnly(2020, 2, 17), 7, 15), new(new DateOnly(2020, 2, 24), 7, 35)];
        // sum((y - mu)^2 - mu) = (81-21) + (81-21) + (225-20) + (25-20) + (25-20) + (225-20) = 540; sum(mu^2) = 2*441 + 4*400 = 2482
        var alpha = 540.0 / 2482;
        var varWindow = (42 + alpha * 882) / (42.0 * 42);
        var varBaseline = (80 + alpha * 1600) / (80.0 * 80);
        var rr = 3.0 / (80.0 / 28);
        var se = Math.Sqrt(varWindow + varBaseline);
        var r = NegativeBinomialRateTest.Compare(window, baseline);
        Assert.Equal(alpha, r.Dispersion, 12);
        Assert.Equal(rr, r.Estimate, 12);
        Assert.Equal(rr * Math.Exp(-1.959963984540054 * se), r.Low, 9);
        Assert.Equal(rr * Math.Exp(1.959963984540054 * se), r.High, 9);
        // two-sided z-test: z = log(1.05) / se = 0.1087..., p = 0.913...
        Assert.Equal(2 * (1 - MathNet.Numerics.Distributions.Normal.CDF(0, 1, Math.Log(rr) / se)), r.PValue, 9);
        // wider than the Poisson Wald interval on the same counts
        Assert.True(r.High - r.Low > rr * (Math.Exp(1.96 * Math.Sqrt(1.0 / 42 + 1.0 / 80)) - Math.Exp(-1.96 * Math.Sqrt(1.0 / 42 + 1.0 / 80))));
    }

    [Fact]
    public void Blocks_cut_a_range_into_weeks_and_keep_the_rest_as_a_short_block()
    {
        var range = new DateRange(new DateOnly(2020, 2, 1), new DateOnly(2020, 2, 17));
        var perDay = new Dictionary<DateOnly, long> { [new DateOnly(2020, 2, 1)] = 2, [new DateOnly(2020, 2, 8)] = 3, [new DateOnly(2020, 2, 17)] = 4, [new DateOnly(2020, 2, 18)] = 100 };
        var blocks = NegativeBinomialRateTest.Blocks(range, perDay);
        Assert.Equal([(7, 2L), (7, 3L), (3, 4L)], blocks.Select(b => (b.Days, b.Events)));
    }
}
