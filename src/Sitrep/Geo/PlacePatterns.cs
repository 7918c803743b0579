using System.Text.RegularExpressions;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Geo;

/// <summary>
/// The English context patterns of place names, read from <c>data/geo/patterns.tsv</c> (format and
/// meaning in data/geo/README.md), so another language or register is a data change. Each runs
/// interpreted until it has cost as much as compiling (<see cref="TieredRegex"/>).
/// </summary>
public sealed class PlacePatterns
{
    public const string File = "geo/patterns.tsv";

    /// <summary>
    /// Interpreted scan time after which a pattern is compiled. These are short patterns run on
    /// small windows around each place; compiling one costs a few milliseconds, so the shared
    /// 25 ms budget kept them interpreted through most of a 1,000-article run (places 20 %
    /// slower than compiled); compiling them all at once added 50 ms to a one-sentence extract.
    /// </summary>
    private static readonly TimeSpan CompileBudget = TimeSpan.FromMilliseconds(2);

    private readonly Dictionary<string, TieredRegex> _patterns;

    private PlacePatterns(Dictionary<string, TieredRegex> patterns)
    {
        _patterns = patterns;
        SourceBefore = Required("source-before");
        SpeakerBefore = Required("speaker-before");
        ReferenceBefore = Required("reference-before");
        OriginBefore = Required("origin-before");
        NearBefore = Required("near-before");
        SourceAfter = Required("source-after");
        SayingAfter = Required("saying-after");
        RoadWord = Required("road-word");
        OpeningParenthesis = Required("opening-parenthesis");
        AreaOf = Required("area-of");
        ListGap = Required("list-gap");
        RouteGap = Required("route-gap");
        Anaphor = Required("anaphor");
    }

    /// <summary>"officials in X said", "told reporters in X": where the account was given.</summary>
    public TieredRegex SourceBefore { get; }

    /// <summary>"police in X", "the governor in X": a speaker's place, when <see cref="SayingAfter"/> follows.</summary>
    public TieredRegex SpeakerBefore { get; }

    /// <summary>"60 km north of X", "north-west of X": a landmark to measure from.</summary>
    public TieredRegex ReferenceBefore { get; }

    /// <summary>"travelled from X": where people came from.</summary>
    public TieredRegex OriginBefore { get; }

    /// <summary>"south of the city", "near the district centre": an anaphor that is only a landmark.</summary>
    public TieredRegex NearBefore { get; }

    /// <summary>"X police said", "X officials told": the place whose officials speak.</summary>
    public TieredRegex SourceAfter { get; }

    /// <summary>"X said": a verb of saying after a speaker's place.</summary>
    public TieredRegex SayingAfter { get; }

    /// <summary>"Kabul-Kandahar highway": the word after a road named by its ends.</summary>
    public TieredRegex RoadWord { get; }

    /// <summary>"Tani district (Khost)": the gap up to a parenthesised province.</summary>
    public TieredRegex OpeningParenthesis { get; }

    /// <summary>"the Chahar Dara area of Kunduz": the gap before a province a place lies in.</summary>
    public TieredRegex AreaOf { get; }

    /// <summary>"Ghazni, Paktia and Logar provinces": the gap between two names of a list.</summary>
    public TieredRegex ListGap { get; }

    /// <summary>"Lashkar Gah - Kandahar road": the gap between a road's two ends.</summary>
    public TieredRegex RouteGap { get; }

    /// <summary>"the city", "the provincial capital", "the district": groups <c>city</c>, <c>capital</c>, <c>district</c>.</summary>
    public TieredRegex Anaphor { get; }

    public static PlacePatterns Load(DataPack data) => data.Get(d => Parse(System.IO.File.ReadLines(d.PathOf(File))));

    /// <summary>Parses the file's lines; errors name the file and line.</summary>
    public static PlacePatterns Parse(IEnumerable<string> lines)
    {
        var patterns = new Dictionary<string, TieredRegex>(StringComparer.Ordinal);
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.TrimEnd('\r', '\n');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var columns = line.Split('\t');
            if (columns.Length != 3) throw Error(number, "expected name<TAB>flags<TAB>pattern");
            if (!patterns.TryAdd(columns[0], Compile(columns[2], Options(columns[1], number), number)))
                throw Error(number, $"pattern '{columns[0]}' listed twice");
        }
        return new(patterns);
    }

    private TieredRegex Required(string name) =>
        _patterns.TryGetValue(name, out var regex) ? regex : throw new FormatException($"{File}: no pattern '{name}'");

    private static RegexOptions Options(string flags, int line)
    {
        var options = RegexOptions.CultureInvariant;
        if (flags == "-") return options;
        foreach (var flag in flags)
            options |= flag switch
            {
                'i' => RegexOptions.IgnoreCase,
                'r' => RegexOptions.RightToLeft,
                _ => throw Error(line, $"unknown flag '{flag}' (i: ignore case, r: right to left, -: none)"),
            };
        return options;
    }

    private static TieredRegex Compile(string pattern, RegexOptions options, int line)
    {
        try
        {
            return new TieredRegex(pattern, options, CompileBudget);
        }
        catch (ArgumentException e)
        {
            throw Error(line, $"not a valid regular expression ({e.Message})");
        }
    }

    private static FormatException Error(int line, string message) => new($"{File}:{line}: {message}");
}
