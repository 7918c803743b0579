namespace Sitrep.Evaluation;

/// <summary>
/// UCDP GED export columns onto gold fields. The text is <c>source_headline</c>, followed by
/// <c>where_description</c> when that is prose rather than a bare place label (a label would
/// hand the extractor the answer without being part of any report). <c>side_a</c>/<c>side_b</c>
/// become actor1/actor2; <c>adm_1</c>/<c>adm_2</c> lose UCDP's " province"/" district" suffix.
/// GED has no ACLED event type and no injuries: those fields stay unscored. The reference date
/// is <c>date_end</c>, the date closest to when the reports were published.
/// </summary>
internal static class UcdpGedCsvMapping
{
    public static readonly string[] RequiredColumns = ["date_start", "side_a", "side_b", "source_headline"];

    private static readonly string[] FunctionWords =
        ["in", "near", "of", "the", "at", "on", "between", "from", "to", "outside", "along", "and"];

    public static GoldCase Map(CsvGoldRecord row, string location)
    {
        var headline = row.Get("source_headline");
        var where = row.Get("where_description");
        var text = Join(headline, where is not null && IsProse(where) ? where : null)
            ?? throw new FormatException("source_headline: empty, so there is no text to extract from");
        var start = GoldValues.Date("date_start", row.Get("date_start"));
        var end = GoldValues.Date("date_end", row.Get("date_end")) ?? start;
        var gold = new GoldEvent
        {
            DateStart = start,
            DateEnd = end,
            Actor1 = row.Get("side_a"),
            Actor2 = row.Get("side_b"),
            Country = row.Get("country"),
            Admin1 = WithoutUnitSuffix(row.Get("adm_1"), "province"),
            Admin2 = WithoutUnitSuffix(row.Get("adm_2"), "district"),
            Location = row.Get("where_coordinates"),
            Latitude = GoldValues.Coordinate("latitude", row.Get("latitude"), 90),
            Longitude = GoldValues.Coordinate("longitude", row.Get("longitude"), 180),
            FatalitiesBest = GoldValues.Count("best", row.Get("best")),
            FatalitiesLow = GoldValues.Count("low", row.Get("low")),
            FatalitiesHigh = GoldValues.Count("high", row.Get("high")),
        };
        var id = row.Get("id") ?? row.Get("relid") ?? location;
        return new GoldCase(id, text, end, ReferenceDateKind.Event, gold, location);
    }

    /// <summary>Prose has a few words and a function word ("The village of X in Y district"); a label ("Kandahar city") does not.</summary>
    internal static bool IsProse(string text)
    {
        var words = text.Split([' ', ',', ';', '(', ')', '.'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 4 && words.Any(w => FunctionWords.Contains(w, StringComparer.OrdinalIgnoreCase));
    }

    private static string? Join(string? headline, string? where)
    {
        if (headline is null)
            return where;
        if (where is null)
            return headline;
        var separator = headline.EndsWith('.') ? " " : ". ";
        return headline + separator + where + (where.EndsWith('.') ? "" : ".");
    }

    internal static string? WithoutUnitSuffix(string? name, string unit)
    {
        if (name is null)
            return null;
        var trimmed = name.EndsWith(" " + unit, StringComparison.OrdinalIgnoreCase) ? name[..^(unit.Length + 1)].TrimEnd() : name;
        return trimmed.Length == 0 ? null : trimmed;
    }
}
