namespace Sitrep.Analysis;

/// <summary>
/// One period of a trend (and one key when split): events with at least one independent source
/// and the sums of their fatalities low, best and high; partisan-only events (every source speaks
/// for a party; their best is 0 by the ledger's rule) counted apart, with the low and high of
/// the parties' claims.
/// </summary>
public sealed record TrendRow(DateOnly Start, DateOnly End, string? Key,
    long Events, long FatalitiesLow, long Fatalities, long FatalitiesHigh,
    long PartisanEvents, long PartisanFatalitiesLow, long PartisanFatalitiesHigh);
