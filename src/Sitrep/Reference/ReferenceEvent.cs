namespace Sitrep.Reference;

/// <summary>
/// One row of a reference dataset (ACLED or UCDP GED) as Sitrep keeps it, apart from extracted
/// events: the dataset's own id, the file and line it came from, and the fields coverage compares
/// (type, dates and precision, place, actors, fatalities). Names are kept as the dataset spells
/// them; <see cref="ReferenceProjector"/> resolves them through the gazetteer and actor dictionary.
/// </summary>
public sealed record ReferenceEvent
{
    /// <summary>The dataset's id (ACLED event_id_cnty, UCDP id); unique within a reference set.</summary>
    public required string Id { get; init; }
    public required ReferenceFlavour Flavour { get; init; }
    public required string File { get; init; }
    public required long Line { get; init; }

    /// <summary>ACLED event type; for UCDP GED the type of violence as text ("state-based", "non-state", "one-sided").</summary>
    public string? EventType { get; init; }
    public string? SubEventType { get; init; }
    public required DateOnly DateStart { get; init; }
    public required DateOnly DateEnd { get; init; }
    /// <summary>1 day, 2 week (or a range of days), 3 month, 4 year (ACLED time_precision; UCDP date_prec mapped).</summary>
    public int TimePrecision { get; init; } = 1;

    public string? Country { get; init; }
    public string? Admin1 { get; init; }
    public string? Admin2 { get; init; }
    public string? Location { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    /// <summary>1 town, 2 district, 3 province (ACLED geo_precision; UCDP where_prec mapped).</summary>
    public int GeoPrecision { get; init; } = 1;

    public string? Actor1 { get; init; }
    public string? Actor2 { get; init; }
    public long? Fatalities { get; init; }
    public long? FatalitiesLow { get; init; }
    public long? FatalitiesHigh { get; init; }
    public string? Notes { get; init; }
    public string? Source { get; init; }
}
