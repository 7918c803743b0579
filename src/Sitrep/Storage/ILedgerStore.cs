namespace Sitrep.Storage;

/// <summary>The event ledger of a store, on SQLite or PostgreSQL (<see cref="LedgerStore"/> either way). Open one with <see cref="Stores.OpenLedger"/>.</summary>
public interface ILedgerStore : ILedgerWriter, ILedgerReader, IDisposable;
