using Sitrep.Ledger;

namespace Sitrep.Bench;

/// <summary>
/// Generates ledger mentions as a large corpus would give them: about 360 events a day over 34
/// provinces of 12 districts and six type families, each told by 1-5 reports from 20 outlets
/// (some speaking for a party), with a day off now and then, week-precise and province-only
/// reports, follow-ups and differing figures. Deterministic (seeded) and streamed in the order
/// fusion reads: by first day of the date window, without holding the corpus in memory.
/// </summary>
public static class MentionGenerator
{
    private static readonly string[] Families = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments"];
    private static readonly string[] Actors = ["taliban", "military_af", "police_af", "civilians_af", "iskp", "us_forces", "unidentified_af"];
    private static readonly string[] Words = [.. Enumerable.Range(0, 300).Select(i => $"word{i:000}")];

    public static IEnumerable<LedgerMention> Generate(int count, int seed = 1)
    {
        var random = new Random(seed);
        var pending = new PriorityQueue<LedgerMention, (DateOnly, string)>();
        var day = new DateOnly(2019, 1, 1);
        var produced = 0;
        var eventNo = 0;
        while (produced < count)
        {
            for (var e = 0; e < 360 && produced + pending.Count < count; e++, eventNo++)
                foreach (var m in Event(random, day, eventNo)) pending.Enqueue(m, (LedgerBuilder.WindowStart(m), m.Id));
            // every report still to come has a window starting after day − 10
            while (produced < count && pending.TryPeek(out var next, out var key) && key.Item1 < day.AddDays(-10))
            {
                pending.Dequeue();
                produced++;
                yield return next;
            }
            day = day.AddDays(1);
        }
        while (produced < count && pending.TryDequeue(out var rest, out _))
        {
            produced++;
            yield return rest;
        }
    }

    private static IEnumerable<LedgerMention> Event(Random random, DateOnly day, int eventNo)
    {
        var province = random.Next(34);
        var district = random.Next(12);
        var family = Families[random.Next(Families.Length)];
        var killed = random.Next(0, 30);
        var actor1 = Actors[random.Next(Actors.Length)];
        var actor2 = Actors[random.Next(Actors.Length)];
        var eventWords = Enumerable.Range(0, 3).Select(_ => Words[random.Next(Words.Length)]).ToArray();
        var reports = 1 + random.Next(5);
        for (var r = 0; r < reports; r++)
        {
            var outlet = random.Next(20);
            var party = outlet < 4 ? (outlet % 2 == 0 ? "government_af" : "taliban") : null;
            var roll = random.NextDouble();
            var followUp = roll < 0.05;
            var precision = roll is >= 0.05 and < 0.15 ? 2 : 1;
            var date = followUp ? day.AddDays(2) : precision == 2 ? day.AddDays(-(int)day.DayOfWeek) : day.AddDays(random.NextDouble() < 0.1 ? 1 : 0);
            var provinceOnly = random.NextDouble() < 0.15;
            var figure = party is not null ? killed * 3 : followUp ? killed + 2 : killed;
            yield return new LedgerMention
            {
                Id = $"ev_{eventNo:x8}{r:x2}",
                ArticleId = $"a_{eventNo:x8}{r:x2}",
                Outlet = $"Outlet {outlet}",
                OutletId = $"outlet{outlet}",
                OutletKind = party is null ? SourceKind.Wire : SourceKind.Party,
                OutletParty = party,
                Published = day.AddDays(1 + (followUp ? 2 : 0)),
                EventType = family,
                DateStart = date,
                DateEnd = precision == 2 ? date.AddDays(6) : date,
                DatePrecision = precision,
                Country = "AF",
                Admin1 = $"P{province:00}",
                Admin2 = provinceOnly ? null : $"P{province:00}D{district:00}",
                PlaceId = provinceOnly ? $"P{province:00}" : $"P{province:00}D{district:00}",
                GeoPrecision = provinceOnly ? 3 : 2,
                Actor1Id = actor1,
                Actor2Id = actor2,
                Actor1 = actor1,
                Actor2 = actor2,
                Fatalities = figure,
                Claims = [new MentionClaim(MentionClaim.Killed, null, party, figure, figure, figure)],
                Words = [.. eventWords.Take(2).Append(Words[random.Next(Words.Length)]).Distinct().Order(StringComparer.Ordinal)],
                FollowUp = followUp,
            };
        }
    }
}
