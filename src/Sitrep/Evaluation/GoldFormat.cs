namespace Sitrep.Evaluation;

public enum GoldFormat
{
    JsonLines,
    AcledCsv,
    UcdpGedCsv,
}

public static class GoldFormatNames
{
    public static string Describe(this GoldFormat format) => format switch
    {
        GoldFormat.JsonLines => "JSON Lines",
        GoldFormat.AcledCsv => "ACLED CSV",
        GoldFormat.UcdpGedCsv => "UCDP GED CSV",
        _ => format.ToString(),
    };
}
