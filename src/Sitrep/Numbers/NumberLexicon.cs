using Sitrep.Pipeline;

namespace Sitrep.Numbers;

/// <summary>The number words, vague amounts, qualifiers and non-count contexts of <c>data/numbers/</c>.</summary>
internal sealed class NumberLexicon
{
    public Dictionary<string, (long Value, string Role)> Words { get; } = new(StringComparer.Ordinal);
    public PhraseTable<(long Value, long Low, long High)> Vague { get; } = new();
    public PhraseTable<QuantityQualifier> Qualifiers { get; } = new();
    public PhraseTable<string> Before { get; } = new();
    public PhraseTable<string> After { get; } = new();
    public PhraseTable<bool> NotNumbers { get; } = new();
    public HashSet<string> Months { get; } = new(StringComparer.Ordinal);
    public HashSet<string> YearLeads { get; } = new(StringComparer.Ordinal);

    public static NumberLexicon Load(DataPack data)
    {
        var lexicon = new NumberLexicon();
        foreach (var f in Fields(data, "numbers/number_words.tsv", 3))
            lexicon.Words[f[0].ToLowerInvariant()] = (long.Parse(f[1]), f[2]);
        foreach (var f in Fields(data, "numbers/vague.tsv", 4))
            lexicon.Vague.Add(f[0], (long.Parse(f[1]), long.Parse(f[2]), long.Parse(f[3])));
        foreach (var f in Fields(data, "numbers/qualifiers.tsv", 2))
            lexicon.Qualifiers.Add(f[0], Enum.Parse<QuantityQualifier>(f[1]));
        foreach (var f in Fields(data, "numbers/non_counts.tsv", 3))
            (f[1] == "before" ? lexicon.Before : lexicon.After).Add(f[0], f[2]);
        foreach (var line in data.ReadLines("numbers/not_numbers.tsv"))
            lexicon.NotNumbers.Add(line, true);
        foreach (var f in Fields(data, "numbers/calendar.tsv", 2))
            lexicon.YearLeads.Add(f[0].ToLowerInvariant());
        lexicon.Months.UnionWith(MonthNames(data));
        return lexicon;
    }

    /// <summary>
    /// The month names and abbreviations of time/months.tsv (the date reader's one list), lower case:
    /// a number beside one is a day or year, not a count.
    /// </summary>
    internal static IEnumerable<string> MonthNames(DataPack data) =>
        Fields(data, "time/months.tsv", 2).Select(f => f[0].ToLowerInvariant());

    internal static IEnumerable<string[]> Fields(DataPack data, string file, int count)
    {
        foreach (var line in data.ReadLines(file))
        {
            var fields = line.Split('\t');
            if (fields.Length < count)
                throw new FormatException($"{file}: expected {count} tab-separated fields in \"{line}\"");
            yield return fields;
        }
    }
}
