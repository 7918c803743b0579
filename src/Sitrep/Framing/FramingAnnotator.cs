using System.Text.RegularExpressions;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Framing;

/// <summary>
/// Marks framing cues (loaded terms, dehumanising labels, calls to violence or action) from the
/// framing lexicon, in one pass: the lexicon is compiled into a single pattern, longest phrase first.
/// </summary>
public sealed class FramingAnnotator : IAnnotator
{
    private readonly TieredRegex _pattern;
    private readonly (string Prefix, bool Open, string Kind)[] _entries;

    public FramingAnnotator(IEnumerable<(string Phrase, string Kind)> lexicon)
    {
        _entries = [.. lexicon
            .Select(e => (Prefix: e.Phrase.TrimEnd('*').ToLowerInvariant(), Open: e.Phrase.EndsWith('*'), e.Kind))
            .OrderByDescending(e => e.Prefix.Length)];
        var alternatives = _entries.Select(e => Regex.Escape(e.Prefix).Replace(@"\ ", @"\s+") + (e.Open ? @"\p{L}*" : ""));
        _pattern = new TieredRegex($@"(?<![\p{{L}}-])(?:{string.Join('|', alternatives)})(?![\p{{L}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    public static FramingAnnotator Load(DataPack data) => data.Get(d => new FramingAnnotator(
        d.ReadLines("framing/lexicon.tsv").Select(line => line.Split('\t')).Select(f => f.Length == 2
            ? (f[0], f[1])
            : throw new FormatException($"framing/lexicon.tsv: expected phrase<TAB>kind: {string.Join('\t', f)}"))));

    public string Name => "framing";

    public void Annotate(Document document)
    {
        foreach (Match match in _pattern.Matches(document.Text))
        {
            var kind = KindOf(Regex.Replace(match.Value.ToLowerInvariant(), @"\s+", " "));
            document.Framing.Add(new FramingCue(new Span(match.Index, match.Index + match.Length), "framing." + kind, kind, match.Value));
        }
    }

    private string KindOf(string matched) =>
        _entries.First(e => e.Open ? matched.StartsWith(e.Prefix, StringComparison.Ordinal) : matched == e.Prefix).Kind;
}
