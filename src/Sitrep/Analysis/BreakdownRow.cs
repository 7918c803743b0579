namespace Sitrep.Analysis;

/// <summary>
/// One key of a comparison (an actor, a province, a type): its events in the window and the
/// baseline, their rate ratio, and how the window's events are corroborated.
/// </summary>
public sealed record BreakdownRow(string Key, KeyTotals Window, KeyTotals Baseline, RateRatio Ratio);
