using Sitrep.Geo;

namespace Sitrep.Actors;

/// <summary>
/// Generic nouns ("soldiers", "villagers", "gunmen") resolve to Afghan actors. In an article
/// whose places lie mostly in another country they stand for that country's actor of the same
/// family ("Civilians (Nigeria)", "Military Forces of Nigeria"): <c>actors/families.tsv</c> names
/// the families, <c>actors/countries.tsv</c> the country names ACLED writes.
/// </summary>
public sealed class ActorLocaliser(ActorDictionary dictionary, IEnumerable<string> familyLines, IEnumerable<string> countryLines)
{
    public const string FamiliesFile = "actors/families.tsv";
    public const string CountriesFile = "actors/countries.tsv";
    private const string HomeCountry = "AF";

    private readonly Dictionary<string, string> _templates = Pairs(familyLines, FamiliesFile);
    private readonly Dictionary<string, string> _countries = Pairs(countryLines, CountriesFile);

    /// <summary>The ACLED name of a country code ("CD" → "Democratic Republic of Congo"), if known.</summary>
    public string? CountryName(string code) => _countries.GetValueOrDefault(code);

    /// <summary>
    /// The country most of the article's places lie in, when that is not Afghanistan and it
    /// outnumbers Afghan places; null otherwise. Units and towns count before country names, which
    /// often name an actor ("a US air strike in Kunduz" is Afghan).
    /// </summary>
    public static string? ForeignCountry(IReadOnlyList<PlaceMention> places)
    {
        var units = places.Where(p => p.Place.Country.Length > 0 && p.Place.Kind != PlaceKind.Country).ToList();
        var pool = units.Count > 0 ? units : places.Where(p => p.Place.Country.Length > 0).ToList();
        var counts = pool.GroupBy(p => p.Place.Country)
            .Select(g => (Country: g.Key, Count: g.Count(), First: g.Min(p => p.Span.Start)))
            .OrderByDescending(x => x.Count).ThenBy(x => x.First)
            .ToList();
        if (counts.Count == 0 || counts[0].Country == HomeCountry) return null;
        var home = counts.FirstOrDefault(x => x.Country == HomeCountry).Count;
        return counts[0].Count > home ? counts[0].Country : null;
    }

    /// <summary>The actor of <paramref name="actor"/>'s family in the country with code <paramref name="country"/>, or the actor itself.</summary>
    public Actor Localise(Actor actor, string country) =>
        _templates.TryGetValue(actor.Id, out var template) && CountryName(country) is { } name
            && dictionary.Resolve(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, name)) is { } local
            ? local
            : actor;

    /// <summary>Generic and country-neutral mentions of an article about another country, as that country's actors.</summary>
    public IReadOnlyList<ActorMention> Localise(IReadOnlyList<ActorMention> mentions, IReadOnlyList<PlaceMention> places)
    {
        if (ForeignCountry(places) is not { } country) return mentions;
        return mentions.Select(m => Neutral(m) ? m with { Actor = Localise(m.Actor, country) } : m).ToList();
    }

    /// <summary>A generic noun or a name that does not say it is Afghan ("Islamic State", "border police"; not "Afghan civilians", "ANA").</summary>
    private bool Neutral(ActorMention m) =>
        _templates.ContainsKey(m.Actor.Id)
        && (ActorAnnotator.IsUnnamed(m)
            || m.Rule == ActorAnnotator.AliasRule && !m.Text.Contains("Afghan", StringComparison.OrdinalIgnoreCase));

    private static Dictionary<string, string> Pairs(IEnumerable<string> lines, string file)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var c = line.Split('\t');
            if (c.Length < 2) throw new FormatException($"{file}: expected two columns: {line}");
            pairs[c[0]] = c[1];
        }
        return pairs;
    }
}
