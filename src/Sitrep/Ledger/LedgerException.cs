namespace Sitrep.Ledger;

/// <summary>A ledger request that cannot be done (no such event, a mention not in it), said in one line.</summary>
public sealed class LedgerException(string message) : Exception(message);
