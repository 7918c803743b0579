namespace Sitrep.Analysis;

/// <summary>
/// One key's totals over a slice (a province, an actor, a type; null key: no split or unknown):
/// events with an independent source and partisan-only events apart, fatality sums of the former,
/// and corroboration: outlets and independent sources summed over all its events, and how many
/// events at least two independent sources told.
/// </summary>
public sealed record KeyTotals
{
    public string? Key { get; init; }
    public long Events { get; init; }
    public long PartisanEvents { get; init; }
    public long FatalitiesLow { get; init; }
    public long Fatalities { get; init; }
    public long FatalitiesHigh { get; init; }
    public long Outlets { get; init; }
    public long IndependentSources { get; init; }
    public long Corroborated { get; init; }

    public long AllEvents => Events + PartisanEvents;
}
