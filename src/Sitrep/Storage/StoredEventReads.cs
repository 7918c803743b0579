using System.Data.Common;
using System.Globalization;
using Dapper;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Serialization;

namespace Sitrep.Storage;

/// <summary>
/// The reads (and the feed-item marks) of an article store, written once for both engines: the
/// SQLite and the PostgreSQL store answer every query with the same statements, so they list,
/// count and explain alike.
/// </summary>
internal sealed class StoredEventReads(DbConnection connection, SqlDialect dialect) : IEventReader
{
    static StoredEventReads() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    public int SchemaVersion => connection.ExecuteScalar<int>("SELECT version FROM schema_version");

    public bool Contains(string articleId) =>
        connection.ExecuteScalar<long>("SELECT COUNT(*) FROM articles WHERE id = @articleId", new { articleId }) > 0;

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
        return connection.Query<EventRow>(sql, args).ToList();
    }

    public long CountEvents(EventQuery query)
    {
        var (where, args) = Where(query);
        return connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM events e {where}", args);
    }

    public IReadOnlyList<string> StoredProvinces() =>
        [.. connection.Query<string>("SELECT DISTINCT admin1 FROM events WHERE admin1 IS NOT NULL")];

    public IReadOnlyList<string> StoredActors() =>
        [.. connection.Query<string>("SELECT actor1 FROM events WHERE actor1 IS NOT NULL UNION SELECT actor2 FROM events WHERE actor2 IS NOT NULL")];

    private (string Where, DynamicParameters Args) Where(EventQuery query)
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
            where.Add($"({dialect.EqualsIgnoringCase("e.event_type", "@EventType")} OR {dialect.EqualsIgnoringCase("e.sub_event_type", "@EventType")} OR {dialect.EqualsIgnoringCase("e.plover", "@EventType")})");
            args.Add("EventType", query.EventType);
        }
        if (query.Provinces is not null)
        {
            where.Add(dialect.In("e.admin1", "@Provinces"));
            args.Add("Provinces", query.Provinces.ToList());
        }
        if (query.Actors is not null)
        {
            where.Add($"({dialect.In("e.actor1", "@Actors")} OR {dialect.In("e.actor2", "@Actors")})");
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

    public (EventMention Event, Article Article)? Explain(string eventId)
    {
        var matches = connection.Query<(string Data, string ArticleId)>(
            "SELECT data, article_id FROM events WHERE id = @eventId OR id LIKE @prefix LIMIT 2",
            new { eventId, prefix = eventId + "%" }).ToList();
        if (matches.Count != 1) return null;
        var mention = SitrepJson.Deserialize<EventMention>(matches[0].Data)!;
        return (mention, Article(matches[0].ArticleId)!);
    }

    // The columns named, not *: the record is positional, so a column a later schema step adds (framing) must not break it.
    public Article? Article(string id) =>
        connection.Query<ArticleRecord>(
                "SELECT id, url, outlet, title, published, language, source, text, ingested_at, features FROM articles WHERE id = @id", new { id })
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

    public IReadOnlyList<string> ArticleIdsFrom(string source) =>
        [.. connection.Query<string>("SELECT id FROM articles WHERE source = @source OR url = @source ORDER BY id", new { source })];

    public IReadOnlyList<(string ArticleId, string DuplicateOf, double Similarity)> DuplicateLinks() =>
        connection.Query<(string, string, double)>("SELECT article_id, duplicate_of, similarity FROM article_links ORDER BY article_id").ToList();

    public HashSet<string> FeedItemKeys() =>
        connection.Query<string>($"SELECT {dialect.FeedItemKey} FROM feed_items").ToHashSet(StringComparer.Ordinal);

    public void MarkFeedItems(IEnumerable<(string Feed, string Key)> items, DateTimeOffset seenAt)
    {
        using var tx = dialect.BeginWrite(connection);
        foreach (var (feed, key) in items)
            connection.Execute("INSERT INTO feed_items (feed, item_key, first_seen) VALUES (@feed, @key, @seen) ON CONFLICT DO NOTHING",
                new { feed, key, seen = seenAt.ToString("O") }, tx);
        tx.Commit();
    }

    public (long Articles, long Events) Counts() => (
        connection.ExecuteScalar<long>("SELECT COUNT(*) FROM articles"),
        connection.ExecuteScalar<long>("SELECT COUNT(*) FROM events"));

    private sealed record ArticleRecord(string Id, string? Url, string? Outlet, string? Title, string? Published,
        string Language, string Source, string Text, string IngestedAt, string? Features);
}
