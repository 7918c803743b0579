namespace Sitrep.Evaluation;

/// <summary>
/// ACLED export columns onto gold fields. The text is <c>notes</c>. ACLED codes one fatality
/// figure, so best, low and high are all <c>fatalities</c>; it does not code injuries. An
/// export has no publication date, so the event date is the reference date.
/// </summary>
internal static class AcledCsvMapping
{
    public static readonly string[] RequiredColumns = ["event_date", "notes"];

    public static GoldCase Map(CsvGoldRecord row, string location)
    {
        var text = row.Get("notes") ?? throw new FormatException("notes: empty, so there is no text to extract from");
        var date = GoldValues.Date("event_date", row.Get("event_date"));
        var fatalities = GoldValues.Count("fatalities", row.Get("fatalities"));
        var gold = new GoldEvent
        {
            DateStart = date,
            DateEnd = date,
            EventType = row.Get("event_type"),
            SubEventType = row.Get("sub_event_type"),
            Actor1 = row.Get("actor1"),
            Actor2 = row.Get("actor2"),
            Country = row.Get("country"),
            Admin1 = row.Get("admin1"),
            Admin2 = row.Get("admin2"),
            Location = row.Get("location"),
            Latitude = GoldValues.Coordinate("latitude", row.Get("latitude"), 90),
            Longitude = GoldValues.Coordinate("longitude", row.Get("longitude"), 180),
            FatalitiesBest = fatalities,
            FatalitiesLow = fatalities,
            FatalitiesHigh = fatalities,
        };
        var id = row.Get("event_id_cnty") ?? row.Get("data_id") ?? row.Get("event_id_no_cnty") ?? location;
        return new GoldCase(id, text, date, ReferenceDateKind.Event, gold, location);
    }
}
