using Sitrep.Pipeline;

namespace Sitrep.Geo;

/// <summary>The context-word lexicon of <c>data/geo/cues.tsv</c>: word → <see cref="CueRole"/>.</summary>
public sealed class PlaceCues
{
    public const string File = "geo/cues.tsv";
    private readonly Dictionary<string, CueRole> _roles = new(StringComparer.Ordinal);

    public PlaceCues(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var parts = line.Split('\t');
            if (parts.Length != 2) throw new FormatException($"{File}: expected word<TAB>role: {line}");
            _roles[PlaceNameNormalizer.Fold(parts[0])] = Enum.Parse<CueRole>(parts[1], ignoreCase: true);
        }
    }

    public static PlaceCues Load(DataPack data) => data.Get(d => new PlaceCues(d.ReadLines(File)));

    public CueRole RoleOf(string fold) => _roles.GetValueOrDefault(fold);

    /// <summary>The place kind a kind cue asks for, if it is one.</summary>
    public static bool IsKindCue(CueRole role) =>
        role is CueRole.Province or CueRole.District or CueRole.City or CueRole.Village or CueRole.Capital or CueRole.Site;
}
