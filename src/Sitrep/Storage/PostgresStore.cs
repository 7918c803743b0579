using Npgsql;
using Sitrep.Dedup;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Serialization;

namespace Sitrep.Storage;

/// <summary>
/// The store on a PostgreSQL server, for a team sharing one database. Same tables (its schema
/// steps mirror SQLite's, <see cref="PostgresMigrations"/>), the same reads
/// (<see cref="StoredEventReads"/>) and the same batch semantics as <see cref="SqliteStore"/>:
/// each <see cref="Save"/> is one transaction holding the store's writer lock, so near-duplicate
/// lookups see every earlier commit, by this process or another.
/// </summary>
public sealed class PostgresStore : IArticleStore
{
    private static readonly string ArticleInsert = PostgresRows.Insert("articles", StoredRows.ArticleColumns) + " ON CONFLICT (id) DO NOTHING";
    private static readonly string AnnotationInsert = PostgresRows.Insert("annotations", StoredRows.AnnotationColumns);
    // SQLite's INSERT OR REPLACE: a re-stored event takes the new values (its evidence is cleared and written again below).
    private static readonly string EventUpsert = PostgresRows.Insert("events", StoredRows.EventColumns) +
        " ON CONFLICT (id) DO UPDATE SET " + string.Join(", ", StoredRows.EventColumns.Skip(1).Select(c => $"{c} = excluded.{c}"));
    private static readonly string EvidenceInsert = PostgresRows.Insert("evidence", StoredRows.EvidenceColumns);

    private readonly NpgsqlConnection _connection;
    private readonly StoredEventReads _reads;

    private PostgresStore(NpgsqlConnection connection, string location)
    {
        _connection = connection;
        _reads = new StoredEventReads(connection, SqlDialect.Postgres);
        Location = location;
    }

    public string Location { get; }

    /// <summary>
    /// Connects to the store <paramref name="location"/> names (a <c>postgres://</c> URL or a
    /// connection string, see <see cref="StoreLocation"/>) and brings its schema up to date. The
    /// database must exist; a writer creates the tables in it. A server that cannot be reached,
    /// or refuses the login, is a <see cref="StoreException"/>.
    /// </summary>
    public static PostgresStore Open(string location, StoreOpenMode mode = StoreOpenMode.CreateIfMissing)
    {
        var target = StoreLocation.Parse(location);
        var connection = new NpgsqlConnection(target.ConnectionString);
        try
        {
            connection.Open();
            PostgresSchemaMigrator.Migrate(connection, target.Display, writer: mode == StoreOpenMode.CreateIfMissing);
            return new PostgresStore(connection, location);
        }
        catch (Exception e) when (e is NpgsqlException or PostgresException)
        {
            connection.Dispose();
            throw new StoreException($"cannot open PostgreSQL store {target.Display}: {e.Message.ReplaceLineEndings(" ")}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public int SchemaVersion => _reads.SchemaVersion;

    public bool Contains(string articleId) => _reads.Contains(articleId);

    public int Save(IEnumerable<Document> documents, DateTimeOffset ingestedAt) => Save(documents.Select(StoredDocument.From), ingestedAt);

    public int Save(IEnumerable<StoredDocument> documents, DateTimeOffset ingestedAt, ICollection<DuplicateLink>? nearDuplicates = null)
    {
        using var tx = (NpgsqlTransaction)SqlDialect.Postgres.BeginWrite(_connection);
        var linker = new PostgresNearDuplicateLinker(_connection, tx);
        var stored = 0;
        var at = ingestedAt.ToString("O");
        foreach (var document in documents)
        {
            var a = document.Article;
            using (var insert = new NpgsqlBatch(_connection, tx))
            {
                insert.BatchCommands.Add(PostgresRows.Command(ArticleInsert, StoredRows.Article(document, at)));
                if (insert.ExecuteNonQuery() != 1) continue; // stored by an earlier run: left as it is
            }
            stored++;
            WriteRows(document, tx);
            if (document.Signature is { } signature && linker.Add(a.Id, a.Source, signature) is { } link)
                nearDuplicates?.Add(link);
        }
        tx.Commit();
        return stored;
    }

    /// <summary>An article's annotations, events and evidence: one round trip.</summary>
    private void WriteRows(StoredDocument document, NpgsqlTransaction tx)
    {
        using var batch = new NpgsqlBatch(_connection, tx);
        var a = document.Article;
        foreach (var n in document.Annotations)
            batch.BatchCommands.Add(PostgresRows.Command(AnnotationInsert, StoredRows.Annotation(a.Id, n)));
        foreach (var e in document.Events)
        {
            batch.BatchCommands.Add(PostgresRows.Command(EventUpsert, StoredRows.Event(e)));
            batch.BatchCommands.Add(PostgresRows.Command("DELETE FROM evidence WHERE event_id = $1", e.Row.Id));
            foreach (var x in e.Mention.Evidence)
                batch.BatchCommands.Add(PostgresRows.Command(EvidenceInsert, StoredRows.Evidence(e.Row.Id, x)));
        }
        if (batch.BatchCommands.Count > 0) batch.ExecuteNonQuery();
    }

    public IReadOnlyList<EventRow> Events(EventQuery query) => _reads.Events(query);

    public long CountEvents(EventQuery query) => _reads.CountEvents(query);

    public IReadOnlyList<string> StoredProvinces() => _reads.StoredProvinces();

    public IReadOnlyList<string> StoredActors() => _reads.StoredActors();

    public (EventMention Event, Article Article)? Explain(string eventId) => _reads.Explain(eventId);

    public Article? Article(string id) => _reads.Article(id);

    public IReadOnlyList<string> ArticleIdsFrom(string source) => _reads.ArticleIdsFrom(source);

    public IReadOnlyList<(string ArticleId, string DuplicateOf, double Similarity)> DuplicateLinks() => _reads.DuplicateLinks();

    public HashSet<string> FeedItemKeys() => _reads.FeedItemKeys();

    public void MarkFeedItems(IEnumerable<(string Feed, string Key)> items, DateTimeOffset seenAt) => _reads.MarkFeedItems(items, seenAt);

    public (long Articles, long Events) Counts() => _reads.Counts();

    public void Dispose() => _connection.Dispose();
}
