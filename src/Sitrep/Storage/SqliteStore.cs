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
public sealed class SqliteStore : IArticleStore
{
    private readonly SqliteConnection _connection;
    private readonly StoredEventReads _reads;

    static SqliteStore() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    private SqliteStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        _reads = new StoredEventReads(connection, SqlDialect.Sqlite);
        Path = path;
    }

    /// <summary>The database file, so the ledger (its own connection) can open the same store.</summary>
    public string Path { get; }

    public string Location => Path;

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
            // A 16 MB page cache (SQLite's default is 2 MB): the writer re-reads its indexes' pages for every
            // batch, and from the default cache that was 11 of 48 s of CPU in system calls on a
            // 10,000-article ingest; with 16 MB, 6.5 s, 313 articles/s instead of 278, 8 MB more at the peak.
            connection.Execute("PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON; PRAGMA cache_size=-16000;");
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

    public int SchemaVersion => _reads.SchemaVersion;

    public bool Contains(string articleId) => _reads.Contains(articleId);

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
            if (insert.Article.Run(StoredRows.Article(document, at)) != 1)
                continue; // stored by an earlier run: left as it is
            stored++;
            foreach (var n in document.Annotations)
                insert.Annotation.Run(StoredRows.Annotation(a.Id, n));
            foreach (var e in document.Events)
            {
                insert.Event.Run(StoredRows.Event(e));
                insert.ClearEvidence.Run(e.Row.Id);
                foreach (var x in e.Mention.Evidence)
                    insert.Evidence.Run(StoredRows.Evidence(e.Row.Id, x));
            }
            if (document.Signature is { } signature && insert.NearDuplicates.Add(a.Id, a.Source, signature) is { } link)
                nearDuplicates?.Add(link);
        }
        tx.Commit();
        return stored;
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
