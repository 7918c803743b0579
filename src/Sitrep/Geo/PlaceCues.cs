using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Geo;

/// <summary>
/// The context a place name is read in: the words of <c>data/geo/cues.tsv</c> (word → <see cref="CueRole"/>),
/// the patterns of <c>data/geo/patterns.tsv</c> and the word classes of direction.
/// </summary>
public sealed class PlaceCues
{
    public const string File = "geo/cues.tsv";
    private readonly Dictionary<string, CueRole> _roles = new(StringComparer.Ordinal);

    public PlaceCues(IEnumerable<string> lines, PlacePatterns patterns, WordClasses words)
    {
        Patterns = patterns;
        Fillers = words["place-filler"];
        TowardWords = words["destination-preposition"];
        MotionPrepositions = words["motion-preposition"];
        foreach (var line in lines)
        {
            var parts = line.Split('\t');
            if (parts.Length != 2) throw new FormatException($"{File}: expected word<TAB>role: {line}");
            _roles[PlaceNameNormalizer.Fold(parts[0])] = Enum.Parse<CueRole>(parts[1], ignoreCase: true);
        }
    }

    public static PlaceCues Load(DataPack data) => data.Get(d => new PlaceCues(d.ReadLines(File), PlacePatterns.Load(d), WordClasses.Load(d)));

    public PlacePatterns Patterns { get; }

    /// <summary>Words between a preposition of direction and the place ("to the provincial capital X").</summary>
    public IReadOnlySet<string> Fillers { get; }

    /// <summary>Prepositions that make the place a destination by themselves ("towards X").</summary>
    public IReadOnlySet<string> TowardWords { get; }

    /// <summary>Prepositions that make it a destination after a verb of motion ("retreated to X").</summary>
    public IReadOnlySet<string> MotionPrepositions { get; }

    public CueRole RoleOf(string fold) => _roles.GetValueOrDefault(fold);

    /// <summary>The place kind a kind cue asks for, if it is one.</summary>
    public static bool IsKindCue(CueRole role) =>
        role is CueRole.Province or CueRole.District or CueRole.City or CueRole.Village or CueRole.Capital or CueRole.Site;
}
