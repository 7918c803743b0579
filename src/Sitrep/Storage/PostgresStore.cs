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
    private static readonly string ArticleInsert = PostgresRows.Insert("articles",
        "id", "url", "outlet", "title", "published", "language", "source", "text", "ingested_at", "features") + " ON CONFLICT (id) DO NOTHING";
    private static readonly string AnnotationInsert = PostgresRows.Insert("annotations", "article_id", "kind", "start", "end", "rule", "data");
    private static readonly string[] EventColumns =
    [
        "id", "article_id", "event_type", "sub_event_type", "plover", "modality", "counts", "attributed_to",
        "date_start", "date_end", "time_precision", "date_source", "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
        "actor1", "actor2", "fatalities", "fatalities_low", "fatalities_high", "injuries", "confidence", "trigger_text", "data",
    ];
    // SQLite's INSERT OR REPLACE: a re-stored event takes the new values (its evidence is cleared and written again below).
    private static readonly string EventUpsert = PostgresRows.Insert("events", EventColumns) +
        " ON CONFLICT (id) DO UPDATE SET " + string.Join(", ", EventColumns.Skip(1).Select(c => $"{c} = excluded.{c}"));
    private static readonly string EvidenceInsert = PostgresRows.Insert("evidence", "event_id", "field", "start", "end", "rule", "text");

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
                insert.BatchCommands.Add(PostgresRows.Command(ArticleInsert, a.Id, a.Url, a.Outlet, a.Title, a.Published?.ToString("yyyy-MM-dd"),
                    a.Language, a.Source, a.Text, at, a.Features.Count == 0 ? null : SitrepJson.Serialize(a.Features)));
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
            batch.BatchCommands.Add(PostgresRows.Command(AnnotationInsert, a.Id, n.Kind, n.Start, n.End, n.Rule, n.Json));
        foreach (var e in document.Events)
        {
            var r = e.Row;
            batch.BatchCommands.Add(PostgresRows.Command(EventUpsert, r.Id, r.ArticleId, r.EventType, r.SubEventType, r.Plover, r.Modality, r.Counts,
                r.AttributedTo, r.DateStart, r.DateEnd, r.TimePrecision, r.DateSource, r.Country, r.Admin1, r.Admin2, r.Location, r.Latitude,
                r.Longitude, r.GeoPrecision, r.Actor1, r.Actor2, r.Fatalities, r.FatalitiesLow, r.FatalitiesHigh, r.Injuries,
                r.Confidence, r.TriggerText, e.Json));
            batch.BatchCommands.Add(PostgresRows.Command("DELETE FROM evidence WHERE event_id = $1", r.Id));
            foreach (var x in e.Mention.Evidence)
                batch.BatchCommands.Add(PostgresRows.Command(EvidenceInsert, r.Id, x.Field, x.Span.Start, x.Span.End, x.Rule, x.Text));
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
