namespace Sitrep.Evaluation;

/// <summary>
/// What a human coder recorded for one event. Every field may be null: a null field is not
/// scored for that case. Names keep the source dataset's spelling ("Hirat", "Taleban").
/// </summary>
public sealed record GoldEvent
{
    public DateOnly? DateStart { get; init; }
    public DateOnly? DateEnd { get; init; }
    public string? EventType { get; init; }
    public string? SubEventType { get; init; }
    public string? Actor1 { get; init; }
    public string? Actor2 { get; init; }
    public string? Country { get; init; }
    public string? Admin1 { get; init; }
    public string? Admin2 { get; init; }
    public string? Location { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public long? FatalitiesBest { get; init; }
    public long? FatalitiesLow { get; init; }
    public long? FatalitiesHigh { get; init; }
    public long? Injuries { get; init; }
}
