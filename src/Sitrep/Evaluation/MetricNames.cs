namespace Sitrep.Evaluation;

/// <summary>The metrics of EVAL_FORMAT.md, in the order reports list them.</summary>
public static class MetricNames
{
    public const string EventFound = "event_found";
    public const string DateExact = "date_exact";
    public const string DateWithin1Day = "date_within_1d";
    public const string EventType = "event_type";
    public const string SubEventType = "sub_event_type";
    public const string Admin1 = "admin1";
    public const string Admin2 = "admin2";
    public const string Location25Km = "location_25km";
    public const string FatalitiesExact = "fatalities_exact";
    public const string FatalitiesInRange = "fatalities_in_range";
    public const string InjuriesExact = "injuries_exact";
    public const string Actor1 = "actor1";
    public const string Actor2 = "actor2";

    public static IReadOnlyList<string> All { get; } =
    [
        EventFound, DateExact, DateWithin1Day, EventType, SubEventType, Admin1, Admin2, Location25Km,
        FatalitiesExact, FatalitiesInRange, InjuriesExact, Actor1, Actor2,
    ];
}
