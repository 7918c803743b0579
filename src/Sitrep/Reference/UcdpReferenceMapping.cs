using Sitrep.Evaluation;

namespace Sitrep.Reference;

/// <summary>
/// A UCDP GED row onto a <see cref="ReferenceEvent"/>. GED has no ACLED event type: the type of
/// violence is kept as text (1 state-based, 2 non-state, 3 one-sided). date_prec (1 day … 5
/// longer) becomes time precision 1 day, 2 week (2-6 days, a week), 3 month, 4 longer; where_prec
/// (1 exact … 7 country) becomes geo precision 1 place, 2 near or district, 3 province, 4 wider.
/// adm_1/adm_2 lose GED's " province"/" district" suffix; side_a/side_b are actor1/actor2; the
/// figures are best/low/high.
/// </summary>
internal static class UcdpReferenceMapping
{
    public static readonly string[] RequiredColumns = ["date_start", "side_a", "side_b"];
    public static readonly string[] IdColumns = ["id", "relid"];

    public static readonly string[] ViolenceTypes = ["state-based", "non-state", "one-sided"];

    public static ReferenceEvent Map(ReferenceRow row, string id, string file, long line)
    {
        var start = row.Date("date_start") ?? throw new FormatException("date_start: empty");
        var end = row.Date("date_end") ?? start;
        if (end < start) throw new FormatException($"date_end: {end:yyyy-MM-dd} is before date_start {start:yyyy-MM-dd}");
        var violence = row.Code("type_of_violence", 1, 3);
        var datePrecision = row.Code("date_prec", 1, 5) switch
        {
            1 => 1,
            2 or 3 => 2,
            4 => 3,
            5 => 4,
            _ => (end.DayNumber - start.DayNumber) switch { 0 => 1, <= 7 => 2, <= 31 => 3, _ => 4 },
        };
        var wherePrecision = row.Code("where_prec", 1, 7) switch
        {
            null or 1 => 1,
            2 or 3 => 2,
            4 => 3,
            _ => 4,
        };
        return new ReferenceEvent
        {
            Id = id,
            Flavour = ReferenceFlavour.UcdpGed,
            File = file,
            Line = line,
            EventType = violence is { } v ? ViolenceTypes[v - 1] : null,
            DateStart = start,
            DateEnd = end,
            TimePrecision = datePrecision,
            Country = row.Get("country"),
            Admin1 = UcdpGedCsvMapping.WithoutUnitSuffix(row.Get("adm_1"), "province"),
            Admin2 = UcdpGedCsvMapping.WithoutUnitSuffix(row.Get("adm_2"), "district"),
            Location = row.Get("where_coordinates"),
            Latitude = row.Coordinate("latitude", 90),
            Longitude = row.Coordinate("longitude", 180),
            GeoPrecision = wherePrecision,
            Actor1 = row.Require("side_a"),
            Actor2 = row.Require("side_b"),
            Fatalities = row.Count("best"),
            FatalitiesLow = row.Count("low"),
            FatalitiesHigh = row.Count("high"),
            Notes = row.Get("source_headline") ?? row.Get("where_description"),
            Source = row.Get("source_original") ?? row.Get("source_office"),
        };
    }
}
