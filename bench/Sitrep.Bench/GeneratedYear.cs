using System.Diagnostics;
using Sitrep.Analysis;
using Sitrep.Ledger;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Bench;

/// <summary>
/// <c>analysis-year DB</c>: adds a generated year of reports (2020) to a store, the demo's for one,
/// through the ledger itself (<see cref="LedgerStore.Add"/>): about 18 events a day over the 34
/// provinces, each told by 1-3 reports from wire, national and party outlets, some with the
/// parties' own differing tolls. On the days of a named window (riv-2020, the Eid ceasefires) only
/// a third of the events happen: the dip `compare` should find. Deterministic (seeded).
/// </summary>
public static class GeneratedYear
{
    private static readonly (string Name, string Id)[] Actors =
    [
        ("Taliban", "taliban"), ("Military Forces of Afghanistan (2014-2021)", "military_af"), ("Police Forces of Afghanistan (2014-2021)", "police_af"),
        ("Civilians (Afghanistan)", "civilians_af"), ("Islamic State (Afghanistan)", "iskp"), ("Unidentified Armed Group (Afghanistan)", "unidentified_af"),
    ];
    private static readonly (string Name, SourceKind Kind, string? Party)[] Outlets =
    [
        ("Associated Press", SourceKind.Wire, null), ("Reuters", SourceKind.Wire, null), ("TOLOnews", SourceKind.National, null), ("Pajhwok Afghan News", SourceKind.National, null),
        ("Ministry of Defence", SourceKind.Party, "government_af"), ("Voice of Jihad", SourceKind.Party, "taliban"),
    ];
    private static readonly string[] Types = ["Battles", "Explosions/Remote violence", "Violence against civilians"];

    public static int Run(string db)
    {
        var windows = WindowCatalog.Load(DataPack.Default).Windows;
        var provinces = Sitrep.Geo.Gazetteer.Load(DataPack.Default).Places.Where(p => p.Kind == Sitrep.Geo.PlaceKind.Province).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        var random = new Random(2020);
        var mentions = new List<LedgerMention>();
        var eventNo = 0;
        for (var day = new DateOnly(2020, 1, 1); day.Year == 2020; day = day.AddDays(1))
        {
            var quiet = windows.Any(w => w.Range.Contains(day));
            var today = (int)Math.Round((quiet ? 6 : 18) * (0.7 + 0.6 * random.NextDouble()));
            for (var e = 0; e < today; e++, eventNo++)
            {
                var province = provinces[random.Next(provinces.Count)];
                var (a1, a2) = (Actors[random.Next(Actors.Length)], Actors[random.Next(Actors.Length)]);
                var type = Types[random.Next(Types.Length)];
                var killed = random.Next(0, 12);
                var reports = 1 + random.Next(3);
                for (var r = 0; r < reports; r++)
                {
                    var outlet = Outlets[random.Next(Outlets.Length)];
                    var figure = outlet.Party is null ? killed : killed * 2 + 3; // parties count higher
                    mentions.Add(new LedgerMention
                    {
                        Id = $"ev_gen{eventNo:x8}{r:x2}",
                        ArticleId = $"a_gen{eventNo:x8}{r:x2}",
                        Outlet = outlet.Name, OutletId = outlet.Name.ToLowerInvariant(), OutletKind = outlet.Kind, OutletParty = outlet.Party,
                        Published = day.AddDays(1),
                        EventType = type,
                        DateStart = day, DateEnd = day, DatePrecision = 1,
                        Country = "AF", Admin1 = province.Name, Location = province.Name, PlaceId = province.Id,
                        Latitude = province.Latitude, Longitude = province.Longitude, GeoPrecision = 3,
                        Actor1 = a1.Name, Actor1Id = a1.Id, Actor2 = a2.Name, Actor2Id = a2.Id,
                        Fatalities = figure,
                        Claims = [new MentionClaim(MentionClaim.Killed, outlet.Party is null ? null : outlet.Name, outlet.Party, figure, figure, figure)],
                        Words = [$"gen{eventNo % 997:000}", $"w{eventNo % 89:00}"],
                    });
                }
            }
        }
        var clock = Stopwatch.StartNew();
        using var ledger = LedgerStore.Open(db, DataPack.Default, StoreOpenMode.Existing);
        var done = ledger.Add(mentions);
        Console.WriteLine($"generated {eventNo:N0} events of 2020 as {mentions.Count:N0} reports; the ledger fused them into {done.EventsWritten:N0} events in {clock.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }
}
