using System.Globalization;
using System.Text.Json;

namespace Sitrep.Bench;

/// <summary>
/// A corpus shaped like a real feed: a fixed pool of events (about 30 a day across 34 provinces
/// for 900 days, as Afghanistan saw in 2019-2021), each told by every outlet that picks it up in
/// its own words. A larger corpus brings more reports of the same events, not more events packed
/// into the same days and provinces, which is what the ledger meets on real news. The older
/// generator (<see cref="CorpusGenerator"/>) draws every sentence's event at random, so its
/// density of distinct events grows with its size: the stress case, kept beside this one.
/// </summary>
public static class NewsroomCorpus
{
    private const int Days = 900;
    private const int EventsPerDay = 30;
    private const int DaysReported = 4; // an article tells events of its day and the three before
    private static readonly DateOnly FirstDay = new(2019, 1, 1);

    private static readonly string[] Provinces =
        ["Badakhshan", "Badghis", "Baghlan", "Balkh", "Bamyan", "Daykundi", "Farah", "Faryab", "Ghazni", "Ghor", "Helmand", "Herat",
         "Jowzjan", "Kabul", "Kandahar", "Kapisa", "Khost", "Kunar", "Kunduz", "Laghman", "Logar", "Nangarhar", "Nimroz", "Nuristan",
         "Paktia", "Paktika", "Panjshir", "Parwan", "Samangan", "Sar-e Pol", "Takhar", "Uruzgan", "Wardak", "Zabul"];
    private static readonly string[] Attackers = ["Taliban fighters", "gunmen", "insurgents", "Islamic State militants", "unidentified attackers"];
    private static readonly string[] Victims = ["policemen", "soldiers", "civilians", "members of a pro-government militia", "security guards"];

    private sealed record PoolEvent(DateOnly Day, string Kind, string Province, string Attackers, string Victims, int Killed, int Wounded);

    public static string Generate(string path, int articles, int seed = 20190707)
    {
        var templates = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "newsroom.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t', 2))
            .GroupBy(f => f[0], f => f[1]).ToDictionary(g => g.Key, g => g.ToArray());
        var kinds = templates.Keys.Where(k => k != "context").Order(StringComparer.Ordinal).ToArray();
        var random = new Random(seed);
        var pool = Enumerable.Range(0, Days * EventsPerDay).Select(i => new PoolEvent(FirstDay.AddDays(i / EventsPerDay),
            Pick(kinds, random), Pick(Provinces, random), Pick(Attackers, random), Pick(Victims, random), random.Next(2, 30), random.Next(0, 40))).ToArray();

        using var output = new StreamWriter(path);
        for (var i = 0; i < articles; i++)
        {
            var published = FirstDay.AddDays(random.Next(DaysReported - 1, Days));
            var paragraphs = new List<string>();
            for (var told = random.Next(1, 4); told > 0; told--)
            {
                var e = pool[(published.DayNumber - FirstDay.DayNumber - random.Next(DaysReported)) * EventsPerDay + random.Next(EventsPerDay)];
                paragraphs.Add(Tell(Pick(templates[e.Kind], random), e, published, random));
            }
            for (var background = random.Next(1, 5); background > 0; background--)
                paragraphs.Insert(random.Next(1, paragraphs.Count + 1), Pick(templates["context"], random).Replace("{P}", Pick(Provinces, random)));
            output.WriteLine(JsonSerializer.Serialize(new
            {
                text = string.Join("\n\n", paragraphs),
                title = $"Newsroom report {i}",
                url = $"https://newsroom.example/{i}",
                outlet = $"Outlet {random.Next(40)}",
                published = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            }));
        }
        return path;
    }

    private static string Tell(string template, PoolEvent e, DateOnly published, Random random)
    {
        // a weekday names the last one before publication; the day itself, or any day, by its date
        var on = e.Day < published && random.Next(2) == 0
            ? "on " + e.Day.DayOfWeek.ToString()
            : "on " + e.Day.ToString("MMMM d", CultureInfo.InvariantCulture);
        var text = template.Replace("{P}", e.Province).Replace("{A}", e.Attackers).Replace("{T}", e.Victims)
            .Replace("{K}", e.Killed.ToString(CultureInfo.InvariantCulture)).Replace("{W}", e.Wounded.ToString(CultureInfo.InvariantCulture))
            .Replace("{ON}", on);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static string Pick(string[] items, Random random) => items[random.Next(items.Length)];
}
