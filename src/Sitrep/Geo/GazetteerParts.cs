namespace Sitrep.Geo;

/// <summary>What a loaded <see cref="Gazetteer"/> holds: the state its image stores and restores.</summary>
internal sealed record GazetteerParts(
    List<Place> Places,
    Dictionary<string, Place> ById,
    List<PlaceName> FuzzyNames,
    Dictionary<string, Place> Demonyms,
    HashSet<string> StopFolds,
    PlaceNameTrie Trie);
