using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Framing;

/// <summary>
/// The framing data of a data pack (data/framing/README.md): the phrase lexicon compiled into one
/// pattern (longest phrase first), the construction patterns, the neutral uses that cancel a cue,
/// the verbs that report someone else's speech, and the registers of the words for the dead.
/// </summary>
public sealed class FramingLexicon
{
    private readonly (string Prefix, bool Open, FramingEntry Entry)[] _phrases;

    public TieredRegex Phrases { get; }
    public IReadOnlyList<(TieredRegex Pattern, FramingEntry Entry)> Patterns { get; }
    public IReadOnlyList<(TieredRegex Pattern, string Kind)> Neutral { get; }
    public IReadOnlySet<string> ReportingVerbs { get; }
    public IReadOnlyDictionary<string, string> DeathWords { get; }

    /// <summary>Which pattern scans a sentence's words call for.</summary>
    public FramingGate Gate { get; }

    /// <summary>The phrases, looked up word by word: the matches of <see cref="Phrases"/>, without its scan.</summary>
    public FramingPhrases PhraseMatcher { get; }

    /// <summary>Which neutral uses a sentence's words call for (neutral.tsv, needs column), as <see cref="Gate"/> for the patterns.</summary>
    public FramingGate NeutralGate { get; }

    /// <summary>The gate, the phrases and the reporting verbs in one pass over a sentence's words.</summary>
    public FramingWords Words { get; }

    public FramingLexicon(IEnumerable<FramingEntry> phrases, IEnumerable<FramingEntry> patterns, IEnumerable<(string Pattern, string Kind, string? Needs)> neutral,
        IEnumerable<string> reportingVerbs, IReadOnlyDictionary<string, string> deathWords)
    {
        _phrases = [.. phrases
            .Select(e => (Prefix: e.Source.TrimEnd('*').ToLowerInvariant(), Open: e.Source.EndsWith('*'), Entry: e))
            .OrderByDescending(e => e.Prefix.Length)];
        var alternatives = _phrases.Select(e => Regex.Escape(e.Prefix).Replace(@"\ ", @"\s+") + (e.Open ? @"\p{L}*" : ""));
        Phrases = new TieredRegex($@"(?<![\p{{L}}-])(?:{string.Join('|', alternatives)})(?![\p{{L}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        Patterns = [.. patterns.Select(e => (Compile(e.Pattern, RegexOptions.IgnoreCase, e.File, e.Line), e))];
        Gate = new FramingGate([.. Patterns.Select(p => p.Entry.Needs)]);
        PhraseMatcher = new FramingPhrases([.. _phrases.Select(p => p.Prefix + (p.Open ? "*" : ""))]);
        var neutralUses = neutral.ToList();
        Neutral = [.. neutralUses.Select(n => (Compile(n.Pattern, RegexOptions.None, "framing/neutral.tsv", 0), n.Kind))];
        var words = new FramingClasses([]);
        NeutralGate = new FramingGate([.. neutralUses.Select(n => n.Needs is null ? null : words.Needs(n.Needs, "framing/neutral.tsv", 0))]);
        ReportingVerbs = reportingVerbs.ToFrozenSet(StringComparer.OrdinalIgnoreCase); // looked up for every word of every sentence
        Words = new FramingWords(Gate, PhraseMatcher, ReportingVerbs);
        DeathWords = deathWords;
    }

    public static FramingLexicon Load(DataPack data) => data.Get(d => new FramingLexicon(
        Entries(d, "framing/lexicon.tsv"),
        Entries(d, "framing/patterns.tsv", FramingClasses.Read(d.PathOf("framing/classes.tsv"), "framing/classes.tsv")),
        d.ReadLines("framing/neutral.tsv").Select(line => line.Split('\t')).Select(f => f.Length is 2 or 3
            ? (f[0], f[1], f.Length == 3 ? f[2] : null)
            : throw new FormatException($"framing/neutral.tsv: expected regex<TAB>kind[<TAB>needs]: {string.Join('\t', f)}")),
        d.ReadLines("framing/reporting_verbs.txt").Concat(d.ReadLines("claims/speech_verbs.txt")).Select(l => l.Trim()),
        d.ReadLines("framing/death_verbs.tsv").Select(line => line.Split('\t'))
            .Select(f => f.Length == 2 ? f : throw new FormatException($"framing/death_verbs.tsv: expected form<TAB>register: {string.Join('\t', f)}"))
            .ToDictionary(f => f[0].ToLowerInvariant(), f => f[1], StringComparer.OrdinalIgnoreCase)));

    /// <summary>The entry of the phrase <see cref="FramingPhrases"/> numbers <paramref name="index"/>.</summary>
    public FramingEntry PhraseEntry(int index) => _phrases[index].Entry;

    /// <summary>The entry a phrase match came from.</summary>
    public FramingEntry EntryOf(string matched)
    {
        var normal = Regex.Replace(matched.ToLowerInvariant(), @"\s+", " ");
        return _phrases.First(e => e.Open ? normal.StartsWith(e.Prefix, StringComparison.Ordinal) : normal == e.Prefix).Entry;
    }

    /// <summary>
    /// The entries of a lexicon or pattern file; a pattern's {class} references are expanded from
    /// <paramref name="classes"/>, and its optional fourth column (needs) read as a word gate.
    /// </summary>
    private static IEnumerable<FramingEntry> Entries(DataPack d, string file, FramingClasses? classes = null)
    {
        var number = 0;
        foreach (var raw in File.ReadLines(d.PathOf(file)))
        {
            number++;
            var line = raw.TrimEnd();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var f = line.Split('\t');
            var fields = classes is null ? "3" : "3 or 4";
            if (f.Length != 3 && (classes is null || f.Length != 4) || f.Any(x => x.Length == 0))
                throw new FormatException($"{file}:{number}: expected phrase-or-regex<TAB>technique<TAB>kind{(classes is null ? "" : "[<TAB>needs]")} ({fields} fields), found {f.Length} field(s)");
            yield return new FramingEntry(f[0], f[1], f[2], file, number, classes?.Expand(f[0], file, number),
                f.Length == 4 ? classes!.Needs(f[3], file, number) : null);
        }
    }

    // Data-built patterns run interpreted until compiling pays (TieredRegex); a bad one is located here.
    private static TieredRegex Compile(string pattern, RegexOptions options, string file, int line)
    {
        try
        {
            return new TieredRegex(pattern, options | RegexOptions.CultureInvariant);
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"{file}{(line > 0 ? ":" + line : "")}: not a valid regular expression ({e.Message})", e);
        }
    }
}
