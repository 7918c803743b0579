namespace Sitrep.Reference;

/// <summary>The human-coded datasets <c>sitrep import</c> reads: an ACLED export or a UCDP GED export.</summary>
public enum ReferenceFlavour
{
    Acled,
    UcdpGed,
}

public static class ReferenceFlavours
{
    /// <summary>The name used on the command line and in the store ("acled", "ucdp").</summary>
    public static string Name(this ReferenceFlavour flavour) => flavour == ReferenceFlavour.Acled ? "acled" : "ucdp";

    public static string Describe(this ReferenceFlavour flavour) => flavour == ReferenceFlavour.Acled ? "ACLED" : "UCDP GED";

    public static ReferenceFlavour? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "acled" => ReferenceFlavour.Acled,
        "ucdp" or "ged" or "ucdp-ged" => ReferenceFlavour.UcdpGed,
        _ => null,
    };
}
