namespace Sitrep.Ledger;

/// <summary>A fused event date: its interval and precision (1 day, 2 week, 3 month).</summary>
public sealed record FusedDate(DateOnly Start, DateOnly End, int Precision);
