using Lingua;
using Sitrep.Pipeline;

namespace Sitrep.Documents;

/// <summary>
/// Tells the language of an article (Lingua, among the languages of data/language/languages.txt)
/// as an ISO 639-1 code. Text too short to tell is taken as English, so nothing is skipped on a guess.
/// Plain English (Latin letters, and English function words from data/language/english_words.txt
/// at their usual rate) is told without Lingua, whose models load only for the first text that needs them.
/// </summary>
public sealed class LanguageIdentifier
{
    public const string English = "en";

    /// <summary>Fewer letters than this are too few to tell a language by.</summary>
    public const int MinLetters = 40;

    /// <summary>The first characters suffice for an article and keep detection fast on long ones.</summary>
    private const int SampleChars = 3000;

    /// <summary>
    /// The share of a text's words that must be English function words for it to be English
    /// without a model: English news runs at 20-30%, other listed languages near 0 (their
    /// function words are not in the list).
    /// </summary>
    public const double EnglishShare = 0.12;

    private readonly Lazy<LanguageDetector> _detector;
    private readonly HashSet<string> _englishWords;

    public LanguageIdentifier(IEnumerable<string> isoCodes, IEnumerable<string> englishWords)
    {
        _englishWords = englishWords.Select(w => w.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var languages = isoCodes
            .Select(code => Enum.TryParse<IsoCode6391>(code.Trim(), ignoreCase: true, out var iso) && iso != IsoCode6391.None
                ? LanguageInfo.GetByIsoCode6391(iso)
                : throw new FormatException($"unknown ISO 639-1 language code \"{code}\" in language/languages.txt"))
            .Distinct()
            .ToArray();
        if (languages.Length < 2) throw new FormatException("language/languages.txt must list at least two languages");
        _detector = new(() => LanguageDetectorBuilder.FromLanguages(languages).WithLowAccuracyMode().Build());
    }

    public static LanguageIdentifier Load(DataPack data) =>
        data.Get(d => new LanguageIdentifier(d.ReadLines("language/languages.txt"), d.ReadLines("language/english_words.txt")));

    /// <summary>Whether Lingua's models have been loaded (only a text that is not plain English loads them).</summary>
    public bool ModelsLoaded => _detector.IsValueCreated;

    /// <summary>The ISO 639-1 code of the text's language, English when too short or undecided.</summary>
    public string Identify(string text)
    {
        var sample = text.Length > SampleChars ? text[..SampleChars] : text;
        if (sample.Count(char.IsLetter) < MinLetters) return English;
        if (IsPlainEnglish(sample)) return English;
        var language = _detector.Value.DetectLanguageOf(sample);
        return language == Language.Unknown ? English : LanguageInfo.IsoCode6391(language).ToString().ToLowerInvariant();
    }

    private bool IsPlainEnglish(string sample)
    {
        int words = 0, english = 0, letters = 0, latin = 0;
        var start = -1;
        for (var i = 0; i <= sample.Length; i++)
        {
            var c = i < sample.Length ? sample[i] : ' ';
            if (char.IsLetter(c))
            {
                letters++;
                if (c < 128) latin++;
                if (start < 0) start = i;
                continue;
            }
            if (c == '\'' && start >= 0) continue; // "it's" stays one word
            if (start < 0) continue;
            words++;
            if (_englishWords.Contains(sample[start..i].ToLowerInvariant())) english++;
            start = -1;
        }
        return latin >= 0.95 * letters && english >= EnglishShare * words;
    }

    /// <summary>The English name of a language code, for reports ("fa" → "Persian").</summary>
    public static string NameOf(string isoCode) =>
        Enum.TryParse<IsoCode6391>(isoCode, ignoreCase: true, out var iso) && iso != IsoCode6391.None
            ? LanguageInfo.GetByIsoCode6391(iso).ToString()
            : isoCode;
}
