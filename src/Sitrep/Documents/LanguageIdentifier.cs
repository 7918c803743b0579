using Lingua;
using Sitrep.Pipeline;

namespace Sitrep.Documents;

/// <summary>
/// Tells the language of an article (Lingua, among the languages of data/language/languages.txt)
/// as an ISO 639-1 code. Text too short to tell is taken as English, so nothing is skipped on a guess.
/// </summary>
public sealed class LanguageIdentifier
{
    public const string English = "en";

    /// <summary>Fewer letters than this are too few to tell a language by.</summary>
    public const int MinLetters = 40;

    /// <summary>The first characters suffice for an article and keep detection fast on long ones.</summary>
    private const int SampleChars = 3000;

    private readonly LanguageDetector _detector;

    public LanguageIdentifier(IEnumerable<string> isoCodes)
    {
        var languages = isoCodes
            .Select(code => Enum.TryParse<IsoCode6391>(code.Trim(), ignoreCase: true, out var iso) && iso != IsoCode6391.None
                ? LanguageInfo.GetByIsoCode6391(iso)
                : throw new FormatException($"unknown ISO 639-1 language code \"{code}\" in language/languages.txt"))
            .Distinct()
            .ToArray();
        if (languages.Length < 2) throw new FormatException("language/languages.txt must list at least two languages");
        _detector = LanguageDetectorBuilder.FromLanguages(languages).WithLowAccuracyMode().Build();
    }

    public static LanguageIdentifier Load(DataPack data) =>
        data.Get(d => new LanguageIdentifier(d.ReadLines("language/languages.txt")));

    /// <summary>The ISO 639-1 code of the text's language, English when too short or undecided.</summary>
    public string Identify(string text)
    {
        var sample = text.Length > SampleChars ? text[..SampleChars] : text;
        if (sample.Count(char.IsLetter) < MinLetters) return English;
        var language = _detector.DetectLanguageOf(sample);
        return language == Language.Unknown ? English : LanguageInfo.IsoCode6391(language).ToString().ToLowerInvariant();
    }

    /// <summary>The English name of a language code, for reports ("fa" → "Persian").</summary>
    public static string NameOf(string isoCode) =>
        Enum.TryParse<IsoCode6391>(isoCode, ignoreCase: true, out var iso) && iso != IsoCode6391.None
            ? LanguageInfo.GetByIsoCode6391(iso).ToString()
            : isoCode;
}
