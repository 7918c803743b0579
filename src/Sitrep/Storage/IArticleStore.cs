namespace Sitrep.Storage;

/// <summary>
/// A store of articles and event mentions: <see cref="SqliteStore"/> (embedded, the default) or
/// <see cref="PostgresStore"/> (a shared server). Open one with <see cref="Stores.Open"/>.
/// </summary>
public interface IArticleStore : IArticleWriter, IEventReader, IDisposable
{
    /// <summary>What <c>--db</c> named: a SQLite file path or a PostgreSQL connection string, so the ledger can open the same store.</summary>
    string Location { get; }
}
