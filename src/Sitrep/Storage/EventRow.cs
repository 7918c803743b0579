namespace Sitrep.Storage;

/// <summary>A stored event as the <c>events</c> table holds it: flat, ACLED-like columns for tables and CSV.</summary>
public sealed record EventRow
{
    public string Id { get; init; } = "";
    public string ArticleId { get; init; } = "";
    public string EventType { get; init; } = "";
    public string? SubEventType { get; init; }
    public string? Plover { get; init; }
    public string Modality { get; init; } = "";
    public bool Counts { get; init; }
    public string? AttributedTo { get; init; }
    public string? DateStart { get; init; }
    public string? DateEnd { get; init; }
    public int? TimePrecision { get; init; }
    public string? DateSource { get; init; }
    public string? Country { get; init; }
    public string? Admin1 { get; init; }
    public string? Admin2 { get; init; }
    public string? Location { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public int? GeoPrecision { get; init; }
    public string? Actor1 { get; init; }
    public string? Actor2 { get; init; }
    public long? Fatalities { get; init; }
    public long? FatalitiesLow { get; init; }
    public long? FatalitiesHigh { get; init; }
    public long? Injuries { get; init; }
    public double Confidence { get; init; }
    public string TriggerText { get; init; } = "";
    public string? Outlet { get; init; }
    public string? Url { get; init; }
    /// <summary>The article this one republishes (a near-duplicate), whose events already count.</summary>
    public string? CopyOf { get; init; }
}
