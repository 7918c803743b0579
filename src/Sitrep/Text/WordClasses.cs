using System.Collections.Frozen;
using Sitrep.Pipeline;

namespace Sitrep.Text;

/// <summary>
/// The closed-class words the rules test lower-cased tokens against (negators, modals, report
/// verbs, clause openers, determiners...), read from <c>lexicon/word_classes.tsv</c> (format in
/// data/lexicon/README.md), so that a new language or register changes data, not code. The
/// class <c>month</c> is the longest spelling of each month in <c>time/months.tsv</c>, lower-cased,
/// so month names are listed once; the class <c>number-word</c> is the words of
/// <c>numbers/number_words.tsv</c> ("three", "dozen").
/// </summary>
public sealed class WordClasses
{
    // Frozen: the rules look a class up by name for every token they test, dozens of times a sentence.
    private readonly FrozenDictionary<string, FrozenSet<string>> _classes;

    private WordClasses(Dictionary<string, FrozenSet<string>> classes) => _classes = classes.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The words of a class; an unknown class name throws, so a misspelt class is never silently empty.</summary>
    public IReadOnlySet<string> this[string name] =>
        _classes.TryGetValue(name, out var words) ? words : throw new KeyNotFoundException($"lexicon/word_classes.tsv has no class '{name}'");

    public static WordClasses Load(DataPack data) =>
        data.Get(d => Parse(d.ReadLines("lexicon/word_classes.tsv"), d.ReadLines("time/months.tsv"), d.ReadLines("numbers/number_words.tsv")));

    public static WordClasses Parse(IEnumerable<string> classLines, IEnumerable<string> monthLines, IEnumerable<string>? numberWordLines = null)
    {
        var classes = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        foreach (var line in classLines)
        {
            var columns = line.Split('\t');
            if (columns.Length != 2 || columns[0].Length == 0)
                throw new FormatException($"lexicon/word_classes.tsv: expected class<TAB>words: {line}");
            if (!classes.TryAdd(columns[0], columns[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal)))
                throw new FormatException($"lexicon/word_classes.tsv: class '{columns[0]}' listed twice");
        }
        classes["month"] = monthLines
            .Select(l => l.Split('\t'))
            .GroupBy(c => int.Parse(c[1], System.Globalization.CultureInfo.InvariantCulture))
            .Select(g => g.MaxBy(c => c[0].Length)![0].ToLowerInvariant())
            .ToFrozenSet(StringComparer.Ordinal);
        classes["number-word"] = (numberWordLines ?? [])
            .Select(l => l.Split('\t')[0].ToLowerInvariant())
            .ToFrozenSet(StringComparer.Ordinal);
        return new(classes);
    }
}
