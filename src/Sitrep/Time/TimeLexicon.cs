using Sitrep.Pipeline;

namespace Sitrep.Time;

/// <summary>
/// The words the time annotator knows, read from the <c>time/</c> folder of a data pack
/// (formats in data/time/README.md). Keys are lower case.
/// </summary>
public sealed class TimeLexicon
{
    public required IReadOnlyDictionary<string, int> Months { get; init; }
    public required IReadOnlyDictionary<string, int> Weekdays { get; init; }
    public required IReadOnlyDictionary<string, int> Numbers { get; init; }
    public required IReadOnlyDictionary<string, int> Ordinals { get; init; }
    public required IReadOnlyDictionary<string, string> Units { get; init; }
    public required IReadOnlyDictionary<string, PartPhrase> Parts { get; init; }
    public required IReadOnlyDictionary<string, RelativePhrase> Relative { get; init; }
    public required IReadOnlyDictionary<string, TimeRole> RoleCues { get; init; }
    public required IReadOnlyList<string> FutureCues { get; init; }
    public required IReadOnlySet<string> RecapNouns { get; init; }
    public required IReadOnlyList<string> CueWords { get; init; }
    /// <summary>Afghan solar month names (lower case) and their numbers, 1 = Hamal.</summary>
    public required IReadOnlyDictionary<string, int> SolarMonths { get; init; }
    /// <summary>Solar Hijri year and the Gregorian date of its 1 Hamal.</summary>
    public required IReadOnlyDictionary<int, DateOnly> SolarYears { get; init; }
    /// <summary>Holiday names as written (case kept) and their dates; a null year means every year.</summary>
    public required IReadOnlyList<(string Name, int? Year, int Month, int Day)> Holidays { get; init; }
    /// <summary>First words (lower case) of a sentence that goes on telling the event before it.</summary>
    public required IReadOnlySet<string> ContinuationStarts { get; init; }
    /// <summary>Words (lower case) that make a continuation sentence tell an earlier event ("had").</summary>
    public required IReadOnlySet<string> ContinuationStops { get; init; }

    public static TimeLexicon Load(DataPack data) => new()
    {
        Months = Table(data, "time/months.tsv", int.Parse),
        Weekdays = Table(data, "time/weekdays.tsv", int.Parse),
        Numbers = Table(data, "time/numbers.tsv", int.Parse),
        Ordinals = Table(data, "time/ordinals.tsv", int.Parse),
        Units = Table(data, "time/units.tsv", s => s),
        Parts = Rows(data, "time/parts.tsv", 3).ToDictionary(r => r[0].ToLowerInvariant(),
            r => new PartPhrase(r[0], Fraction(r[1]), Fraction(r[2]))),
        Relative = Rows(data, "time/relative.tsv", 4).ToDictionary(r => r[0].ToLowerInvariant(),
            r => new RelativePhrase(r[0], r[1], r[2], int.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture))),
        RoleCues = Table(data, "time/role_cues.tsv", Enum.Parse<TimeRole>),
        FutureCues = [.. data.ReadLines("time/future_cues.txt").Select(l => l.Trim().ToLowerInvariant())],
        RecapNouns = data.ReadLines("time/recap_nouns.txt").Select(l => l.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
        CueWords = [.. data.ReadLines("time/cue_words.txt").Select(l => l.Trim().ToLowerInvariant())],
        SolarMonths = Table(data, "time/solar_months.tsv", int.Parse),
        SolarYears = Rows(data, "time/solar_years.tsv", 2).ToDictionary(r => int.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture),
            r => DateOnly.ParseExact(r[1], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        Holidays = [.. Rows(data, "time/holidays.tsv", 2).Select(r => Holiday(r[0], r[1]))],
        ContinuationStarts = data.ReadLines("time/continuation_starts.txt").Select(l => l.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
        ContinuationStops = data.ReadLines("time/continuation_stops.txt").Select(l => l.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
    };

    /// <summary>"Eid al-Adha" with "2020-07-31" (one year) or "--12-24" (every year).</summary>
    private static (string, int?, int, int) Holiday(string name, string date)
    {
        static int N(string s) => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        return date.StartsWith("--", StringComparison.Ordinal)
            ? (name.Trim(), null, N(date[2..4]), N(date[5..7]))
            : (name.Trim(), N(date[..4]), N(date[5..7]), N(date[8..10]));
    }

    private static double Fraction(string s) => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<string, T> Table<T>(DataPack data, string file, Func<string, T> parse) =>
        Rows(data, file, 2).ToDictionary(r => r[0].ToLowerInvariant(), r => parse(r[1]), StringComparer.Ordinal);

    private static IEnumerable<string[]> Rows(DataPack data, string file, int columns) =>
        data.ReadLines(file).Select(line =>
        {
            var cells = line.Split('\t');
            if (cells.Length != columns)
                throw new FormatException($"{file}: expected {columns} tab-separated columns in \"{line}\"");
            return cells;
        });
}
