using System.Globalization;
using Sitrep.Pipeline;

namespace Sitrep.Geo;

/// <summary>
/// The shipped gazetteer (<c>data/geo/places.tsv</c>, format in <c>data/geo/README.md</c>):
/// Afghan provinces, districts, towns, villages and sites, world countries (with demonyms) and
/// cities. Lookup by id (or by a code such as a P-code) and by romanisation-tolerant name.
/// </summary>
public sealed class Gazetteer
{
    public const string PlacesFile = "geo/places.tsv";
    public const string StopListFile = "geo/stoplist.txt";

    /// <summary>Units and towns of the other countries (GeoNames; <c>data/geo/world/README.md</c>).</summary>
    public const string WorldPlacesFile = "geo/world/places.tsv";

    /// <summary>Source prefix of the world rows: they need their country in the article (<see cref="PlaceTier.WorldUnit"/>).</summary>
    public const string WorldSource = "geonames-world:";
    public const string StopPhraseId = "STOP";

    /// <summary>Names at least this long (as keys) may match with one edit when a cue supports it.</summary>
    public const int FuzzyMinKeyLength = 6;

    private readonly Dictionary<string, Place> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<PlaceName> _fuzzyNames = [];
    private readonly Lazy<Dictionary<string, List<PlaceName>>> _byDeletion;
    private readonly Dictionary<string, Place> _demonyms = new(StringComparer.Ordinal);
    private readonly HashSet<string> _stopFolds;
    private readonly List<Place> _places = [];
    private readonly List<(string Fold, Place Country)> _pendingDemonyms = [];
    private StringPool? _pool = new();

    public Gazetteer(IEnumerable<string> placeLines, IEnumerable<string> stopWords)
    {
        var stops = stopWords.ToList();
        _stopFolds = new HashSet<string>(stops.Where(w => !w.Contains(' ')).Select(PlaceNameNormalizer.Fold), StringComparer.Ordinal);
        // Phrases such as "Voice of America" enter the trie as names of a sentinel so that the
        // longest match swallows them and the place inside is not reported.
        var stopPhrase = new Place(StopPhraseId, "(stop phrase)", PlaceKind.Site, "", null, null, null, null);
        foreach (var phrase in stops.Where(w => w.Contains(' '))) Trie.Add(PlaceName.Of(stopPhrase, phrase));
        foreach (var row in PlaceRows.Merge(placeLines, _pool!)) AddRow(row);
        // The one-edit index is built on first use: most texts never need it.
        _byDeletion = new Lazy<Dictionary<string, List<PlaceName>>>(BuildDeletionIndex);
        foreach (var (fold, country) in _pendingDemonyms) AddDemonym(fold, country);
        _pendingDemonyms.Clear();
        _pool = null;
        Trie.Freeze();
    }

    /// <summary>A loaded gazetteer from its parts, as <see cref="GazetteerImage"/> stored them.</summary>
    internal Gazetteer(GazetteerParts parts)
    {
        _places = parts.Places;
        _byId = parts.ById;
        _fuzzyNames = parts.FuzzyNames;
        _demonyms = parts.Demonyms;
        _stopFolds = parts.StopFolds;
        _pool = null;
        Trie = parts.Trie;
        _byDeletion = new Lazy<Dictionary<string, List<PlaceName>>>(BuildDeletionIndex);
    }

    /// <summary>The loaded state, for <see cref="GazetteerImage"/>.</summary>
    internal GazetteerParts Parts => new(_places, _byId, _fuzzyNames, _demonyms, _stopFolds, Trie);

    /// <summary>Afghanistan's gazetteer with the world's countries and cities (<c>places.tsv</c>).</summary>
    public static Gazetteer Load(DataPack data) => data.Get(d => GazetteerCache.GetOrBuild(d, "main", [PlacesFile, StopListFile],
        () => new Gazetteer(d.ReadLines(PlacesFile), d.ReadLines(StopListFile))));

    /// <summary>
    /// The same with every country's units and towns (<c>world/places.tsv</c>, 81,000 rows): loading
    /// it costs about 2 s and 130 MB, so it is loaded on first need only (an article about another
    /// country, a gold name that the Afghan gazetteer lacks), and from its cached image after the first time.
    /// </summary>
    public static Gazetteer LoadWorld(DataPack data) => data.Get(d => new WorldGazetteer(GazetteerCache.GetOrBuild(d, "world",
        [PlacesFile, WorldPlacesFile, StopListFile],
        () => new Gazetteer(d.ReadLines(PlacesFile).Concat(d.ReadLines(WorldPlacesFile)), d.ReadLines(StopListFile))))).Gazetteer;

    public IReadOnlyList<Place> Places => _places;

    /// <summary>
    /// Every beginning of the fold of a name spelt lower case in the data (<see cref="PlaceName.StartsLower"/>):
    /// only such a name can start at a lower-case word, so the matcher walks the trie from a
    /// lower-case word only when its fold is one of these. Three words in four are lower case.
    /// </summary>
    public IReadOnlySet<string> LowerNameBeginnings => _lowerNameBeginnings ??= FindLowerNameBeginnings();

    private HashSet<string>? _lowerNameBeginnings;

    private HashSet<string> FindLowerNameBeginnings()
    {
        var beginnings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var names in Trie.AllNames)
            foreach (var name in names)
                if (name.StartsLower)
                    for (var length = 1; length <= name.Fold.Length; length++) beginnings.Add(name.Fold[..length]);
        return beginnings;
    }

    public PlaceNameTrie Trie { get; } = new();


    public Place? ById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Is this word (folded) an ordinary word that must not be taken for a place on its own?</summary>
    public bool IsStopWord(string fold) => _stopFolds.Contains(fold);

    /// <summary>The country a demonym names ("Croatian", "Qataris" → QA), if any.</summary>
    public Place? ByDemonym(string word) => ByDemonymFold(PlaceNameNormalizer.Fold(word));

    /// <summary>As <see cref="ByDemonym"/> for a word already folded (<see cref="PlaceNameNormalizer.FoldToken"/>).</summary>
    public Place? ByDemonymFold(string fold) => _demonyms.GetValueOrDefault(fold);

    public static PlaceTier TierOf(Place place) => place.Source switch
    {
        "abubaker47:village" => PlaceTier.Village,
        _ when place.Source.StartsWith(WorldSource, StringComparison.Ordinal) => PlaceTier.WorldUnit,
        _ when place.Kind == PlaceKind.PopulatedPlace && place.Country != "AF" && place.Source != "geonames:PPLC" => PlaceTier.WorldCity,
        _ => PlaceTier.Major,
    };

    /// <summary>
    /// Names sharing this skeleton (the caller checks <see cref="PlaceName.Agrees"/>): the names at
    /// the skeleton's trie node, which groups them already, without the stop phrases' sentinels.
    /// </summary>
    public IReadOnlyList<PlaceName> BySkeleton(string skeleton)
    {
        var names = Trie.NamesAt(Trie.Step(PlaceNameTrie.Root, skeleton));
        if (names is null) return [];
        return Array.Exists(names, n => n.Place.Id == StopPhraseId) ? Array.FindAll(names, n => n.Place.Id != StopPhraseId) : names;
    }

    /// <summary>Major names within one edit (or adjacent swap) of <paramref name="key"/>, for keys long enough.</summary>
    public IReadOnlyList<PlaceName> Near(string key)
    {
        if (key.Length < FuzzyMinKeyLength) return [];
        var found = new List<PlaceName>();
        foreach (var variant in Deletions(key).Append(key))
            if (_byDeletion.Value.TryGetValue(variant, out var list))
                foreach (var n in list)
                    if (!found.Contains(n) && PlaceNameNormalizer.Distance(n.Key, key, 1) <= 1) found.Add(n);
        return found;
    }

    /// <summary>
    /// Places a name may denote (as written in a gold dataset: "Hirat", "Sar-e-Pul"), best first:
    /// spelling agreement, then kind (country, province, district, town…), then population.
    /// Falls back to one-edit matches for long names.
    /// </summary>
    public IReadOnlyList<Place> Resolve(string name, PlaceKind? kind = null)
    {
        if (_byId.TryGetValue(name.Trim(), out var byId) && (kind is null || byId.Kind == kind)) return [byId];
        var fold = PlaceNameNormalizer.Fold(name);
        var key = PlaceNameNormalizer.Key(name);
        var exact = BySkeleton(PlaceNameNormalizer.Skeleton(key)).Where(n => n.Agrees(fold, key)).ToList();
        var names = exact.Count > 0 ? exact : Near(key).ToList();
        return names
            .Where(n => kind is null || n.Place.Kind == kind)
            .OrderBy(n => n.Fold == fold ? 0 : n.Key == key ? 1 : 2)
            .ThenBy(n => KindRank(n.Place.Kind))
            .ThenBy(n => TierOf(n.Place))
            .ThenByDescending(n => n.Place.Population)
            .ThenBy(n => n.Place.Id, StringComparer.Ordinal)
            .Select(n => n.Place)
            .Distinct()
            .ToList();
    }

    public static int KindRank(PlaceKind kind) => kind switch
    {
        PlaceKind.Country => 0,
        PlaceKind.Province => 1,
        PlaceKind.Region => 2,
        PlaceKind.District => 3,
        PlaceKind.PopulatedPlace => 4,
        _ => 5,
    };

    /// <summary>Adds a merged row, its kept strings already shared (<see cref="PlaceRows.Merge(IEnumerable{string}, StringPool)"/>).</summary>
    private void AddRow(string[] f)
    {
        var place = new Place(
            Id: f[0],
            Name: f[2],
            Kind: Enum.Parse<PlaceKind>(f[1]),
            Country: f[3],
            Admin1: Blank(f[5]),
            Admin2: Blank(f[7]),
            Latitude: Number(f[8]),
            Longitude: Number(f[9]),
            Population: long.TryParse(f[10], NumberStyles.Integer, CultureInfo.InvariantCulture, out var pop) ? pop : 0,
            Admin1Id: Blank(f[4]),
            Admin2Id: Blank(f[6]),
            CapitalId: Blank(f[15]),
            Source: f[11]);
        _places.Add(place);
        _byId[place.Id] = place;
        foreach (var code in f[12].Split('|', StringSplitOptions.RemoveEmptyEntries))
            if (!code.Contains(':') || code.StartsWith("GA", StringComparison.Ordinal)) _byId.TryAdd(code, place);

        AddName(place, f[2]);
        foreach (var alias in f[13].Split('|', StringSplitOptions.RemoveEmptyEntries)) AddName(place, alias);
        foreach (var demonym in f[14].Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            var fold = PlaceNameNormalizer.Fold(demonym);
            _pendingDemonyms.Add((fold, place));
            _pendingDemonyms.Add((fold + "s", place));
        }
    }

    /// <summary>A demonym shared by several countries ("American") goes to the one with the larger capital.</summary>
    private void AddDemonym(string fold, Place country)
    {
        if (_demonyms.TryGetValue(fold, out var other) && CapitalPopulation(other) >= CapitalPopulation(country)) return;
        _demonyms[fold] = country;
    }

    private long CapitalPopulation(Place country) =>
        country.CapitalId is { } id && _byId.TryGetValue(id, out var capital) ? capital.Population : 0;

    private void AddName(Place place, string text)
    {
        var name = PlaceName.Of(place, text, _pool);
        if (name.Key.Length == 0) return;
        Trie.Add(name);
        if (TierOf(place) == PlaceTier.Major && name.Key.Length >= FuzzyMinKeyLength) _fuzzyNames.Add(name);
    }

    private Dictionary<string, List<PlaceName>> BuildDeletionIndex()
    {
        var index = new Dictionary<string, List<PlaceName>>(StringComparer.Ordinal);
        foreach (var name in _fuzzyNames)
            foreach (var variant in Deletions(name.Key).Append(name.Key))
            {
                if (!index.TryGetValue(variant, out var near)) index[variant] = near = [];
                near.Add(name);
            }
        return index;
    }

    private static IEnumerable<string> Deletions(string key)
    {
        for (var i = 0; i < key.Length; i++) yield return key.Remove(i, 1);
    }

    private static string? Blank(string s) => s.Length == 0 ? null : s;

    private static double? Number(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
}
