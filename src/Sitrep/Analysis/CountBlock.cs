namespace Sitrep.Analysis;

/// <summary>Events counted over a block of consecutive days (a week, or what is left of a window at its end).</summary>
public sealed record CountBlock(DateOnly From, int Days, long Events);
