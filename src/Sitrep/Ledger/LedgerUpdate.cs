namespace Sitrep.Ledger;

/// <summary>What a ledger update or rebuild did: mentions fused, events (re)written.</summary>
public sealed record LedgerUpdate(int Mentions, int EventsWritten);
