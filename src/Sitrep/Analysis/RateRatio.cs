namespace Sitrep.Analysis;

/// <summary>
/// The ratio of the daily event rate in a window to the rate in a baseline, with its 95%
/// interval and the two-sided p-value of "the rates are equal". <see cref="Estimate"/> is
/// infinite when the baseline has no events, NaN when neither has any. <see cref="Method"/>
/// names the test; <see cref="Dispersion"/> is the negative-binomial α (0 for Poisson).
/// </summary>
public sealed record RateRatio(long WindowEvents, int WindowDays, long BaselineEvents, int BaselineDays,
    double Estimate, double Low, double High, double PValue, string Method, double Dispersion = 0)
{
    public double WindowRate => (double)WindowEvents / WindowDays;
    public double BaselineRate => (double)BaselineEvents / BaselineDays;
}
