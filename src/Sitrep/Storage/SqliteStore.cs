using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using Sitrep.Dedup;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Serialization;

namespace Sitrep.Storage;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. Each <see cref="Save"/> call is one
/// transaction, so a killed ingest loses at most the batch in flight and a re-run skips what
/// is stored (articles are keyed by their content id).
/// </summary>
public sealed class SqliteStore : IDisposable
{
    private readonly SqliteConnection _connection;

    static SqliteStore() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    private SqliteStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    /// <summary>The database file, so the ledger (its own connection) can open the same store.</summary>
    public string Path { get; }

    /// <summary>
    /// Opens (and, for <see cref="StoreOpenMode.CreateIfMissing"/>, creates) the store and brings
    /// its schema up to date. A store that cannot be used as asked (missing folder or file,
    /// read-only when writing, not a database, a newer schema) is a <see cref="StoreException"/>.
    /// </summary>
    public static SqliteStore Open(string path, StoreOpenMode mode = StoreOpenMode.CreateIfMissing)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (directory is not null && !Directory.Exists(directory))
            throw new StoreException($"database folder does not exist: {directory}");
        if (mode == StoreOpenMode.Existing && !File.Exists(path))
            throw new StoreException($"no database at {path} (ingest something first, or check --db)");
        if (Directory.Exists(path))
            throw new StoreException($"{path} is a folder, not a database file");
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            connection.Open();
            // busy_timeout first: turning on WAL and migrating wait for another process's lock instead of failing.
            connection.Execute("PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;");
            // SQLite opens a file it may not write read-only without a word; a writer would fail at its first batch.
            if (mode == StoreOpenMode.CreateIfMissing && SQLitePCL.raw.sqlite3_db_readonly(connection.Handle, "main") == 1)
                throw StoreErrors.ReadOnlyFile(path);
            connection.Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
            SchemaMigrator.Migrate(connection, path, writer: mode == StoreOpenMode.CreateIfMissing);
            return new SqliteStore(connection, path);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw StoreErrors.Opening(path, e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public int SchemaVersion => _connection.ExecuteScalar<int>("SELECT version FROM schema_version");

    public bool Contains(string articleId) =>
        _connection.ExecuteScalar<long>("SELECT COUNT(*) FROM articles WHERE id = @articleId", new { articleId }) > 0;

    /// <summary>Stores a batch of processed documents in one transaction; articles already stored are left as they are.</summary>
    public int Save(IEnumerable<Document> documents, DateTimeOffset ingestedAt) =>
        Save(documents.Select(StoredDocument.From), ingestedAt);

    /// <summary>
    /// Called before each write statement of a batch. A test seam: a hook that throws at the Nth
    /// write stands for a process killed there, to check that nothing of the batch survives it.
    /// </summary>
    internal Action? BeforeWrite { get; set; }

    /// <summary>
    /// Stores prepared documents in one transaction, through statements prepared once for the
    /// batch: articles, annotations, events, evidence, and for each new article with a signature
    /// its near-duplicate link (added to <paramref name="nearDuplicates"/>) and LSH keys. A kill
    /// leaves all of the batch or none of it. Articles already stored are left as they are.
    /// </summary>
    public int Save(IEnumerable<StoredDocument> documents, DateTimeOffset ingestedAt, ICollection<DuplicateLink>? nearDuplicates = null)
    {
        using var tx = _connection.BeginTransaction(); // BEGIN IMMEDIATE: links are looked up under the write lock
        using var insert = new BatchInserts(_connection, tx, BeforeWrite);
        var stored = 0;
        var at = ingestedAt.ToString("O");
        foreach (var document in documents)
        {
            var a = document.Article;
            if (insert.Article.Run(a.Id, a.Url, a.Outlet, a.Title, a.Published?.ToString("yyyy-MM-dd"), a.Language, a.Source, a.Text, at,
                    a.Features.Count == 0 ? null : SitrepJson.Serialize(a.Features)) != 1)
                continue; // stored by an earlier run: left as it is
            stored++;
            foreach (var n in document.Annotations)
                insert.Annotation.Run(a.Id, n.Kind, n.Start, n.End, n.Rule, n.Json);
            foreach (var e in document.Events)
            {
                var r = e.Row;
                insert.Event.Run(r.Id, r.ArticleId, r.EventType, r.SubEventType, r.Plover, r.Modality, r.Counts, r.AttributedTo,
                    r.DateStart, r.DateEnd, r.TimePrecision, r.DateSource, r.Country, r.Admin1, r.Admin2, r.Location, r.Latitude,
                    r.Longitude, r.GeoPrecision, r.Actor1, r.Actor2, r.Fatalities, r.FatalitiesLow, r.FatalitiesHigh, r.Injuries,
                    r.Confidence, r.TriggerText, e.Json);
                insert.ClearEvidence.Run(r.Id);
                foreach (var x in e.Mention.Evidence)
                    insert.Evidence.Run(r.Id, x.Field, x.Span.Start, x.Span.End, x.Rule, x.Text);
            }
            if (document.Signature is { } signature && insert.NearDuplicates.Add(a.Id, a.Source, signature) is { } link)
                nearDuplicates?.Add(link);
        }
        tx.Commit();
        return stored;
    }

    public IReadOnlyList<EventRow> Events(EventQuery query)
    {
        var (where, args) = Where(query);
        args.Add("Limit", query.Limit);
        args.Add("Offset", query.Offset);
        var sql = $"""
            SELECT e.*, a.outlet AS Outlet, a.url AS Url,
                (SELECT l.duplicate_of FROM article_links l WHERE l.article_id = e.article_id ORDER BY l.similarity DESC LIMIT 1) AS CopyOf
            FROM events e JOIN articles a ON a.id = e.article_id
            {where}
            ORDER BY e.date_start, e.id LIMIT @Limit OFFSET @Offset
            """;
        return _connection.Query<EventRow>(sql, args).ToList();
    }

    /// <summary>How many stored events match the query, ignoring its limit and offset.</summary>
    public long CountEvents(EventQuery query)
    {
        var (where, args) = Where(query);
        return _connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM events e {where}", args);
    }

    /// <summary>The admin1 values stored on events, for resolving a province name to the spellings stored.</summary>
    public IReadOnlyList<string> StoredProvinces() =>
        [.. _connection.Query<string>("SELECT DISTINCT admin1 FROM events WHERE admin1 IS NOT NULL")];

    /// <summary>The actor values stored on events (actor1 and actor2), for resolving an actor name.</summary>
    public IReadOnlyList<string> StoredActors() =>
        [.. _connection.Query<string>("SELECT actor1 FROM events WHERE actor1 IS NOT NULL UNION SELECT actor2 FROM events WHERE actor2 IS NOT NULL")];

    private static (string Where, DynamicParameters Args) Where(EventQuery query)
    {
        var where = new List<string>();
        var args = new DynamicParameters();
        if (!query.IncludeUncounted)
        {
            where.Add("e.counts = 1");
            // a republished copy of a stored story corroborates it; its events are not counted again
            where.Add("NOT EXISTS (SELECT 1 FROM article_links l WHERE l.article_id = e.article_id)");
        }
        if (query.Kind != EventKind.All)
        {
            where.Add(query.Kind == EventKind.Political ? "e.event_type = @Political" : "e.event_type <> @Political");
            args.Add("Political", EventMention.PoliticalInteraction);
        }
        if (query.EventType is not null)
        {
            where.Add("(e.event_type = @EventType COLLATE NOCASE OR e.sub_event_type = @EventType COLLATE NOCASE OR e.plover = @EventType COLLATE NOCASE)");
            args.Add("EventType", query.EventType);
        }
        if (query.Provinces is not null)
        {
            where.Add("e.admin1 IN @Provinces");
            args.Add("Provinces", query.Provinces.ToList());
        }
        if (query.Actors is not null)
        {
            where.Add("(e.actor1 IN @Actors OR e.actor2 IN @Actors)");
            args.Add("Actors", query.Actors.ToList());
        }
        if (query.From is not null)
        {
            where.Add("e.date_start >= @from");
            args.Add("from", query.From.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (query.To is not null)
        {
            where.Add("e.date_start <= @to");
            args.Add("to", query.To.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (query.ArticleId is not null)
        {
            where.Add("e.article_id = @ArticleId");
            args.Add("ArticleId", query.ArticleId);
        }
        return (where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "", args);
    }

    /// <summary>The full stored event (with evidence) and its article, or null when no event has that id (or unique id prefix).</summary>
    public (EventMention Event, Article Article)? Explain(string eventId)
    {
        var matches = _connection.Query<(string Data, string ArticleId)>(
            "SELECT data, article_id FROM events WHERE id = @eventId OR id LIKE @prefix LIMIT 2",
            new { eventId, prefix = eventId + "%" }).ToList();
        if (matches.Count != 1) return null;
        var mention = SitrepJson.Deserialize<EventMention>(matches[0].Data)!;
        return (mention, Article(matches[0].ArticleId)!);
    }

    public Article? Article(string id) =>
        _connection.Query<ArticleRecord>("SELECT * FROM articles WHERE id = @id", new { id })
            .Select(r => new Article
            {
                Id = r.Id,
                Text = r.Text,
                Url = r.Url,
                Outlet = r.Outlet,
                Title = r.Title,
                Published = PublishedDate.Parse(r.Published),
                Language = r.Language,
                Source = r.Source,
            }.WithFeatures(r.Features is null ? [] : SitrepJson.Deserialize<List<PageFeature>>(r.Features) ?? []))
            .FirstOrDefault();

    /// <summary>The ids of the articles read from one source location (a file, a URL, a feed), in id order.</summary>
    public IReadOnlyList<string> ArticleIdsFrom(string source) =>
        [.. _connection.Query<string>("SELECT id FROM articles WHERE source = @source OR url = @source ORDER BY id", new { source })];

    /// <summary>Near-duplicate links as (copy, original, similarity).</summary>
    public IReadOnlyList<(string ArticleId, string DuplicateOf, double Similarity)> DuplicateLinks() =>
        _connection.Query<(string, string, double)>("SELECT article_id, duplicate_of, similarity FROM article_links ORDER BY article_id").ToList();

    /// <summary>Feed items seen before, as "feed\nkey" strings.</summary>
    public HashSet<string> FeedItemKeys() =>
        _connection.Query<string>("SELECT feed || char(10) || item_key FROM feed_items").ToHashSet(StringComparer.Ordinal);

    public void MarkFeedItems(IEnumerable<(string Feed, string Key)> items, DateTimeOffset seenAt)
    {
        using var tx = _connection.BeginTransaction();
        foreach (var (feed, key) in items)
            _connection.Execute("INSERT OR IGNORE INTO feed_items (feed, item_key, first_seen) VALUES (@feed, @key, @seen)",
                new { feed, key, seen = seenAt.ToString("O") }, tx);
        tx.Commit();
    }

    public (long Articles, long Events) Counts() => (
        _connection.ExecuteScalar<long>("SELECT COUNT(*) FROM articles"),
        _connection.ExecuteScalar<long>("SELECT COUNT(*) FROM events"));

    public void Dispose() => _connection.Dispose();

    private sealed record ArticleRecord(string Id, string? Url, string? Outlet, string? Title, string? Published,
        string Language, string Source, string Text, string IngestedAt, string? Features);
}
