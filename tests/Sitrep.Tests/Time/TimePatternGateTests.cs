using System.Text.Json;
using System.Text.RegularExpressions;
using Sitrep.Pipeline;
using Sitrep.Tests.Evaluation;
using Sitrep.Time;

namespace Sitrep.Tests.Time;

/// <summary>
/// The date rules skip lines that lack their gate (a month name, a weekday...). Skipping must
/// never change what is found: the gated scan is checked against a plain scan of every rule over
/// the whole text, on the gold texts, the demo articles and texts made to sit on the edges
/// (a date at a line's end, across a line break, at the very end of the text).
/// </summary>
public class TimePatternGateTests
{
    private static readonly TimeLexicon Lexicon = TimeLexicon.Load(DataPack.Default);
    private static readonly TimePatterns Patterns = new(Lexicon);

    private static readonly (string Rule, Regex Regex)[] Plain = [.. TimePatterns.Rules(Lexicon)
        .Select(r => (r.Rule, new Regex(@"\b(?:" + r.Pattern + ")", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)))];

    /// <summary>The merge of <see cref="TimePatterns.Matches"/>, each rule scanned over the whole text.</summary>
    private static List<(int Index, int Length, string Rule)> PlainMatches(string text)
    {
        var found = new List<(int, int, string)>();
        var next = Plain.Select(r => r.Regex.Match(text)).ToArray();
        var position = 0;
        while (true)
        {
            var best = -1;
            for (var i = 0; i < next.Length; i++)
            {
                if (next[i].Success && next[i].Index < position) next[i] = Plain[i].Regex.Match(text, position);
                if (next[i].Success && (best < 0 || next[i].Index < next[best].Index)) best = i;
            }
            if (best < 0) return found;
            found.Add((next[best].Index, next[best].Length, Plain[best].Rule));
            position = next[best].Index + Math.Max(next[best].Length, 1);
        }
    }

    private static List<(int Index, int Length, string Rule)> GatedMatches(string text) =>
        [.. Patterns.Matches(text).Select(m => (m.Match.Index, m.Match.Length, m.Rule))];

    public static IEnumerable<object[]> EdgeTexts() =>
    [
        ["Fighting began on 3 May\n2020 and ended on the 5th\nin Ghazni."],
        ["Talks resumed on Monday\nand again on March 4"],
        ["The attack came two days ago\nafter the holiday of Eid al-Fitr"],
        ["From 2019 to\n2020, and between March and\nJune 2021, then last\nMay.\n"],
        ["He said on Tuesday night, June 3, 2020-2021 the 1990s; next Friday morning overnight into Saturday"],
        ["\nMAY 5\n\nJune\n5\nSept. 12, 2020"],
        ["It lasted two wee\u212As, then\nfor three DAYS; the next Morning\nlast night and early this mo\u0280ning, Fo\u212Art days later"], // Kelvin sign: a regex reads it as "k"
        ["Since the first half of 2019, the second-half of 2020, four days-long sieges\nthe day after tomorrow\nyesterday_morning"],
        // one line for each word of the word gates, and nothing else a gate would open on
        ["They struck again that night.\nTwo hours earlier\nthree weeks later\nthe following evening\nthe same morning\nfor decades\nsix fortnights\nearly 2019\nby the start of 2020\ntonight\nthis afternoon\nToday\n"],
    ];

    [Theory]
    [MemberData(nameof(EdgeTexts))]
    public void GatedScanFindsWhatAPlainScanFinds_OnEdges(string text) =>
        Assert.Equal(PlainMatches(text), GatedMatches(text));

    [Fact]
    public void GatedScanFindsWhatAPlainScanFinds_OnGoldAndDemoTexts()
    {
        var texts = Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "gold"), "*.jsonl", SearchOption.AllDirectories)
            .SelectMany(File.ReadLines).Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
            .Select(e => e.GetProperty("text").GetString()!)
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "samples"), "*.txt").Select(File.ReadAllText))
            .ToList();
        Assert.True(texts.Count > 500, $"only {texts.Count} texts read");
        var found = 0;
        foreach (var text in texts)
        {
            var plain = PlainMatches(text);
            Assert.Equal(plain, GatedMatches(text));
            found += plain.Count;
        }
        Assert.True(found > 1000, $"only {found} dates found: the texts were not read");
    }

    [Fact]
    public void NoGatedRuleTestsTheEndOfTheText()
    {
        var gated = Patterns.GatedRules.ToHashSet();
        Assert.True(gated.Count >= 20, $"only {gated.Count} rules gated");
        foreach (var (rule, pattern, _) in TimePatterns.Rules(Lexicon))
            if (gated.Contains(rule)) Assert.False(pattern.Contains('$'), $"{rule} is gated by lines but tests the end of the text");
    }
}
