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
    };

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
