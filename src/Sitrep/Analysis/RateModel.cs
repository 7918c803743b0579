namespace Sitrep.Analysis;

/// <summary>How a comparison tests the rates: the exact Poisson test (default) or the negative binomial for over-dispersed weekly counts.</summary>
public enum RateModel
{
    Poisson,
    Negbin,
}
