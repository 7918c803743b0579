using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Sitrep.Analysis;
using Sitrep.Ledger;
using Sitrep.Pipeline;
using Sitrep.Serialization;
using Sitrep.Storage;

namespace Sitrep.Bench;

/// <summary>
/// <c>analysis [N] [--keep] [--reuse]</c>: writes N generated ledger events (default 1,000,000, three years, 34
/// provinces) straight into a fresh store's ledger_events, then times what trend and compare do
/// on it: the store's aggregates and the figures built from them, each run three times (the
/// best and the median are shown). The first run of each is cold for the query plan, warm
/// for the file cache.
/// </summary>
public static class AnalysisBenchmark
{
    private static readonly string[] Provinces =
    [
        "Badakhshan", "Badghis", "Baghlan", "Balkh", "Bamyan", "Daykundi", "Farah", "Faryab", "Ghazni", "Ghor", "Helmand", "Herat",
        "Jowzjan", "Kabul", "Kandahar", "Kapisa", "Khost", "Kunar", "Kunduz", "Laghman", "Logar", "Nangarhar", "Nimroz", "Nuristan",
        "Paktika", "Paktia", "Panjshir", "Parwan", "Samangan", "Sar-e Pol", "Takhar", "Uruzgan", "Wardak", "Zabul",
    ];
    private static readonly string[] Actors =
    [
        "Taliban", "Military Forces of Afghanistan (2014-2021)", "Police Forces of Afghanistan (2014-2021)", "Civilians (Afghanistan)",
        "Islamic State (Afghanistan)", "Military Forces of the United States (2017-2021)", "Unidentified Armed Group (Afghanistan)",
    ];
    private static readonly string[] Types = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments"];

    public static int Run(int count, bool keep, bool reuse = false)
    {
        var db = Path.Combine(Path.GetTempPath(), $"sitrep-analysis-bench-{count}.db");
        var clock = Stopwatch.StartNew();
        if (reuse && File.Exists(db))
        {
            using (SqliteStore.Open(db)) { } // brings an older store's schema up to date (indexes included)
            Console.WriteLine($"reused {db} (kept by an earlier --keep), schema brought up to date\t{clock.Elapsed.TotalSeconds:0.0} s");
        }
        else
        {
            foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
            using (SqliteStore.Open(db)) { }
            Generate(db, count, new DateOnly(2019, 1, 1), 3 * 365, seed: 1);
            Console.WriteLine($"wrote {count:N0} ledger events into {db}\t{clock.Elapsed.TotalSeconds:0.0} s ({new FileInfo(db).Length / 1048576.0:0} MB)");
        }

        using var facts = LedgerFacts.Open(db);
        var all = new LedgerSlice();
        var riv = new DateRange(new DateOnly(2020, 2, 22), new DateOnly(2020, 2, 28));
        var year = new DateRange(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31));
        var span = facts.Span(all)!;
        Time("trend --by week (whole ledger, 3 years)", () => Trend.Build(facts.Daily(all), span, Period.Week, false).Count);
        Time("trend --by month --split province", () => Trend.Build(facts.Daily(all, SplitBy.Province), span, Period.Month, true).Count);
        Time("trend --by week --split actor (2020)", () => Trend.Build(facts.Daily(all.Within(year), SplitBy.Actor), year, Period.Week, true).Count);
        Time("trend --by day --province Ghazni --actor Taliban", () => Trend.Build(facts.Daily(all with { Provinces = ["Ghazni"], Actors = ["Taliban"] }), span, Period.Day, false).Count);
        Time("trend --min-sources 2 --type Battles", () => Trend.Build(facts.Daily(all with { MinSources = 2, EventType = "Battles" }), span, Period.Week, false).Count);
        Time("compare --window riv-2020 (50 events listed)", () => WindowComparison.Run(facts, all, "riv-2020", riv, "before", riv.Before(), eventLimit: 50).Events.Count);
        Time("compare --window riv-2020 --by actor", () => WindowComparison.Run(facts, all, "riv-2020", riv, "before", riv.Before(), SplitBy.Actor, eventLimit: 50).Breakdown.Count);
        Time("compare --window riv-2020 --baseline 2020 (whole year) --model negbin", () => WindowComparison.Run(facts, all, "riv-2020", riv, "2020", year, model: RateModel.Negbin, eventLimit: 50).Events.Count);
        Time("compare --window 2020 --baseline 2019 --by province", () => WindowComparison.Run(facts, all, "2020", year, "2019", new DateRange(new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31)), SplitBy.Province, eventLimit: 50).Breakdown.Count);
        if (!keep) SqliteConnection.ClearAllPools();
        if (!keep) foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
        return 0;
    }

    private static void Time(string what, Func<int> run)
    {
        var times = new List<double>();
        var rows = 0;
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            rows = run();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"{what}\t{times[0]:0} ms best, {times[1]:0} ms median, {times[2]:0} ms worst\t({rows:N0} rows)");
    }

    /// <summary>
    /// Ledger events over <paramref name="days"/> days from <paramref name="first"/>, inserted as the ledger stores them.
    /// Deterministic for a seed. <paramref name="dailyRate"/> per day and province weights give fighting-season
    /// swings; a window's days can be damped by <paramref name="damp"/> (the generated year's ceasefires).
    /// </summary>
    public static void Generate(string db, int count, DateOnly first, int days, int seed, Func<DateOnly, double>? damp = null, string idPrefix = "le_b")
    {
        var random = new Random(seed);
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;";
            pragma.ExecuteNonQuery();
        }
        using var tx = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = """
            INSERT INTO ledger_events (id, status, event_type, sub_event_type, date_start, date_end, time_precision, country, admin1, admin2, location,
                latitude, longitude, geo_precision, actor1, actor2, fatalities, fatalities_low, fatalities_high, injuries, disputed,
                mentions, outlets, independent_sources, partisan_only, first_report, last_report, data)
            VALUES ($id, 'current', $type, NULL, $date, $date, 1, 'AF', $admin1, NULL, $admin1, NULL, NULL, 3, $actor1, $actor2,
                $best, $low, $high, NULL, $disputed, $sources, $sources, $sources, $partisan, $date, $date, $data)
            """;
        string[] names = ["$id", "$type", "$date", "$admin1", "$actor1", "$actor2", "$best", "$low", "$high", "$disputed", "$sources", "$partisan", "$data"];
        var p = names.ToDictionary(n => n, n => insert.Parameters.Add(new SqliteParameter(n, null)));
        var written = 0;
        for (var i = 0; written < count; i++)
        {
            var day = first.AddDays(random.Next(days));
            // a ceasefire day keeps only some of its events: the dip compare should find
            if (damp is not null && random.NextDouble() > damp(day)) continue;
            written++;
            var partisan = random.NextDouble() < 0.1;
            var low = random.Next(0, 8);
            var best = partisan ? 0 : low + random.Next(0, 4);
            var high = best + random.Next(0, 12);
            var sources = 1 + random.Next(4);
            var disputed = random.NextDouble() < 0.1;
            var e = Event($"{idPrefix}{i:x15}", day, Types[random.Next(Types.Length)], Provinces[random.Next(Provinces.Length)],
                Actors[random.Next(Actors.Length)], Actors[random.Next(Actors.Length)], partisan ? 0 : low, best, high, sources, partisan, disputed);
            p["$id"].Value = e.Id;
            p["$type"].Value = e.EventType.Value;
            p["$date"].Value = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            p["$admin1"].Value = e.Place!.Value.Admin1;
            p["$actor1"].Value = e.Actor1!.Value;
            p["$actor2"].Value = e.Actor2!.Value;
            p["$best"].Value = best;
            p["$low"].Value = e.Fatalities!.Low;
            p["$high"].Value = high;
            p["$disputed"].Value = disputed;
            p["$sources"].Value = sources;
            p["$partisan"].Value = partisan;
            p["$data"].Value = SitrepJson.Serialize(e);
            insert.ExecuteNonQuery();
        }
        tx.Commit();
    }

    private static LedgerEvent Event(string id, DateOnly day, string type, string admin1, string actor1, string actor2,
        long low, long best, long high, int sources, bool partisan, bool disputed)
    {
        var mentions = Enumerable.Range(0, sources).Select(s => $"ev_{id[4..]}{s}").ToList();
        var claims = new List<LedgerClaim> { new(best, low, best, "Ministry of Interior", disputed ? "government_af" : null, "Generated Wire", day, mentions[0], false) };
        if (disputed) claims.Add(new LedgerClaim(high, high, high, "Zabihullah Mujahid", "taliban", "Voice of Jihad", day, mentions[^1], false));
        return new LedgerEvent
        {
            Id = id,
            Sources = [.. mentions.Select((m, s) => new LedgerSource(m, "a_" + m[3..], partisan ? "Voice of Jihad" : $"Generated Outlet {s}", partisan ? SourceKind.Party : SourceKind.Wire, partisan ? "taliban" : null, day, null))],
            EventType = new FusedValue<string>(type, mentions),
            Date = new FusedValue<FusedDate>(new FusedDate(day, day, 1), mentions),
            Place = new FusedValue<FusedPlace>(new FusedPlace("AF", admin1, null, admin1, null, null, null, 3), mentions),
            Actor1 = new FusedValue<string>(actor1, mentions),
            Actor2 = new FusedValue<string>(actor2, mentions),
            Fatalities = new FusedFigure(low, best, high, disputed, "generated", claims),
            Outlets = sources,
            IndependentSources = sources,
            PartisanOnly = partisan,
        };
    }
}
