using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using Sitrep.Ledger;
using Sitrep.Serialization;
using Sitrep.Storage;

namespace Sitrep.Tests.Analysis;

/// <summary>
/// A small ledger written straight into ledger_events, and the same events kept in memory so a
/// test can compute every figure again with plain LINQ (the independent computation the SQL
/// aggregates are checked against). Deterministic: a seeded generator over Jan-Apr 2020 with
/// superseded rows, undated events, political interactions, partisan-only events, disputed
/// figures, province spellings (Herat / Hirat), missing actors and an actor facing itself.
/// </summary>
public sealed class FixtureLedger : IDisposable
{
    public static readonly string[] Provinces = ["Ghazni", "Herat", "Hirat", "Kandahar", "Kunduz", "Helmand"];
    public static readonly string?[] Actors = ["Taliban", "Military Forces of Afghanistan (2014-2021)", "Police Forces of Afghanistan (2014-2021)", "Civilians (Afghanistan)", null];
    public static readonly string[] Types = ["Battles", "Explosions/Remote violence", "Violence against civilians"];

    /// <summary>One fixture row: the event as stored, its status, and whether it is a political interaction.</summary>
    public sealed record Row(LedgerEvent Event, string Status)
    {
        public DateOnly? Day => Event.Date?.Value.Start;
        public string? Admin1 => Event.Place?.Value.Admin1;
        public string? Actor1 => Event.Actor1?.Value;
        public string? Actor2 => Event.Actor2?.Value;
        public long Low => Event.Fatalities?.Low ?? 0;
        public long Best => Event.Fatalities?.Best ?? 0;
        public long High => Event.Fatalities?.High ?? 0;
    }

    public string Directory { get; }
    public string Db => Path.Combine(Directory, "fixture.db");
    public List<Row> Rows { get; } = [];

    public FixtureLedger() : this(seed: 7, count: 400, outletOverride: null) { }

    /// <summary>Another fixture: other seed or size, or every source named <paramref name="outletOverride"/> (a hostile outlet name for escaping tests).</summary>
    public static FixtureLedger Create(int seed, int count, string? outletOverride = null) => new(seed, count, outletOverride);

    private FixtureLedger(int seed, int count, string? outletOverride)
    {
        Directory = Path.Combine(Path.GetTempPath(), "sitrep-analysis-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(Directory);
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var day = new DateOnly(2020, 1, 1).AddDays(random.Next(121));
            var partisan = random.NextDouble() < 0.15;
            var type = i % 23 == 0 ? Sitrep.Events.EventMention.PoliticalInteraction : Types[random.Next(Types.Length)];
            var actor1 = Actors[random.Next(Actors.Length)];
            var actor2 = i % 31 == 0 ? actor1 : Actors[random.Next(Actors.Length)];
            var low = random.Next(0, 10);
            var best = partisan ? 0 : low + random.Next(0, 5);
            var high = best + random.Next(0, 20) + (partisan ? 5 : 0);
            var sources = 1 + random.Next(4);
            var disputed = random.NextDouble() < 0.2;
            Rows.Add(new Row(Event(i, i % 37 == 0 ? null : day, type, Provinces[random.Next(Provinces.Length)], actor1, actor2,
                partisan ? 0 : low, best, high, sources, partisan, disputed, outletOverride), i % 19 == 0 ? LedgerStore.Superseded : LedgerStore.Current));
        }
        using (SqliteStore.Open(Db)) { } // the schema, with every migration step
        Write(Db, Rows);
    }

    public IEnumerable<Row> Counted => Rows.Where(r => r.Status == LedgerStore.Current && r.Day is not null && r.Event.EventType.Value != Sitrep.Events.EventMention.PoliticalInteraction);

    public static LedgerEvent Event(int i, DateOnly? day, string type, string? admin1, string? actor1, string? actor2,
        long low, long best, long high, int sources, bool partisan, bool disputed, string? outletOverride = null)
    {
        var id = $"le_{i:x16}";
        var mentions = Enumerable.Range(0, sources).Select(s => $"ev_{i:x12}{s:x4}").ToList();
        var srcs = mentions.Select((m, s) => new LedgerSource(m, $"a_{i:x12}{s:x4}", outletOverride ?? (partisan ? "Voice of Jihad" : $"Outlet {s}"),
            partisan ? SourceKind.Party : SourceKind.Wire, partisan ? "taliban" : null, day, null)).ToList();
        var claims = new List<LedgerClaim> { new(best, low, best, "Ministry of Defence", disputed ? "government_af" : null, "Outlet 0", day, mentions[0], false) };
        if (disputed) claims.Add(new LedgerClaim(high, high, high, "Zabihullah Mujahid", "taliban", "Voice of Jihad", day, mentions[^1], false));
        return new LedgerEvent
        {
            Id = id,
            Sources = srcs,
            EventType = new FusedValue<string>(type, mentions),
            Date = day is { } d ? new FusedValue<FusedDate>(new FusedDate(d, d, 1), mentions) : null,
            Place = new FusedValue<FusedPlace>(new FusedPlace("AF", admin1, null, admin1, null, null, null, 3), mentions),
            Actor1 = actor1 is null ? null : new FusedValue<string>(actor1, mentions),
            Actor2 = actor2 is null ? null : new FusedValue<string>(actor2, mentions),
            Fatalities = new FusedFigure(low, best, high, disputed, "fixture", claims),
            Outlets = sources,
            IndependentSources = sources,
            PartisanOnly = partisan,
        };
    }

    /// <summary>Inserts the rows as the ledger stores them (the columns of schema step 6 and the event as JSON).</summary>
    public static void Write(string db, IEnumerable<Row> rows)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var tx = connection.BeginTransaction();
        foreach (var (e, status) in rows)
        {
            var date = e.Date?.Value;
            var place = e.Place?.Value;
            connection.Execute("""
                INSERT INTO ledger_events (id, status, event_type, sub_event_type, date_start, date_end, time_precision, country, admin1, admin2, location,
                    latitude, longitude, geo_precision, actor1, actor2, fatalities, fatalities_low, fatalities_high, injuries, disputed,
                    mentions, outlets, independent_sources, partisan_only, first_report, last_report, data)
                VALUES (@Id, @status, @type, NULL, @start, @start, 1, 'AF', @admin1, NULL, @admin1, NULL, NULL, 3, @actor1, @actor2,
                    @best, @low, @high, NULL, @disputed, @mentions, @Outlets, @IndependentSources, @PartisanOnly, @start, @start, @data)
                """, new
            {
                e.Id, status, type = e.EventType.Value, start = date?.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), admin1 = place?.Admin1,
                actor1 = e.Actor1?.Value, actor2 = e.Actor2?.Value, best = e.Fatalities?.Best, low = e.Fatalities?.Low, high = e.Fatalities?.High,
                disputed = e.Fatalities?.Disputed == true, mentions = e.Sources.Count, e.Outlets, e.IndependentSources, e.PartisanOnly,
                data = SitrepJson.Serialize(e),
            }, tx);
        }
        tx.Commit();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}
