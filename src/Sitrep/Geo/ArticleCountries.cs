namespace Sitrep.Geo;

/// <summary>
/// Which foreign units and towns (<see cref="PlaceTier.WorldUnit"/>) an article admits. The
/// evidence is the names the Afghan gazetteer already has: a country's name or demonym
/// ("Nigerian troops"), and a name that can lie in one country only (its capital in the dateline,
/// "MAPUTO (Reuters)"), and the armed actors of one country ("Boko Haram"). A world unit stands for a name when its country is the article's main
/// country (most such names), or is named in the same sentence ("near the border in Kurram,
/// Pakistan"), or when a province or district cue asks for a unit that only one country has and
/// no Afghan place shares the name ("in Borno state"). Afghan text keeps its Afghan places: an
/// Afghan article that mentions "the US" does not make every American town a candidate.
/// </summary>
public sealed class ArticleCountries
{
    private const long BigCity = 1_000_000;
    private readonly HashSet<string>[] _bySentence;

    private readonly bool _namesAfghanPlace;

    private ArticleCountries(string? main, HashSet<string>[] bySentence, bool namesAfghanPlace)
    {
        Main = main;
        _bySentence = bySentence;
        _namesAfghanPlace = namesAfghanPlace;
    }

    /// <summary>The foreign country most names point to, or null when none outweighs Afghanistan.</summary>
    public string? Main { get; }

    /// <summary>Whether the article is about another country or names one where things happen ("fled to Pakistan").</summary>
    public bool AnyForeign => Main is not null || _bySentence.Any(s => s.Any(c => c != "AF"));

    /// <param name="matches">Each match's candidates, its sentence index, and whether it qualifies a
    /// noun ("US forces", "Somali troops"): a country named so votes for the main country but does
    /// not admit its places in its sentence, for it names an actor rather than where things happen.</param>
    /// <param name="sentenceCount">Number of sentences.</param>
    /// <param name="matches">Weak: the match is only a one-edit or romanisation variant ("Fulani" for an Afghan town).</param>
    /// <param name="actorCountries">The country of each armed actor the text names (<see cref="ActorCountryCues"/>): one vote each.</param>
    /// <param name="matches">Anchored: the name is where something happens ("in X", "near X", "X district", a headline's "X:").</param>
    public static ArticleCountries From(IEnumerable<(IReadOnlyList<Place> Candidates, int Sentence, bool Modifier, bool Weak, bool Anchored)> matches, int sentenceCount,
        IEnumerable<string>? actorCountries = null)
    {
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        // Foreign places named where something happens, in an article that names no country, no
        // Afghan place and no actor of a country ("gunmen attacked a checkpoint near Tikrit"): the
        // country of a name that lies in one country only, counted only when nothing else votes.
        var lone = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var country in actorCountries ?? []) votes[country] = votes.GetValueOrDefault(country) + 1;
        var bySentence = new HashSet<string>[Math.Max(sentenceCount, 1)];
        for (var i = 0; i < bySentence.Length; i++) bySentence[i] = new HashSet<string>(StringComparer.Ordinal);
        var namesAfghanPlace = false;
        foreach (var (candidates, sentence, modifier, weak, anchored) in matches)
        {
            if (weak) continue; // a one-edit or variant spelling is no evidence of a country
            // "Daraa" is a Syrian governorate before it is a spelling of Panjshir's Dara
            namesAfghanPlace |= candidates.Count > 0 && candidates.All(p => p.Country == "AF" && Gazetteer.TierOf(p) is not (PlaceTier.WorldUnit or PlaceTier.WorldCity));
            if (anchored && candidates.Count > 0 && candidates.All(p => Gazetteer.TierOf(p) is PlaceTier.WorldUnit or PlaceTier.WorldCity && p.Country.Length > 0)
                && candidates.Select(p => p.Country).Distinct().Count() == 1)
                lone[candidates[0].Country] = lone.GetValueOrDefault(candidates[0].Country) + 1;
            // Minor world cities are weak evidence ("Palma" is Majorca's before it is Cabo Delgado's);
            // a foreign admin1 of one country counts when its name is long enough not to be a chance word ("Cabo Delgado").
            var known = candidates.Where(p => Gazetteer.TierOf(p) is not (PlaceTier.WorldUnit or PlaceTier.WorldCity) && p.Id != Gazetteer.StopPhraseId).ToList();
            if (known.Count == 0 && candidates.Count > 0 && candidates.All(p => p.Kind == PlaceKind.Province && Gazetteer.TierOf(p) == PlaceTier.WorldUnit)
                && candidates.Select(p => p.Country).Distinct().Count() == 1 && candidates[0].Name.Contains(' '))
                known = [.. candidates];
            if (known.Count == 0) continue;
            var country = known[0].Country;
            if (country.Length == 0 || known.Any(p => p.Country != country)) continue;
            votes[country] = votes.GetValueOrDefault(country) + 1;
            if (!modifier && known.All(p => p.Kind == PlaceKind.Country) && sentence >= 0 && sentence < bySentence.Length) bySentence[sentence].Add(country);
        }
        if (votes.Count == 0) votes = lone;
        var top = votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key == "AF" ? 0 : 1).ThenBy(v => v.Key, StringComparer.Ordinal).FirstOrDefault();
        return new ArticleCountries(top.Key is { } key && key != "AF" ? key : null, bySentence, namesAfghanPlace);
    }

    /// <summary>Whether <paramref name="place"/> may stand for a name in sentence <paramref name="sentence"/>.</summary>
    /// <param name="exactSpelling">The text spells one of the place's names (not a romanisation variant or a one-edit match).</param>
    public bool Admits(Place place, int sentence, CueRole kindCue, IReadOnlyList<Place> candidates, bool exactSpelling) =>
        // In an article about another country, Afghan romanisation tolerance only finds look-alikes ("Fulani"),
        // and a minor city of a third country is a namesake ("Kani township" in Myanmar is not Japan's Kani).
        (Main is null || place.Country != "AF" || exactSpelling) &&
        (Main is null || Gazetteer.TierOf(place) != PlaceTier.WorldCity || place.Country == Main || place.Population >= BigCity
            || sentence >= 0 && sentence < _bySentence.Length && _bySentence[sentence].Contains(place.Country)) &&
        (Gazetteer.TierOf(place) != PlaceTier.WorldUnit
        || place.Country == Main
        || sentence >= 0 && sentence < _bySentence.Length && _bySentence[sentence].Contains(place.Country)
        // "in Borno state" in a text that names no Afghan place ("the Green Zone in Kabul" is no American county)
        || kindCue is CueRole.Province or CueRole.District && !_namesAfghanPlace
            && candidates.All(c => Gazetteer.TierOf(c) == PlaceTier.WorldUnit)
            && candidates.Where(c => Fits(c, kindCue)).Select(c => c.Country).Distinct().Count() == 1
            && Fits(place, kindCue));

    private static bool Fits(Place p, CueRole cue) =>
        cue == CueRole.Province ? p.Kind == PlaceKind.Province : p.Kind == PlaceKind.District;
}
