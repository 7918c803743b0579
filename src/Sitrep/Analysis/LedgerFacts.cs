using System.Globalization;
using System.Text;
using Dapper;
using System.Data.Common;
using Sitrep.Events;
using Sitrep.Ledger;
using Sitrep.Serialization;
using Sitrep.Storage;

namespace Sitrep.Analysis;

/// <summary>
/// Read-only queries on the ledger's tables for trends, comparisons and the report. Counting
/// is done by the database (GROUP BY day over the (status, date_start) indexes), so a million events
/// are never materialised; only the events a listing shows are read whole. Only current events
/// count (a superseded one was replaced by another). The same statements run on SQLite and on
/// PostgreSQL (sums cast to BIGINT, which PostgreSQL would widen to NUMERIC; orders explicit, where
/// SQLite's grouping happens to sort and PostgreSQL's hashing does not).
/// </summary>
public sealed class LedgerFacts : IDisposable
{
    private readonly DbConnection _connection;
    private readonly SqlDialect _dialect;

    private LedgerFacts(DbConnection connection, SqlDialect dialect, string path) => (_connection, _dialect, Path) = (connection, dialect, path);

    /// <summary>The store's --db value, for views that read its articles as well (the report's framing table).</summary>
    public string Path { get; }

    /// <summary>Opens an existing store read-only (the caller has created or migrated it).</summary>
    public static LedgerFacts Open(string path)
    {
        var (connection, dialect) = StoreConnections.OpenReader(path);
        return new LedgerFacts(connection, dialect, path);
    }

    public void Dispose() => _connection.Dispose();

    /// <summary>The admin1 values stored, for resolving a --province name to the spellings in the ledger.</summary>
    public IReadOnlyList<string> Provinces() =>
        [.. _connection.Query<string>("SELECT DISTINCT admin1 FROM ledger_events WHERE status = @Current AND admin1 IS NOT NULL", new { LedgerStore.Current })];

    /// <summary>The actor values stored (actor1 and actor2), for resolving an --actor name.</summary>
    public IReadOnlyList<string> Actors() =>
        [.. _connection.Query<string>("""
            SELECT actor1 FROM ledger_events WHERE status = @Current AND actor1 IS NOT NULL
            UNION SELECT actor2 FROM ledger_events WHERE status = @Current AND actor2 IS NOT NULL
            """, new { LedgerStore.Current })];

    /// <summary>The first and last event dates of the slice, or null when it holds no dated event.</summary>
    public DateRange? Span(LedgerSlice slice)
    {
        var (where, args) = Where(slice);
        var row = _connection.QuerySingle<(string? First, string? Last)>($"SELECT MIN(date_start), MAX(date_start) FROM ledger_events WHERE {where}", args);
        return row.First is null ? null : new DateRange(Day(row.First), Day(row.Last!));
    }

    /// <summary>Events of the slice without a date: they are in no trend, and a report says how many.</summary>
    public long Undated(LedgerSlice slice)
    {
        var (where, args) = Where(slice with { From = null, To = null }, dated: false);
        return _connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM ledger_events WHERE {where} AND date_start IS NULL", args);
    }

    /// <summary>
    /// Per day (and key), partisan-only apart: event counts and fatality sums. Days without events have no row.
    /// Without a split the groups follow the covering index's order (status, date_start, partisan_only), so
    /// SQLite aggregates in one pass without sorting; a split key needs its sort.
    /// </summary>
    public IReadOnlyList<DailyTally> Daily(LedgerSlice slice, SplitBy split = SplitBy.None)
    {
        var (rows, args) = Keyed(slice, split);
        var sql = $"""
            SELECT date_start, {(split == SplitBy.None ? "CAST(NULL AS TEXT)" : "k")}, partisan_only, COUNT(*), {Sum("fatalities_low")}, {Sum("fatalities")}, {Sum("fatalities_high")}
            FROM {rows} GROUP BY {(split == SplitBy.None ? "date_start, partisan_only" : "date_start, k, partisan_only")}
            ORDER BY {(split == SplitBy.None ? "date_start, partisan_only" : "date_start, k NULLS FIRST, partisan_only")}
            """;
        return [.. _connection.Query<(string Day, string? Key, long Partisan, long Events, long Low, long Best, long High)>(sql, args)
            .Select(r => new DailyTally(Day(r.Day), r.Key, r.Partisan != 0, r.Events, r.Low, r.Best, r.High))];
    }

    /// <summary>Per key over the whole slice: counts, fatality sums and corroboration (outlets, independent sources), partisan-only apart.</summary>
    public IReadOnlyList<KeyTotals> Totals(LedgerSlice slice, SplitBy split)
    {
        var (rows, args) = Keyed(slice, split);
        var sql = $"""
            SELECT k AS Key,
                {Sum("CASE WHEN partisan_only = 0 THEN 1 ELSE 0 END")} AS Events, {Sum("CASE WHEN partisan_only <> 0 THEN 1 ELSE 0 END")} AS PartisanEvents,
                {Sum("CASE WHEN partisan_only = 0 THEN fatalities_low END")} AS FatalitiesLow,
                {Sum("CASE WHEN partisan_only = 0 THEN fatalities END")} AS Fatalities,
                {Sum("CASE WHEN partisan_only = 0 THEN fatalities_high END")} AS FatalitiesHigh,
                {Sum("outlets")} AS Outlets, {Sum("independent_sources")} AS IndependentSources,
                {Sum("CASE WHEN independent_sources >= 2 THEN 1 ELSE 0 END")} AS Corroborated
            FROM {rows} GROUP BY k ORDER BY k NULLS FIRST
            """;
        return [.. _connection.Query<KeyTotals>(sql, args)];
    }

    /// <summary>
    /// The slice's rows with a column k, the key of the split: null without one. By actor, one row per
    /// (event, actor): an event between two actors counts for each, the same actor twice once, an event
    /// without actors once under null.
    /// </summary>
    private (string Rows, DynamicParameters Args) Keyed(LedgerSlice slice, SplitBy split)
    {
        var (where, args) = Where(slice);
        const string Columns = "date_start, partisan_only, fatalities_low, fatalities, fatalities_high, outlets, independent_sources";
        var rows = split switch
        {
            SplitBy.None => $"(SELECT CAST(NULL AS TEXT) AS k, {Columns} FROM ledger_events WHERE {where}) AS keyed",
            SplitBy.Province => $"(SELECT admin1 AS k, {Columns} FROM ledger_events WHERE {where}) AS keyed",
            SplitBy.Type => $"(SELECT event_type AS k, {Columns} FROM ledger_events WHERE {where}) AS keyed",
            _ => $"""
                (SELECT actor1 AS k, {Columns} FROM ledger_events WHERE {where} AND (actor1 IS NOT NULL OR actor2 IS NULL)
                 UNION ALL
                 SELECT actor2 AS k, {Columns} FROM ledger_events WHERE {where} AND actor2 IS NOT NULL AND actor2 IS DISTINCT FROM actor1) AS keyed
                """,
        };
        return (rows, args);
    }

    /// <summary>The events of the slice, oldest first, read whole (with their sources and claims): for listings, never for counting.</summary>
    public IReadOnlyList<LedgerEvent> Events(LedgerSlice slice, int limit = int.MaxValue, bool largestFirst = false)
    {
        var (where, args) = Where(slice);
        args.Add("limit", limit);
        var order = largestFirst ? "COALESCE(fatalities_high, 0) DESC, independent_sources DESC, date_start, id" : "date_start, id";
        return [.. _connection.Query<string>($"SELECT data FROM ledger_events WHERE {where} ORDER BY {order} LIMIT @limit", args)
            .Select(d => SitrepJson.Deserialize<LedgerEvent>(d)!)];
    }

    /// <summary>
    /// One page of the slice's events, dated or not, oldest first (as <c>sitrep events</c> lists them),
    /// and how many the slice holds. SQLite counts and skips in the covering index (its last column is
    /// the id), so only the page's own rows are read whole.
    /// </summary>
    public (long Total, IReadOnlyList<LedgerEvent> Events) Page(LedgerSlice slice, long offset, int limit)
    {
        var (where, args) = Where(slice, dated: false);
        var total = _connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM ledger_events WHERE {where}", args);
        args.Add("offset", offset);
        args.Add("limit", limit);
        var page = _connection.Query<string>($"""
            SELECT data FROM ledger_events WHERE id IN (SELECT id FROM ledger_events WHERE {where} ORDER BY date_start, id LIMIT @limit OFFSET @offset)
            ORDER BY date_start, id
            """, args)
            .Select(d => SitrepJson.Deserialize<LedgerEvent>(d)!).ToList();
        return (total, page);
    }

    /// <summary>Events of the slice whose figures parties dispute, the largest high first: the report's side-by-side claims.</summary>
    public IReadOnlyList<LedgerEvent> Disputed(LedgerSlice slice, int limit)
    {
        var (where, args) = Where(slice);
        args.Add("limit", limit);
        return [.. _connection.Query<string>($"SELECT data FROM ledger_events WHERE {where} AND disputed <> 0 ORDER BY COALESCE(fatalities_high, 0) DESC, date_start, id LIMIT @limit", args)
            .Select(d => SitrepJson.Deserialize<LedgerEvent>(d)!)];
    }

    /// <summary>
    /// Each outlet of the slice's events: how many events it told, how many reports it gave and the
    /// party it speaks for (null: independent). Read from each event's sources with json_each, in the store.
    /// </summary>
    public IReadOnlyList<OutletCoverage> Coverage(LedgerSlice slice)
    {
        var (where, args) = Where(slice);
        return [.. _connection.Query<OutletCoverage>($"""
            SELECT COALESCE({_dialect.JsonField("s", "outlet")}, '(no outlet)') AS Outlet, MAX({_dialect.JsonField("s", "party")}) AS Party,
                COUNT(DISTINCT ledger_events.id) AS Events, COUNT(*) AS Reports
            FROM ledger_events, {_dialect.JsonElements("ledger_events.data", "sources", "s")}
            WHERE {where}
            GROUP BY 1 ORDER BY Events DESC, Outlet
            """, args)];
    }

    /// <summary>The URL of each stored article named, for listing an event's sources (as text, never as a link).</summary>
    public IReadOnlyDictionary<string, string> ArticleUrls(IEnumerable<string> articleIds)
    {
        var ids = articleIds.Distinct(StringComparer.Ordinal).ToList();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(500))
            foreach (var (id, url) in _connection.Query<(string, string?)>($"SELECT id, url FROM articles WHERE {_dialect.In("id", "@chunk")}", new { chunk }))
                if (url is not null) result[id] = url;
        return result;
    }

    private (string Where, DynamicParameters Args) Where(LedgerSlice slice, bool dated = true)
    {
        var where = new StringBuilder("status = @current");
        var args = new DynamicParameters();
        args.Add("current", LedgerStore.Current);
        if (dated) where.Append(" AND date_start IS NOT NULL");
        if (slice.From is { } from)
        {
            where.Append(" AND date_start >= @from");
            args.Add("from", DateRange.Iso(from));
        }
        if (slice.To is { } to)
        {
            where.Append(" AND date_start <= @to");
            args.Add("to", DateRange.Iso(to));
        }
        if (slice.EventType is { } type)
        {
            where.Append($" AND ({_dialect.EqualsIgnoringCase("event_type", "@type")} OR {_dialect.EqualsIgnoringCase("sub_event_type", "@type")})");
            args.Add("type", type);
        }
        else if (!slice.WithPoliticalInteractions)
        {
            where.Append(" AND event_type <> @political");
            args.Add("political", EventMention.PoliticalInteraction);
        }
        if (slice.Provinces is { } provinces)
        {
            where.Append($" AND {_dialect.In("admin1", "@provinces")}");
            args.Add("provinces", provinces.ToList());
        }
        if (slice.Actors is { } actors)
        {
            where.Append($" AND ({_dialect.In("actor1", "@actors")} OR {_dialect.In("actor2", "@actors")})");
            args.Add("actors", actors.ToList());
        }
        if (slice.MinSources > 0)
        {
            where.Append(" AND independent_sources >= @minSources");
            args.Add("minSources", slice.MinSources);
        }
        return (where.ToString(), args);
    }

    /// <summary>A sum as a 64-bit integer, 0 over no rows.</summary>
    private static string Sum(string expression) => $"CAST(COALESCE(SUM({expression}), 0) AS BIGINT)";

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
