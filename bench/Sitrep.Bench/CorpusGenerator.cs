using System.Text.Json;

namespace Sitrep.Bench;

/// <summary>
/// Writes a deterministic synthetic corpus (JSON Lines) of wire-style articles from
/// templates.txt, so throughput figures can be reproduced on any machine.
/// </summary>
public static class CorpusGenerator
{
    private static readonly string[] Provinces =
        ["Ghazni", "Kandahar", "Helmand", "Herat", "Kunduz", "Baghlan", "Faryab", "Nangarhar", "Logar", "Wardak", "Farah", "Takhar", "Badghis", "Zabul", "Uruzgan", "Paktia"];
    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] Months = ["January", "March", "May", "July", "September", "November"];
    private static readonly string[] Agents = ["Taliban fighters", "gunmen", "insurgents", "Islamic State militants", "unidentified attackers"];
    private static readonly string[] Targets = ["policemen", "soldiers", "civilians", "members of a pro-government militia", "security guards"];

    public static string Generate(string path, int articles, int seed = 20190707)
    {
        var templates = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "templates.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
        var random = new Random(seed);
        using var output = new StreamWriter(path);
        for (var i = 0; i < articles; i++)
        {
            var paragraphs = Enumerable.Range(0, random.Next(6, 15))
                .Select(_ => Fill(templates[random.Next(templates.Length)], random));
            var published = new DateOnly(2019, 1, 1).AddDays(random.Next(0, 900));
            output.WriteLine(JsonSerializer.Serialize(new
            {
                text = string.Join("\n\n", paragraphs),
                title = $"Generated report {i}",
                url = $"https://bench.example/{i}",
                outlet = "Bench Wire",
                published = published.ToString("yyyy-MM-dd"),
            }));
        }
        return path;
    }

    private static string Fill(string template, Random random) => template
        .Replace("{P}", Pick(Provinces, random)).Replace("{D}", Pick(Days, random)).Replace("{M}", Pick(Months, random))
        .Replace("{A}", Pick(Agents, random)).Replace("{T}", Pick(Targets, random))
        .Replace("{N}", random.Next(1, 40).ToString());

    private static string Pick(string[] items, Random random) => items[random.Next(items.Length)];
}
