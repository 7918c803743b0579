namespace Sitrep.Reference;

/// <summary>
/// An ACLED export row onto a <see cref="ReferenceEvent"/>: event_date with its time_precision,
/// ACLED's event and sub-event type (one of its six types, checked), actors, place with
/// geo_precision, and the one fatality figure ACLED codes (best = low = high).
/// </summary>
internal static class AcledReferenceMapping
{
    public static readonly string[] RequiredColumns = ["event_date", "event_type"];
    public static readonly string[] IdColumns = ["event_id_cnty", "data_id", "event_id_no_cnty"];

    public static readonly string[] EventTypes =
        ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments"];

    public static ReferenceEvent Map(ReferenceRow row, string id, string file, long line)
    {
        var date = row.Date("event_date") ?? throw new FormatException("event_date: empty");
        var type = row.Require("event_type");
        var known = EventTypes.FirstOrDefault(t => string.Equals(t, type, StringComparison.OrdinalIgnoreCase))
            ?? throw new FormatException($"event_type: \"{type}\" is not one of ACLED's types ({string.Join(", ", EventTypes)})");
        var precision = row.Code("time_precision", 1, 3) ?? 1;
        var fatalities = row.Count("fatalities");
        return new ReferenceEvent
        {
            Id = id,
            Flavour = ReferenceFlavour.Acled,
            File = file,
            Line = line,
            EventType = known,
            SubEventType = row.Get("sub_event_type"),
            DateStart = date,
            // ACLED dates a week- or month-precise event on one day of it; the window is widened when matching
            DateEnd = date,
            TimePrecision = precision,
            Country = row.Get("country"),
            Admin1 = row.Get("admin1"),
            Admin2 = row.Get("admin2"),
            Location = row.Get("location"),
            Latitude = row.Coordinate("latitude", 90),
            Longitude = row.Coordinate("longitude", 180),
            GeoPrecision = row.Code("geo_precision", 1, 3) ?? 1,
            Actor1 = row.Get("actor1"),
            Actor2 = row.Get("actor2"),
            Fatalities = fatalities,
            FatalitiesLow = fatalities,
            FatalitiesHigh = fatalities,
            Notes = row.Get("notes"),
            Source = row.Get("source"),
        };
    }
}
