namespace Sitrep.Ledger;

/// <summary>One line of an event's history: created, fused (its reports changed), merge, split, superseded.</summary>
public sealed record LedgerHistoryEntry(long Seq, string EventId, string At, string Action, string Detail);
