namespace Sitrep.Analysis;

/// <summary>
/// The store's aggregate for one day, one breakdown key (null without a split) and one side of
/// the partisan line: how many events and the sums of their fatalities low, best and high.
/// </summary>
public sealed record DailyTally(DateOnly Day, string? Key, bool PartisanOnly, long Events, long Low, long Best, long High);
