using System.Globalization;
using Dapper;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Ledger;
using Sitrep.Pipeline;
using Sitrep.Serialization;

namespace Sitrep.Storage;

/// <summary>
/// The ledger tables beside the mentions (schema step 5). <see cref="Update"/> fuses counted
/// mentions not yet in the ledger: it finds the link groups their buckets touch and recomputes
/// only those, so adding an article costs the work of its buckets, not of the ledger.
/// <see cref="Rebuild"/> recomputes everything from the mentions; both give the same events
/// (the events of a group depend only on its mentions and the decisions in force).
/// People's merges and splits are stored as decisions; nothing is deleted: a replaced event
/// stays, marked superseded and pointing at the event that took its first report.
/// </summary>
public sealed class LedgerStore : ILedgerStore
{
    public const string Current = "current";
    public const string Superseded = "superseded";

    private readonly DbConnection _connection;
    private readonly SqlDialect _dialect;
    private readonly Func<DbConnection>? _openStreamConnection;
    private readonly MentionProjector _projector;
    private readonly LedgerBuilder _builder;

    /// <param name="openStreamConnection">
    /// A second connection for <see cref="StreamEvents"/>, where the engine cannot run other
    /// statements on a connection while one of its readers is open (PostgreSQL); null: the same one.
    /// </param>
    private LedgerStore(DbConnection connection, SqlDialect dialect, Func<DbConnection>? openStreamConnection, MentionProjector projector, LedgerBuilder builder)
    {
        _connection = connection;
        _dialect = dialect;
        _openStreamConnection = openStreamConnection;
        _projector = projector;
        _builder = builder;
    }

    public static LedgerStore Open(string path, DataPack data, StoreOpenMode mode = StoreOpenMode.CreateIfMissing, LedgerBuilder? builder = null)
    {
        using (SqliteStore.Open(path, mode)) { } // creates or migrates the schema, ledger tables included
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        connection.Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;");
        return new LedgerStore(connection, SqlDialect.Sqlite, null, Projector(data), builder ?? new LedgerBuilder());
    }

    /// <summary>The ledger of a PostgreSQL store, on a connection of its own (the store's schema is up to date).</summary>
    internal static LedgerStore OnPostgres(string connectionString, DataPack data, LedgerBuilder? builder = null)
    {
        DbConnection Connect()
        {
            var connection = new Npgsql.NpgsqlConnection(connectionString);
            connection.Open();
            return connection;
        }
        return new LedgerStore(Connect(), SqlDialect.Postgres, Connect, Projector(data), builder ?? new LedgerBuilder());
    }

    private static MentionProjector Projector(DataPack data) => new(SourceRegistry.Load(data), LedgerCues.Load(data));

    public void Dispose() => _connection.Dispose();

    private const string NotFused = "AND NOT EXISTS (SELECT 1 FROM ledger_mentions m WHERE m.mention_id = e.id)";

    /// <summary>Fuses the counted mentions stored since the last update; returns how many mentions joined and events were written.</summary>
    public LedgerUpdate Update(DateTimeOffset? at = null)
    {
        using var tx = _dialect.BeginWrite(_connection);
        var done = Fuse(Project(NotFused, null, tx), Stamp(at), tx);
        tx.Commit();
        return done;
    }

    /// <summary>
    /// Fuses the counted mentions of these stored articles that are not in the ledger yet: an
    /// ingest's batch, looked up by its ids rather than by scanning every stored mention, which
    /// made each batch cost more as the store grew.
    /// </summary>
    public LedgerUpdate Update(IReadOnlyCollection<string> articleIds, DateTimeOffset? at = null)
    {
        if (articleIds.Count == 0) return new LedgerUpdate(0, 0);
        using var tx = _dialect.BeginWrite(_connection);
        var done = Fuse(Project($"AND {_dialect.In("a.id", "@articleIds")} {NotFused}", new { articleIds = articleIds.ToList() }, tx), Stamp(at), tx);
        tx.Commit();
        return done;
    }

    /// <summary>
    /// Fuses mentions already projected (a bucket worker's input, or a benchmark's): they join the
    /// ledger as if their articles had just been stored. Mentions already in the ledger are replaced.
    /// </summary>
    public LedgerUpdate Add(IReadOnlyList<LedgerMention> mentions, DateTimeOffset? at = null)
    {
        using var tx = _dialect.BeginWrite(_connection);
        var done = Fuse(mentions, Stamp(at), tx);
        tx.Commit();
        return done;
    }

    /// <summary>Mentions read from buckets by the last update: the work adding them took, whatever the size of the ledger.</summary>
    public int LastBucketReads { get; private set; }

    private LedgerUpdate Fuse(IReadOnlyList<LedgerMention> fresh, string when, DbTransaction tx)
    {
        LastBucketReads = 0;
        if (fresh.Count == 0) return new LedgerUpdate(0, 0);
        foreach (var m in fresh) InsertMention(m, tx);
        var constraints = Constraints(tx);

        var touched = new NameSets();
        foreach (var m in fresh)
        {
            touched.Add(m.Id);
            foreach (var (other, component) in Neighbours(m, tx))
            {
                LastBucketReads++;
                if (other.Id != m.Id && _builder.Scorer.Links(m, other)) touched.Join(m.Id, component);
            }
        }
        // Groups no fresh report ties together are closed apart from each other, so each set is
        // loaded, clustered and written on its own: a batch holds one set in memory at a time, not
        // every group it touches. People's decisions may tie any groups (LoadComponents follows
        // them), so with decisions in force everything touched is recomputed as one.
        var sets = touched.Sets();
        if (!constraints.IsEmpty) sets = [[.. sets.SelectMany(s => s)]];
        var freshIds = fresh.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var written = 0;
        foreach (var components in sets)
        {
            var group = LoadComponents(components, constraints, tx);
            written += Write(group.Values.Select(g => g.Mention).ToList(), group.ToDictionary(g => g.Key, g => g.Value.EventId), constraints, when, tx,
                new Unchanged(group.ToDictionary(g => g.Key, g => g.Value.Component), freshIds));
        }
        return new LedgerUpdate(fresh.Count, written);
    }

    /// <summary>Recomputes the whole ledger from the stored mentions and the decisions in force.</summary>
    public LedgerUpdate Rebuild(DateTimeOffset? at = null)
    {
        var when = Stamp(at);
        using var tx = _dialect.BeginWrite(_connection);
        var prior = _connection.Query<(string, string?)>("SELECT mention_id, event_id FROM ledger_mentions", transaction: tx)
            .ToDictionary(r => r.Item1, r => r.Item2, StringComparer.Ordinal);
        _connection.Execute("DELETE FROM ledger_mentions", transaction: tx); // projections only: the mentions stay in events
        var all = Project("", null, tx);
        foreach (var m in all) InsertMention(m, tx);
        var constraints = Constraints(tx);
        var named = constraints.Mentions.ToHashSet(StringComparer.Ordinal);
        var arrivals = all.Where(m => named.Contains(m.Id)).ToDictionary(m => m.Id, LedgerBuilder.WindowStart, StringComparer.Ordinal);
        var written = 0;
        var ordered = all.OrderBy(LedgerBuilder.WindowStart).ThenBy(m => m.Id, StringComparer.Ordinal);
        foreach (var component in _builder.Streaming(constraints, arrivals).Components(ordered))
            written += Write(component, component.ToDictionary(m => m.Id, m => prior.GetValueOrDefault(m.Id), StringComparer.Ordinal), constraints, when, tx);
        // events no mention points at any more (their mentions were removed) are kept, superseded
        _connection.Execute("""
            UPDATE ledger_events SET status = @Superseded
            WHERE status = @Current AND NOT EXISTS (SELECT 1 FROM ledger_mentions m WHERE m.event_id = ledger_events.id)
            """, new { Superseded, Current }, tx);
        tx.Commit();
        return new LedgerUpdate(all.Count, written);
    }

    /// <summary>Records that events <paramref name="a"/> and <paramref name="b"/> are one, and refuses it for events that do not exist.</summary>
    public LedgerDecision Merge(string a, string b, string? note = null, DateTimeOffset? at = null)
    {
        var first = ResolveCurrent(a);
        var second = ResolveCurrent(b);
        if (first == second) throw new LedgerException($"{a} and {b} are the same event ({first})");
        var members = Members(first).Concat(Members(second)).Order(StringComparer.Ordinal).ToList();
        return Decide(LedgerDecision.Merge, members[0], members.Skip(1).ToList(), [first, second], note, at);
    }

    /// <summary>Records that mention <paramref name="mention"/> is not a report of <paramref name="eventId"/>.</summary>
    public LedgerDecision Split(string eventId, string mention, string? note = null, DateTimeOffset? at = null)
    {
        var id = ResolveCurrent(eventId);
        var members = Members(id);
        var m = members.Where(x => x == mention || x.StartsWith(mention, StringComparison.Ordinal)).ToList();
        if (m.Count != 1)
            throw new LedgerException(m.Count == 0
                ? $"{mention} is not a report of {id} (its mentions: {string.Join(", ", members)})"
                : $"{mention} matches several mentions of {id}: {string.Join(", ", m)}");
        if (members.Count == 1) throw new LedgerException($"{id} has only one report: there is nothing to split it from");
        return Decide(LedgerDecision.Split, m[0], members.Where(x => x != m[0]).ToList(), [id], note, at);
    }

    private LedgerDecision Decide(string kind, string anchor, IReadOnlyList<string> others, IReadOnlyList<string> events, string? note, DateTimeOffset? at)
    {
        var when = Stamp(at);
        using var tx = _dialect.BeginWrite(_connection);
        var seq = _connection.ExecuteScalar<long>("""
            INSERT INTO ledger_decisions (kind, anchor, others, events, at, note) VALUES (@kind, @anchor, @others, @events, @when, @note)
            RETURNING seq
            """, new { kind, anchor, others = string.Join(' ', others), events = string.Join(' ', events), when, note }, tx);
        foreach (var e in events)
            History(e, when, kind, $"decision {seq}: {(kind == LedgerDecision.Merge ? "merged " + string.Join(" + ", events) : $"mention {anchor} split off")}", tx);
        var constraints = Constraints(tx);
        var components = _connection.Query<string>($"SELECT DISTINCT component FROM ledger_mentions WHERE {_dialect.In("mention_id", "@ids")}",
            new { ids = others.Append(anchor).ToList() }, tx);
        var group = LoadComponents(components, constraints, tx);
        Write(group.Values.Select(g => g.Mention).ToList(), group.ToDictionary(g => g.Key, g => g.Value.EventId), constraints, when, tx,
            new Unchanged(group.ToDictionary(g => g.Key, g => g.Value.Component), new HashSet<string>()));
        tx.Commit();
        return new LedgerDecision(seq, kind, anchor, others, when, note);
    }

    /// <summary>The current events the query selects, oldest first, at most <see cref="LedgerQuery.Limit"/>.</summary>
    public IReadOnlyList<LedgerEvent> Events(LedgerQuery? query = null) =>
        [.. StreamEvents(query).Take((query ?? new LedgerQuery()).Limit)];

    /// <summary>
    /// Every current event the query selects, oldest first, read one row at a time: no limit
    /// (<see cref="LedgerQuery.Limit"/> is ignored), flat memory, for exports of any size.
    /// </summary>
    public IEnumerable<LedgerEvent> StreamEvents(LedgerQuery? query = null)
    {
        query ??= new LedgerQuery();
        var where = new List<string> { "status = @Current" };
        if (query.EventType is not null)
            where.Add($"({_dialect.EqualsIgnoringCase("event_type", "@EventType")} OR {_dialect.EqualsIgnoringCase("sub_event_type", "@EventType")})");
        if (query.Province is not null) where.Add(_dialect.EqualsIgnoringCase("admin1", "@Province"));
        if (query.From is not null) where.Add("date_start >= @from");
        if (query.To is not null) where.Add("date_start <= @to");
        return Stream($"SELECT data FROM ledger_events WHERE {string.Join(" AND ", where)} ORDER BY date_start, id",
                new { Current, query.EventType, query.Province, from = Iso(query.From), to = Iso(query.To) })
            .Select(d => SitrepJson.Deserialize<LedgerEvent>(d)!);
    }

    /// <summary>Rows read one at a time; on their own connection where the engine needs one, closed when the reading ends.</summary>
    private IEnumerable<string> Stream(string sql, object args)
    {
        if (_openStreamConnection is null)
        {
            foreach (var row in _connection.Query<string>(sql, args, buffered: false)) yield return row;
            yield break;
        }
        using var connection = _openStreamConnection();
        foreach (var row in connection.Query<string>(sql, args, buffered: false)) yield return row;
    }

    /// <summary>
    /// The stored mentions behind ledger sources, with their article: what exports cite as the
    /// evidence of an event (sentence, url, title). Mentions no longer stored are left out.
    /// </summary>
    public IReadOnlyList<(EventMention Mention, Article Article)> MentionsWithArticles(IReadOnlyCollection<string> mentionIds)
    {
        if (mentionIds.Count == 0) return [];
        return [.. _connection.Query<(string Data, string ArticleId, string Text, string? Url, string? Title, string? Outlet, string? Published, string Source)>($"""
                SELECT e.data, a.id, a.text, a.url, a.title, a.outlet, a.published, a.source
                FROM events e JOIN articles a ON a.id = e.article_id WHERE {_dialect.In("e.id", "@mentionIds")} ORDER BY e.id
                """, new { mentionIds = mentionIds.ToList() })
            .Select(r => (SitrepJson.Deserialize<EventMention>(r.Data)!, new Article
            {
                Id = r.ArticleId, Text = r.Text, Url = r.Url, Title = r.Title, Outlet = r.Outlet, Source = r.Source,
                Published = DateOnly.TryParseExact(r.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var p) ? p : null,
            }))];
    }

    /// <summary>An event by id or unique id prefix, current or superseded (then with the event that replaced it).</summary>
    public (LedgerEvent Event, string Status, string? SupersededBy)? Event(string idOrPrefix)
    {
        var rows = _connection.Query<(string Data, string Status, string? SupersededBy)>(
            "SELECT data, status, superseded_by FROM ledger_events WHERE id = @idOrPrefix OR id LIKE @prefix LIMIT 2",
            new { idOrPrefix, prefix = idOrPrefix + "%" }).ToList();
        return rows.Count == 1 ? (SitrepJson.Deserialize<LedgerEvent>(rows[0].Data)!, rows[0].Status, rows[0].SupersededBy) : null;
    }

    /// <summary>The current event holding a mention, or null when the mention is not in the ledger.</summary>
    public string? EventOfMention(string mentionId) =>
        _connection.ExecuteScalar<string?>("SELECT event_id FROM ledger_mentions WHERE mention_id = @mentionId", new { mentionId });

    /// <summary>What happened to an event: its fusions, decisions, supersessions, in order.</summary>
    public IReadOnlyList<LedgerHistoryEntry> History(string idOrPrefix)
    {
        var id = Event(idOrPrefix)?.Event.Id ?? throw new LedgerException($"no ledger event {idOrPrefix}");
        return [.. _connection.Query<LedgerHistoryEntry>("SELECT seq, event_id AS EventId, at, action, detail FROM ledger_history WHERE event_id = @id ORDER BY seq", new { id })];
    }

    /// <summary>Every stored article as (id, source location), for mapping evaluation reports to their articles.</summary>
    public IReadOnlyList<(string Id, string Source)> ArticleSources() =>
        [.. _connection.Query<(string, string)>("SELECT id, source FROM articles ORDER BY id")];

    /// <summary>The counted mentions of one article, as extracted.</summary>
    public IReadOnlyList<EventMention> CountedMentions(string articleId) =>
        [.. _connection.Query<string>("SELECT data FROM events WHERE article_id = @articleId AND counts = 1 ORDER BY id", new { articleId })
            .Select(d => SitrepJson.Deserialize<EventMention>(d)!)];

    public IReadOnlyList<LedgerDecision> Decisions() => Decisions(null);

    public (long Mentions, long Events) Counts() => (
        _connection.ExecuteScalar<long>("SELECT COUNT(*) FROM ledger_mentions"),
        _connection.ExecuteScalar<long>("SELECT COUNT(*) FROM ledger_events WHERE status = @Current", new { Current }));

    private IReadOnlyList<LedgerDecision> Decisions(DbTransaction? tx) =>
        [.. _connection.Query<(long Seq, string Kind, string Anchor, string Others, string At, string? Note)>(
                "SELECT seq, kind, anchor, others, at, note FROM ledger_decisions ORDER BY seq", transaction: tx)
            .Select(r => new LedgerDecision(r.Seq, r.Kind, r.Anchor, r.Others.Split(' ', StringSplitOptions.RemoveEmptyEntries), r.At, r.Note))];

    private FusionConstraints Constraints(DbTransaction tx) => new(Decisions(tx));

    private string ResolveCurrent(string idOrPrefix) => Event(idOrPrefix) switch
    {
        null => throw new LedgerException($"no ledger event {idOrPrefix} (or the prefix matches several)"),
        var (e, status, by) when status != Current => throw new LedgerException($"{e.Id} was superseded by {by ?? "a rebuild"}: use that one"),
        var (e, _, _) => e.Id,
    };

    private List<string> Members(string eventId) =>
        [.. _connection.Query<string>("SELECT mention_id FROM ledger_mentions WHERE event_id = @eventId ORDER BY mention_id", new { eventId })];

    private sealed record SourceRow(string Id, string Data, string ArticleId, string Text, string? Url, string? Outlet, string? Published, string Source, string? CopyOf);

    /// <summary>
    /// The counted mentions of stored articles, projected as <see cref="Update"/> projects them: what
    /// a bucket worker is given to <see cref="Add"/> for articles stored elsewhere.
    /// </summary>
    public IReadOnlyList<LedgerMention> ProjectArticles(IReadOnlyCollection<string> articleIds) =>
        articleIds.Count == 0 ? [] : Project($"AND {_dialect.In("a.id", "@articleIds")}", new { articleIds = articleIds.ToList() }, null);

    /// <param name="filter">More conditions on the counted mentions (<c>e</c>) and their articles (<c>a</c>).</param>
    private List<LedgerMention> Project(string filter, object? args, DbTransaction? tx)
    {
        var rows = _connection.Query<SourceRow>($"""
            SELECT e.id AS Id, e.data AS Data, a.id AS ArticleId, a.text AS Text, a.url AS Url, a.outlet AS Outlet, a.published AS Published, a.source AS Source,
                (SELECT l.duplicate_of FROM article_links l WHERE l.article_id = a.id ORDER BY l.similarity DESC, l.duplicate_of LIMIT 1) AS CopyOf
            FROM events e JOIN articles a ON a.id = e.article_id
            WHERE e.counts = 1 {filter}
            ORDER BY e.article_id, e.id
            """, args, tx, buffered: false);
        var result = new List<LedgerMention>();
        Article? article = null;
        foreach (var r in rows)
        {
            if (article?.Id != r.ArticleId)
                article = new Article
                {
                    Id = r.ArticleId, Text = r.Text, Url = r.Url, Outlet = r.Outlet, Source = r.Source,
                    Published = DateOnly.TryParseExact(r.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var p) ? p : null,
                };
            var mention = SitrepJson.Deserialize<EventMention>(r.Data)!;
            result.Add(_projector.Project(mention, article, r.CopyOf));
        }
        return result;
    }

    private void InsertMention(LedgerMention m, DbTransaction tx)
    {
        var keys = LedgerMentionKeys.Of(m);
        _connection.Execute("""
            INSERT INTO ledger_mentions (mention_id, article_id, family, country, region, anchor_month, day_first, day_last, district, event_id, component, data)
            VALUES (@Id, @ArticleId, @Family, @Country, @Region, @AnchorMonth, @DayFirst, @DayLast, @District, NULL, @Id, @data)
            ON CONFLICT (mention_id) DO UPDATE SET article_id = excluded.article_id, family = excluded.family, country = excluded.country,
                region = excluded.region, anchor_month = excluded.anchor_month, day_first = excluded.day_first, day_last = excluded.day_last,
                district = excluded.district, event_id = NULL, component = excluded.component, data = excluded.data
            """, new
        {
            m.Id, m.ArticleId, m.Family, Country = m.Country ?? "", m.Region,
            keys.AnchorMonth, keys.DayFirst, keys.DayLast, keys.District,
            data = SitrepJson.Serialize(m),
        }, tx);
    }

    /// <summary>
    /// Stored mentions a mention can link with: its bucket (same family and anchor month, see
    /// <see cref="LedgerMention.Bucket"/>), and in it its province, the country bucket and placeless
    /// mentions (a mention without a province: the whole country; without a country: every place).
    /// </summary>
    private IEnumerable<(LedgerMention Mention, string Component)> Neighbours(LedgerMention m, DbTransaction tx) => Around(m, "component", tx);

    /// <summary>
    /// The fused mentions a mention from outside the ledger (a reference dataset's row, projected)
    /// would be scored against if it were a report, each with the ledger event holding it: the
    /// same buckets fusion looks in.
    /// </summary>
    public IEnumerable<(LedgerMention Mention, string EventId)> MentionsAround(LedgerMention m) =>
        Around(m, "event_id", null).Where(r => r.Item2 is not null);

    private IEnumerable<(LedgerMention Mention, string Component)> Around(LedgerMention m, string column, DbTransaction? tx)
    {
        var keys = LedgerMentionKeys.Of(m);
        if (keys is not { AnchorMonth: { } month, DayFirst: { } first, DayLast: { } last }) return [];
        // only rows that can pair (PairScorer): the bucket, a window meeting this one, no other district; the index holds all
        // of these, so a busy province's month is not read and parsed for every report
        var select = $"""
            SELECT data, {column} FROM ledger_mentions
            WHERE family = @Family AND anchor_month = @month AND day_first <= @last AND day_last >= @first
            {(keys.District is null ? "" : "AND (district IS NULL OR district = @District)")}
            """;
        IEnumerable<(string Data, string Component)> Query(string filter, string? region = null) =>
            _connection.Query<(string Data, string Component)>($"{select} {filter}", new { m.Family, country = m.Country ?? "", region, month, first, last, keys.District }, tx,
                buffered: false); // a busy bucket holds thousands of reports: read them one at a time
        var rows = m.Admin1 is not null ? new[] { m.Region, "*" + m.Country, "*" }.SelectMany(region => Query("AND region = @region", region))
            : m.Country is not null ? Query("AND country = @country").Concat(Query("AND region = @region", "*"))
            : Query("");
        return rows.Select(r => (SitrepJson.Deserialize<LedgerMention>(r.Data)!, r.Component));
    }

    /// <summary>Every mention of the given link groups, and of the groups people's merges tie them to.</summary>
    private SortedDictionary<string, (LedgerMention Mention, string? EventId, string Component)> LoadComponents(IEnumerable<string> components, FusionConstraints constraints, DbTransaction tx)
    {
        var group = new SortedDictionary<string, (LedgerMention, string?, string)>(StringComparer.Ordinal);
        var pending = new Queue<string>(components);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryDequeue(out var component))
        {
            if (!seen.Add(component)) continue;
            foreach (var (data, eventId) in _connection.Query<(string, string?)>("SELECT data, event_id FROM ledger_mentions WHERE component = @component", new { component }, tx))
            {
                var m = SitrepJson.Deserialize<LedgerMention>(data)!;
                group[m.Id] = (m, eventId, component);
                foreach (var partner in constraints.MustLinked(m.Id))
                    if (_connection.ExecuteScalar<string?>("SELECT component FROM ledger_mentions WHERE mention_id = @partner", new { partner }, tx) is { } c)
                        pending.Enqueue(c);
            }
        }
        return group;
    }

    /// <summary>
    /// What a group held before it was recomputed: each mention's link group, and which mentions are
    /// new or replaced. With it, <see cref="Write"/> rewrites only the rows that change: a large link
    /// group that gains one report keeps most of its events, and rewriting them all made each
    /// batch's writes grow with the group.
    /// </summary>
    private sealed record Unchanged(IReadOnlyDictionary<string, string> PriorComponent, IReadOnlySet<string> Fresh);

    /// <summary>
    /// Writes the events of a closed group: each mention's link group (its smallest mention id) and
    /// event, each event's row, and history for events whose reports changed. An event that lost
    /// its reports is kept as superseded by the event holding its first report.
    /// </summary>
    private int Write(IReadOnlyList<LedgerMention> group, IReadOnlyDictionary<string, string?> priorEvent, FusionConstraints constraints, string when, DbTransaction tx,
        Unchanged? unchanged = null)
    {
        var componentOf = Components(group, constraints);
        var events = _builder.Events(group, constraints).ToList();
        var eventOf = events.SelectMany(e => e.MentionIds.Select(id => (id, e.Id))).ToDictionary(x => x.id, x => x.Item2, StringComparer.Ordinal);
        var priorMembers = priorEvent.Where(p => p.Value is not null).GroupBy(p => p.Value!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Key).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);

        foreach (var e in events)
        {
            var known = _connection.ExecuteScalar<string?>("SELECT status FROM ledger_events WHERE id = @Id", new { e.Id }, tx);
            var members = e.MentionIds.ToList();
            var changed = !priorMembers.TryGetValue(e.Id, out var before) || !before.SequenceEqual(members);
            // an event is a function of its reports: same reports, none of them replaced, same row
            if (!changed && known == Current && unchanged is not null && !members.Any(unchanged.Fresh.Contains)) continue;
            UpsertEvent(e, tx);
            if (changed || known != Current)
                History(e.Id, when, known is null ? "created" : "fused",
                    $"{members.Count} report(s) from {e.Outlets} outlet(s): {string.Join(", ", members)}", tx);
        }
        foreach (var m in group)
        {
            if (unchanged is not null && priorEvent.GetValueOrDefault(m.Id) == eventOf[m.Id]
                && unchanged.PriorComponent.GetValueOrDefault(m.Id) == componentOf[m.Id]) continue;
            _connection.Execute("UPDATE ledger_mentions SET event_id = @e, component = @c WHERE mention_id = @Id",
                new { e = eventOf[m.Id], c = componentOf[m.Id], m.Id }, tx);
        }
        foreach (var (old, members) in priorMembers)
            if (!events.Any(e => e.Id == old))
            {
                var by = eventOf[members[0]];
                _connection.Execute("UPDATE ledger_events SET status = @Superseded, superseded_by = @by WHERE id = @old", new { Superseded, by, old }, tx);
                History(old, when, "superseded", $"its reports moved; its first report {members[0]} is now in {by}", tx);
            }
        return events.Count;
    }

    /// <summary>Each mention's link group, named by its smallest mention id: linked pairs and people's merges join groups.</summary>
    private Dictionary<string, string> Components(IReadOnlyList<LedgerMention> group, FusionConstraints constraints)
    {
        var sorted = group.OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
        var parent = Enumerable.Range(0, sorted.Count).ToArray();
        int Find(int i) { while (parent[i] != i) i = parent[i] = parent[parent[i]]; return i; }
        void Union(int i, int j) { var (a, b) = (Find(i), Find(j)); if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b); }
        foreach (var (i, j) in CandidatePairs.Of(sorted))
            if (_builder.Scorer.Links(sorted[i], sorted[j])) Union(i, j);
        var index = sorted.Select((m, i) => (m.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        for (var i = 0; i < sorted.Count; i++)
            foreach (var partner in constraints.MustLinked(sorted[i].Id))
                if (index.TryGetValue(partner, out var j)) Union(i, j);
        return sorted.Select((m, i) => (m.Id, Root: sorted[Find(i)].Id)).ToDictionary(x => x.Id, x => x.Root, StringComparer.Ordinal);
    }

    private void UpsertEvent(LedgerEvent e, DbTransaction tx)
    {
        var place = e.Place?.Value;
        var date = e.Date?.Value;
        _connection.Execute("""
            INSERT INTO ledger_events (id, status, superseded_by, event_type, sub_event_type, date_start, date_end, time_precision,
                country, admin1, admin2, location, latitude, longitude, geo_precision, actor1, actor2,
                fatalities, fatalities_low, fatalities_high, injuries, disputed, mentions, outlets, independent_sources, partisan_only,
                first_report, last_report, data)
            VALUES (@Id, @Current, NULL, @type, @sub, @start, @end, @precision, @country, @admin1, @admin2, @location, @lat, @lon, @geo,
                @actor1, @actor2, @fatalities, @low, @high, @injuries, @disputed, @mentions, @Outlets, @IndependentSources, @partisanOnly,
                @first, @last, @data)
            ON CONFLICT (id) DO UPDATE SET
                status = excluded.status, superseded_by = excluded.superseded_by, event_type = excluded.event_type,
                sub_event_type = excluded.sub_event_type, date_start = excluded.date_start, date_end =
                excluded.date_end, time_precision = excluded.time_precision, country = excluded.country, admin1 =
                excluded.admin1, admin2 = excluded.admin2, location = excluded.location, latitude = excluded.latitude,
                longitude = excluded.longitude, geo_precision = excluded.geo_precision, actor1 = excluded.actor1, actor2
                = excluded.actor2, fatalities = excluded.fatalities, fatalities_low = excluded.fatalities_low,
                fatalities_high = excluded.fatalities_high, injuries = excluded.injuries, disputed = excluded.disputed,
                mentions = excluded.mentions, outlets = excluded.outlets, independent_sources =
                excluded.independent_sources, partisan_only = excluded.partisan_only, first_report =
                excluded.first_report, last_report = excluded.last_report, data = excluded.data
            """, new
        {
            e.Id, Current, type = e.EventType.Value, sub = e.SubEventType?.Value,
            start = Iso(date?.Start), end = Iso(date?.End), precision = date?.Precision,
            country = place?.Country, admin1 = place?.Admin1, admin2 = place?.Admin2, location = place?.Location,
            lat = place?.Latitude, lon = place?.Longitude, geo = place?.GeoPrecision,
            actor1 = e.Actor1?.Value, actor2 = e.Actor2?.Value,
            fatalities = e.Fatalities?.Best, low = e.Fatalities?.Low, high = e.Fatalities?.High, injuries = e.Injuries?.Best,
            // flags as 0/1: the column is an integer on both engines, and PostgreSQL casts no boolean to one
            disputed = e.Fatalities?.Disputed == true || e.Injuries?.Disputed == true ? 1 : 0, mentions = e.Sources.Count,
            e.Outlets, e.IndependentSources, partisanOnly = e.PartisanOnly ? 1 : 0,
            first = Iso(e.FirstReport), last = Iso(e.LastReport), data = SitrepJson.Serialize(e),
        }, tx);
    }

    private void History(string eventId, string at, string action, string detail, DbTransaction tx) =>
        _connection.Execute("INSERT INTO ledger_history (event_id, at, action, detail) VALUES (@eventId, @at, @action, @detail)",
            new { eventId, at, action, detail }, tx);

    private static string Stamp(DateTimeOffset? at) => (at ?? DateTimeOffset.UtcNow).ToString("O", CultureInfo.InvariantCulture);

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
