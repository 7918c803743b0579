using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Geo;

/// <summary>
/// Finds place names (<see cref="PlaceMatcher"/>, one pass) and picks the place each one means.
/// A name is believed only with enough evidence for its kind (<see cref="PlaceTier"/>; stop
/// words need a kind cue; demonyms must qualify a noun). Among the candidates left, a kind cue
/// decides first ("X district", "the province of X", "X city", "the X capital"), then a province
/// named in the same sentence, earlier in the paragraph, or earlier in the article, then the
/// article's main country, then the kind (a province's capital when the bare name follows "in",
/// a district's seat town over the district), then population.
/// </summary>
public sealed class PlaceAnnotator(Gazetteer gazetteer, PlaceCues cues, Func<AdminLocator>? locator = null,
    ActorCountryCues? actorCountries = null, Func<PlaceAnnotator>? world = null, WorldNames? worldNames = null) : IAnnotator
{
    // The annotator over the world gazetteer, built when a first article needs it (NeedsWorld).
    private readonly Lazy<PlaceAnnotator?> _world = new(() => world?.Invoke());

    // Shapes are parsed only when a chosen Afghan place lacks its district.
    private readonly Lazy<AdminLocator?> _locator = new(() => locator?.Invoke());

    private const long BigCityPopulation = 1_000_000;

    /// <summary>Sitrep reads reporting on Afghanistan: with no evidence of another country, a name is Afghan.</summary>
    private const string DefaultCountry = "AF";
    private readonly PlaceMatcher _matcher = new(gazetteer, cues);

    public static PlaceAnnotator Load(DataPack data) => data.Get(d => new PlaceAnnotator(Gazetteer.Load(d), PlaceCues.Load(d),
        () => AdminLocator.Load(d), new ActorCountryCues(Actors.ActorDictionary.Load(d), CountryCodes(d)),
        () => new PlaceAnnotator(Gazetteer.LoadWorld(d), PlaceCues.Load(d), () => AdminLocator.Load(d),
            new ActorCountryCues(Actors.ActorDictionary.Load(d), CountryCodes(d))),
        WorldNames.Load(d)));

    /// <summary>ACLED country names (<c>actors/countries.tsv</c>) to their codes, for the actor pack's country column.</summary>
    private static Dictionary<string, string> CountryCodes(DataPack d) =>
        d.ReadLines(Actors.ActorLocaliser.CountriesFile).Select(l => l.Split('\t')).Where(c => c.Length >= 2)
            .GroupBy(c => c[1], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First()[0], StringComparer.Ordinal);

    public string Name => "places";

    public IReadOnlyList<Layer> Requires { get; } = [Layer.Sentences];

    public IReadOnlyList<Layer> Produces { get; } = [Layer.Places];

    public void Annotate(Document document) =>
        document.Places.AddRange(FindIn(document.Text, document.Sentences, PlaceView.Of(document.Text, document.Words.All)));

    /// <summary>Place mentions in <paramref name="text"/>; without sentences the whole text is one paragraph.</summary>
    public IReadOnlyList<PlaceMention> Find(string text, IReadOnlyList<Sentence>? sentences = null) =>
        FindIn(text, sentences, PlaceView.Of(text));

    private IReadOnlyList<PlaceMention> FindIn(string text, IReadOnlyList<Sentence>? sentences, List<TextToken> tokens) =>
        Find(text, sentences is { Count: > 0 } ? sentences : [new Sentence(new Span(0, text.Length), 0, 0, "whole-text")], tokens);

    /// <summary>As <see cref="Find(string, IReadOnlyList{Sentence})"/> on the text's tokens, which the world gazetteer's reading shares.</summary>
    private IReadOnlyList<PlaceMention> Find(string text, IReadOnlyList<Sentence> sentences, List<TextToken> tokens)
    {
        var sentenceOfToken = SentenceIndexes(tokens, sentences);
        var matches = _matcher.Find(text, tokens, TitleCaseTokens(tokens, sentenceOfToken));
        bool StartsSentence(int t) => t < 0 || t == 0 || sentenceOfToken[t] != sentenceOfToken[t - 1];

        var contexts = matches.Select(m => PlaceContext.Read(text, tokens, m, cues, StartsSentence, gazetteer.IsStopWord)).ToArray();
        ShareListCues(text, tokens, matches, contexts);
        PossessiveProvinces(text, tokens, matches, contexts);
        PlaceOfProvince(text, tokens, matches, contexts);
        var datelines = PlaceRoles.Datelines(text);
        bool InDateline(PlaceNameMatch m) => datelines.Any(d => d.Start <= tokens[m.FirstToken].Start && tokens[m.FirstToken].Start < d.End);
        // A dateline names the city the story was filed from, as "in X" would ("KABUL: Police used tear gas" is a dateline
        // too); a headline's label where it happened, the region before its capital ("Katsina: Bandits abduct 30 in Faskari")
        for (var k = 0; k < matches.Count; k++)
        {
            if (InDateline(matches[k])) contexts[k] = contexts[k] with { Locative = true };
            else if (IsHeadlineLabel(text, tokens, matches[k]))
                contexts[k] = contexts[k] with { Locative = true, Label = !IsCapitals(text, tokens, matches[k]) };
            else if (IsUnitOfTownAfterLocative(text, tokens, matches[k])) contexts[k] = contexts[k] with { Locative = true, Label = true };
        }
        var found = new List<Found>();
        for (var k = 0; k < matches.Count; k++)
        {
            var m = matches[k];
            if (m.Blocked) continue;
            var context = contexts[k];
            var candidates = Admissible(m, context, text, tokens);
            if (candidates.Count == 0) continue;
            found.Add(new Found(m, context, candidates, sentenceOfToken[m.FirstToken]));
        }

        // Units and towns of other countries stand only where the article names their country.
        var actorVotes = actorCountries?.Find(text, tokens).Select(c => c.Country) ?? [];
        // The folded spelling of each match, made once rather than once per candidate.
        var folds = found.Select(f => MatchFold(tokens, f.Match)).ToArray();
        var articleCountries = ArticleCountries.From(found.Select((f, k) => ((IReadOnlyList<Place>)f.Candidates, f.Sentence, f.Match.Demonym || f.Context.FollowedByWord,
            f.Match.Fuzzy || !f.Candidates.Any(p => SpellingRank(p, f.Match, folds[k]) == 0), f.Context.Locative || f.Context.KindCue != CueRole.None)),
            sentences.Count, actorVotes);
        // An article about another country is read again with every country's units and towns.
        // (a foreign city gets its admin units there too: "in Aden").
        var foreignPlace = found.Any(f => f.Candidates.Any(p => p.Country is not ("AF" or "") && p.Kind != PlaceKind.Country));
        if (world is not null && (foreignPlace || NeedsWorld(articleCountries, tokens, matches)) && _world.Value is { } full)
            return full.Find(text, sentences, tokens);
        found = found
            .Select((f, k) => f with { Candidates = f.Candidates.Where(p => articleCountries.Admits(p, f.Sentence, f.Context.KindCue, f.Candidates,
                !f.Match.Fuzzy && SpellingRank(p, f.Match, folds[k]) == 0)).ToList() })
            .Where(f => f.Candidates.Count > 0)
            .ToList();
        var mainCountry = MainCountry(found);
        var mentions = new List<PlaceMention>(found.Count);
        var bySentence = found.GroupBy(f => f.Sentence).ToDictionary(g => g.Key, g => g.ToList());
        var evidence = new ProvinceEvidence();
        // "in Jaghatu district ... a spokesman for the Wardak police said": a province named anywhere in the article
        evidence.Anywhere.UnionWith(found.Where(f => f.OnlyProvince is not null).Select(f => f.OnlyProvince!));
        // "in Tagab district, some 60 km north-east of Kabul": points of names that lie in one province only
        // (a name spelt exactly as a place in one province counts too: "Bagram" beside the "Bagrami" variant)
        foreach (var f in found)
        {
            var fold = string.Concat(Enumerable.Range(f.Match.FirstToken, f.Match.LastToken - f.Match.FirstToken + 1).Select(t => tokens[t].Fold));
            var exact = f.Candidates.Where(c => f.Match.Names.Any(n => n.Place == c && n.Fold == fold)).ToList();
            var pool = f.OnlyProvince is not null ? f.Candidates
                : exact.Count > 0 && exact.All(c => c.Country == "AF" && c.Admin1Id is not null && c.Admin1Id == exact[0].Admin1Id) ? exact : [];
            if (pool.FirstOrDefault(c => c.Latitude is not null && c.Longitude is not null) is { } point)
                evidence.Points.Add((f, point));
        }
        var paragraph = -1;
        foreach (var f in found)
        {
            if (sentences[f.Sentence].Paragraph != paragraph)
            {
                paragraph = sentences[f.Sentence].Paragraph;
                evidence.Paragraph.Clear();
            }
            if (Resolve(tokens, text, f, bySentence[f.Sentence], evidence, mainCountry) is not { } mention) continue;
            mentions.Add(InDateline(f.Match) ? mention with { Dateline = true } : mention);
            if (mention.Place.Admin1Id is { } admin1 && mention.Place.Country == "AF")
            {
                evidence.Paragraph.Add(admin1);
                evidence.Article.Add(admin1);
            }
        }
        return PlaceRoles.Mark(text, PlaceAnaphora.Resolve(text, mentions, gazetteer, mainCountry, cues.Patterns), cues);
    }

    /// <summary>
    /// Whether the article needs the world gazetteer: it is about another country, names one where
    /// things happen, asks for a province or district by a capitalised name that the Afghan
    /// gazetteer lacks ("in Borno state"), or spells a foreign admin1 name ("Cabo Delgado").
    /// </summary>
    private bool NeedsWorld(ArticleCountries countries, IReadOnlyList<TextToken> tokens, List<PlaceNameMatch> matches)
    {
        if (countries.AnyForeign) return true;
        var covered = new bool[tokens.Count];
        foreach (var m in matches)
            for (var t = m.FirstToken; t <= m.LastToken; t++) covered[t] = true;
        for (var t = 0; t + 1 < tokens.Count; t++)
            if (tokens[t].Capitalised && !covered[t] && cues.RoleOf(tokens[t + 1].Fold) is CueRole.Province or CueRole.District)
                return true;
        return worldNames?.AnyIn(tokens) == true;
    }

    private static bool IsCapitals(string text, IReadOnlyList<TextToken> tokens, PlaceNameMatch m) =>
        !text.AsSpan(tokens[m.FirstToken].Start, tokens[m.LastToken].End - tokens[m.FirstToken].Start).ContainsAnyInRange('a', 'z');

    /// <summary>
    /// "near Kapedo (Turkana)", "near Bilanga (Gnagna, Est)": names in parentheses after a town the gazetteer may not
    /// know, itself after "in" or "near", are the units it lies in, and so where something happens.
    /// </summary>
    private bool IsUnitOfTownAfterLocative(string text, IReadOnlyList<TextToken> tokens, PlaceNameMatch m)
    {
        var start = tokens[m.FirstToken].Start;
        var from = Math.Max(0, start - ParenthesisReach);
        var open = text.AsSpan(from, start - from).LastIndexOf('(') is var at and >= 0 ? from + at : -1;
        if (open < 0 || text.AsSpan(open, start - open).Contains(')')) return false;
        var town = m.FirstToken - 1;
        while (town >= 0 && tokens[town].End > open) town--;
        if (town <= 0 || !tokens[town].Capitalised || !text.AsSpan(tokens[town].End, open - tokens[town].End).IsWhiteSpace()) return false;
        // the town's name may have a few words ("near Wadi Shisha (Nineveh)")
        var first = town;
        while (first > 0 && town - first < TownWords - 1 && tokens[first - 1].Capitalised) first--;
        return first > 0 && cues.RoleOf(tokens[first - 1].Fold) is CueRole.Locative or CueRole.Near;
    }

    /// <summary>Most words of the unknown town's name before the parenthesis.</summary>
    private const int TownWords = 3;

    /// <summary>How far into a parenthesis of units a name may stand ("(Logone-et-Chari, Far North)").</summary>
    private const int ParenthesisReach = 40;

    /// <summary>
    /// "Kismayo: a grenade ...", "...; Segou region: villagers say": a name (and its kind word) that
    /// opens a line or a headline's part and is followed by a colon labels where the story happened.
    /// </summary>
    private bool IsHeadlineLabel(string text, IReadOnlyList<TextToken> tokens, PlaceNameMatch m)
    {
        var before = tokens[m.FirstToken].Start - 1;
        while (before >= 0 && text[before] is ' ' or '\t') before--;
        if (before >= 0 && text[before] is not ('\n' or ';' or '|')) return false;
        var last = m.LastToken + 1 < tokens.Count && PlaceCues.IsKindCue(cues.RoleOf(tokens[m.LastToken + 1].Fold)) ? m.LastToken + 1 : m.LastToken;
        var end = tokens[last].End;
        return end + 1 < text.Length && text[end] == ':' && text[end + 1] is ' ' or '\t';
    }

    /// <summary>
    /// "Kandahar's Daman district": a name in the possessive before a named district is that
    /// district's province, not the town of the same name.
    /// </summary>
    private static void PossessiveProvinces(string text, IReadOnlyList<TextToken> tokens, List<PlaceNameMatch> matches, PlaceContext[] contexts)
    {
        for (var k = 0; k + 1 < matches.Count; k++)
        {
            if (contexts[k].KindCue != CueRole.None) continue;
            if (matches[k + 1].FirstToken != matches[k].LastToken + 1) continue;
            var end = tokens[matches[k].LastToken].End;
            if (end + 2 > text.Length || !PlaceNameNormalizer.IsApostrophe(text[end]) || text[end + 1] is not ('s' or 'S')) continue;
            var provinces = matches[k].Names.Select(n => n.Place).Where(p => p.Kind == PlaceKind.Province).ToList();
            // the district must be one of that province's country ("Kabul's Police District 8" names no district, Poland's town Police aside);
            // any other place must lie in that province ("Katsina's Jibia")
            if (contexts[k + 1].KindCue == CueRole.District
                    && matches[k + 1].Names.Any(d => d.Place.Kind == PlaceKind.District && provinces.Any(p => p.Country == d.Place.Country))
                || matches[k + 1].Names.Any(d => provinces.Any(p => d.Place.Admin1Id == p.Id)))
                contexts[k] = contexts[k] with { KindCue = CueRole.Province, KindCueText = "possessive before a place in it" };
        }
    }

    /// <summary>
    /// "the Chahar Dara area of Kunduz", "Sangin of Helmand", "Mariupol (Donetsk)": a name after a
    /// place and "(area|region) of", or alone in parentheses after it, is the province that place
    /// lies in, not the town of the same name.
    /// </summary>
    private void PlaceOfProvince(string text, IReadOnlyList<TextToken> tokens, List<PlaceNameMatch> matches, PlaceContext[] contexts)
    {
        for (var k = 0; k + 1 < matches.Count; k++)
        {
            if (contexts[k + 1].KindCue != CueRole.None || !matches[k + 1].Names.Any(n => n.Place.Kind == PlaceKind.Province)) continue;
            var gapStart = tokens[matches[k].LastToken].End;
            var gap = text.AsSpan(gapStart, tokens[matches[k + 1].FirstToken].Start - gapStart);
            var nameEnd = tokens[matches[k + 1].LastToken].End;
            if (cues.Patterns.AreaOf.IsMatch(gap))
                contexts[k + 1] = contexts[k + 1] with { KindCue = CueRole.Province, KindCueText = "of after a place" };
            else if (cues.Patterns.OpeningParenthesis.IsMatch(gap) && nameEnd < text.Length && text[nameEnd] == ')')
                contexts[k + 1] = contexts[k + 1] with { KindCue = CueRole.Province, KindCueText = "in parentheses after a place" };
        }
    }

    /// <summary>
    /// "Ghazni, Paktia and Logar provinces": a kind word after a list applies to every name in
    /// it, back across commas and "and"/"or".
    /// </summary>
    private void ShareListCues(string text, IReadOnlyList<TextToken> tokens, List<PlaceNameMatch> matches, PlaceContext[] contexts)
    {
        for (var k = matches.Count - 1; k > 0; k--)
        {
            var cue = contexts[k];
            if (cue.KindCue is not (CueRole.Province or CueRole.District) || cue.KindCueText is null || !cue.KindCueText.EndsWith('s')) continue;
            for (var j = k - 1; j >= 0 && contexts[j].KindCue == CueRole.None && ListGap(text, tokens, matches[j], matches[j + 1]); j--)
                contexts[j] = contexts[j] with { KindCue = cue.KindCue, KindCueText = cue.KindCueText + " (list)" };
        }
    }

    private bool ListGap(string text, IReadOnlyList<TextToken> tokens, PlaceNameMatch a, PlaceNameMatch b)
    {
        return cues.Patterns.ListGap.IsMatch(text.AsSpan(tokens[a.LastToken].End, tokens[b.FirstToken].Start - tokens[a.LastToken].End));
    }

    private sealed record Found(PlaceNameMatch Match, PlaceContext Context, List<Place> Candidates, int Sentence)
    {
        /// <summary>The province this match names whatever place it turns out to be, if all candidates agree.</summary>
        public string? OnlyProvince =>
            Candidates.All(c => c.Country == "AF" && c.Admin1Id is not null && c.Admin1Id == Candidates[0].Admin1Id)
                ? Candidates[0].Admin1Id : null;
    }

    private List<Place> Admissible(PlaceNameMatch m, PlaceContext context, string text, IReadOnlyList<TextToken> tokens)
    {
        var places = m.Names.Select(n => n.Place).Where(p => p.Id != Gazetteer.StopPhraseId).Distinct().ToList();
        if (m.Demonym) return context.FollowedByWord && !context.Title ? places : [];
        if (context.Title) return places.Where(p => p.Kind == PlaceKind.Country).ToList();

        var hasKindCue = context.KindCue != CueRole.None;
        var fold = string.Concat(Enumerable.Range(m.FirstToken, m.LastToken - m.FirstToken + 1).Select(t => tokens[t].Fold));
        var acronym = m.Names.Any(n => n.IsAcronym); // "US" in capitals is no longer the word "us"
        if (!hasKindCue && (gazetteer.IsStopWord(fold) && !acronym || m.Fuzzy)) return [];

        places = places.Where(p => Gazetteer.TierOf(p) switch
        {
            PlaceTier.Village => context.KindCue is CueRole.Village,
            PlaceTier.WorldCity => context.Locative || hasKindCue || p.Population >= BigCityPopulation,
            _ => true,
        }).ToList();
        // "Garowe Online", "the Green Zone", "Sheikh Othman": part of a longer name is no town, nor a foreign unit.
        if (context.InsideProperName && !hasKindCue)
            places = places.Where(p => p.Kind is not (PlaceKind.PopulatedPlace or PlaceKind.Site) && Gazetteer.TierOf(p) != PlaceTier.WorldUnit).ToList();
        // "Abdul Rahman Mangal": after a capitalised word, a name that is only another name of a
        // place (a tribe's, a former name), not a spelling of its own, is a surname.
        if (context.ProperBefore && !hasKindCue)
            places = places.Where(p => m.Names.Any(n => n.Place == p && SameSkeleton(n.Fold, p.Name))).ToList();

        if (hasKindCue)
        {
            var fitting = places.Where(p => Fits(p, context.KindCue)).ToList();
            // "Kandahar airport", "the Kajaki dam": a site the gazetteer lacks is at the town it is named after.
            if (fitting.Count == 0 && context.KindCue == CueRole.Site) fitting = places.Where(p => Fits(p, CueRole.City)).ToList();
            if (fitting.Count > 0) places = fitting;
            else if (m.Fuzzy) return [];
        }
        return places;
    }

    /// <summary>Whether a matched spelling is a romanisation of the place's own name (same consonants), not another name.</summary>
    private static bool SameSkeleton(string fold, string name) =>
        PlaceNameNormalizer.Skeleton(PlaceNameNormalizer.Key(fold)) == PlaceNameNormalizer.Skeleton(PlaceNameNormalizer.Key(name));

    private static bool Fits(Place p, CueRole cue) => cue switch
    {
        CueRole.Province => p.Kind == PlaceKind.Province,
        CueRole.District => p.Kind == PlaceKind.District,
        CueRole.City => p.Kind == PlaceKind.PopulatedPlace,
        CueRole.Village => p.Kind == PlaceKind.PopulatedPlace,
        CueRole.Capital => p.Kind == PlaceKind.Province || p.Kind == PlaceKind.Country,
        CueRole.Site => p.Kind == PlaceKind.Site,
        _ => true,
    };

    /// <summary>The country most matches may lie in: the article's default for ambiguous names.</summary>
    private static string MainCountry(List<Found> found)
    {
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in found)
        {
            // Only a match that can lie in one country only is evidence of the article's country.
            var countries = f.Candidates.Select(c => c.Country).Distinct().ToList();
            if (countries.Count == 1) votes[countries[0]] = votes.GetValueOrDefault(countries[0]) + 1;
        }
        return votes.Count == 0 ? DefaultCountry : votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key == "AF" ? 0 : 1).First().Key;
    }

    /// <summary>Provinces already resolved earlier in the paragraph and in the article.</summary>
    private sealed class ProvinceEvidence
    {
        public HashSet<string> Paragraph { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Article { get; } = new(StringComparer.Ordinal);

        /// <summary>Provinces that some name in the article can only lie in, before or after the mention.</summary>
        public HashSet<string> Anywhere { get; } = new(StringComparer.Ordinal);

        /// <summary>A point for each name that can lie in one province only.</summary>
        public List<(Found Match, Place Point)> Points { get; } = [];
    }

    private PlaceMention? Resolve(IReadOnlyList<TextToken> tokens, string text, Found f, List<Found> sameSentence,
        ProvinceEvidence evidence, string mainCountry)
    {
        var m = f.Match;
        var context = f.Context;
        var reasons = new List<string>();
        var candidates = f.Candidates;

        if (context.KindCue != CueRole.None) reasons.Add($"kind cue '{context.KindCueText}'");

        // Province evidence: the same sentence (other matches), else earlier in the paragraph, else earlier in the article.
        var spread = candidates.Count > 1 && candidates.Select(c => c.Admin1Id).Distinct().Count() > 1;
        var sentenceProvinces = spread
            ? sameSentence.Where(o => o != f && o.OnlyProvince is not null).Select(o => o.OnlyProvince!).ToHashSet(StringComparer.Ordinal)
            : [];
        var paragraphProvinces = evidence.Paragraph;
        var articleProvinces = evidence.Article;

        var surface = text[tokens[m.FirstToken].Start..tokens[m.LastToken].End];
        var surfaceFold = m.FirstToken == m.LastToken ? tokens[m.FirstToken].Fold
            : string.Concat(Enumerable.Range(m.FirstToken, m.LastToken - m.FirstToken + 1).Select(t => tokens[t].Fold));
        bool Tied(Place a, Place b) => a.Country == "AF" && b.Country == "AF" && a.Admin1Id != b.Admin1Id
            && a.Kind == b.Kind && a.Population == b.Population && ProvinceRank(a) == 4 && ProvinceRank(b) == 4
            && SpellingRank(a, m, surfaceFold) == SpellingRank(b, m, surfaceFold);

        int ProvinceRank(Place p) => !spread || p.Admin1Id is null ? 4
            : sentenceProvinces.Contains(p.Admin1Id) ? 0
            : paragraphProvinces.Contains(p.Admin1Id) ? 1
            : articleProvinces.Contains(p.Admin1Id) ? 2
            : evidence.Anywhere.Contains(p.Admin1Id) ? 3 : 4;

        var byTown = TownOverDistrict(candidates, context);
        var sentenceCountries = byTown.Count > 1
            ? sameSentence.Where(o => o != f && o.Candidates.All(c => c.Kind == PlaceKind.Country)).Select(o => o.Candidates[0].Country).ToHashSet(StringComparer.Ordinal)
            : [];
        // A country's own name beats a village that shares it ("China"), unless a cue asks for a town.
        var ordered = byTown.Count == 1 ? byTown : byTown
            .OrderBy(p => p.Kind == PlaceKind.Country && context.KindCue == CueRole.None ? 0 : 1)
            .ThenBy(p => SpellingRank(p, m, surfaceFold))
            .ThenBy(p => sentenceCountries.Contains(p.Country) ? 0 : 1)
            .ThenBy(ProvinceRank)
            .ThenBy(p => p.Country == mainCountry ? 0 : 1)
            .ThenBy(p => KindOrder(p, context, byTown))
            .ThenByDescending(p => p.Population)
            .ThenBy(p => Gazetteer.TierOf(p))
            .ThenBy(p => p.Name.Equals(surface, StringComparison.OrdinalIgnoreCase) ? 0 : 1) // "Salang" the district, not a neighbour with that alias
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        // Still tied between provinces: the unit near the other places the article names ("Tagab ... north-east of Kabul").
        var byDistance = false;
        if (ordered.Count > 1 && Tied(ordered[0], ordered[1]) && Nearest(ordered, f, evidence) is { } near)
        {
            byDistance = true;
            ordered.Remove(near.Place);
            ordered.Insert(0, near.Place);
            reasons.Add($"near {near.Anchor}");
        }
        var chosen = ordered[0];
        // Two units of one name in different provinces and nothing to choose between them:
        // a wrong province is worse than no place ("Nawa" in Ghazni or in Helmand).
        if (!byDistance && ordered.Count > 1 && Tied(ordered[0], ordered[1]) && context.KindCue != CueRole.Capital)
            return null;

        // "in Sheikh Abad area of Sayed Karam district, Paktia": a town known only by a variant
        // spelling, in another province than the one the sentence names, is a place the gazetteer lacks.
        // So is a "village" of that name elsewhere ("Qala-e-Naw village, in the Gereshk area of Helmand").
        if (chosen is { Country: "AF", Kind: PlaceKind.PopulatedPlace, Admin1Id: { } town1 }
            && (context.KindCue == CueRole.None && SpellingRank(chosen, m, surfaceFold) == 1 || context.KindCue == CueRole.Village)
            && sameSentence.Where(o => o != f && o.OnlyProvince is not null).Select(o => o.OnlyProvince!).ToList() is { Count: > 0 } named
            && !named.Contains(town1))
            return null;

        var rank = ProvinceRank(chosen);
        if (rank < 4) reasons.Add(rank switch
        {
            0 => $"province {chosen.Admin1} named in the sentence",
            1 => $"province {chosen.Admin1} named earlier in the paragraph",
            2 => $"province {chosen.Admin1} named earlier in the article",
            _ => $"province {chosen.Admin1} named later in the article",
        });
        if (candidates.Select(c => c.Country).Distinct().Count() > 1 && chosen.Country == mainCountry)
            reasons.Add($"article is about {mainCountry}");

        if (context.KindCue == CueRole.Capital && chosen.CapitalId is { } capitalId && gazetteer.ById(capitalId) is { } capital)
        {
            reasons.Add($"capital of {chosen.Name}");
            chosen = capital;
        }
        else if (ordered.Count > 1 && reasons.Count == 0 || ordered.Count > 1 && ordered[1].Kind != chosen.Kind)
            reasons.Add(KindReason(chosen, context));
        if (ordered.Count > 1 && ordered[1].Kind == chosen.Kind && ProvinceRank(ordered[1]) == rank
            && ordered[1].Country == chosen.Country && ordered[1].Population < chosen.Population)
            reasons.Add("larger population");
        if (chosen is { Country: "AF", Admin2Id: null, Latitude: not null, Kind: PlaceKind.PopulatedPlace or PlaceKind.Site }
            && _locator.Value?.Complete(chosen) is { Admin2Id: not null } located)
        {
            chosen = located;
            reasons.Add("district from its coordinates");
        }
        if (m.Fuzzy) reasons.Insert(0, "spelling within one edit");
        if (m.Demonym) reasons.Insert(0, "demonym");
        if (reasons.Count == 0) reasons.Add("only candidate");

        var span = new Span(tokens[m.FirstToken].Start, tokens[m.LastToken].End);
        var rule = m.Demonym ? "place.demonym"
            : m.Fuzzy ? "place.fuzzy"
            : m.Names.Any(n => n.Place == chosen && n.Fold == PlaceNameNormalizer.Fold(surface)) ? "place.name"
            : "place.variant";
        var precision = chosen.Kind switch
        {
            PlaceKind.District => 2,
            PlaceKind.PopulatedPlace or PlaceKind.Site when chosen.Latitude is null => 3,
            PlaceKind.PopulatedPlace or PlaceKind.Site => context.Near ? 2 : 1,
            _ => 3,
        };
        return new PlaceMention(span, rule, surface, chosen, precision, string.Join("; ", reasons),
            candidates.Select(c => c.Id).Distinct().ToList());
    }

    private const double NearKm = 150;

    /// <summary>
    /// Among same-named units in different provinces, the one much nearer (under 150 km, and under
    /// half the distance of any other) to a place the article names that lies in one province only.
    /// </summary>
    private static (Place Place, string Anchor)? Nearest(List<Place> ordered, Found self, ProvinceEvidence evidence)
    {
        var anchors = evidence.Points.Where(a => a.Match != self && a.Match.Match.FirstToken != self.Match.FirstToken).ToList();
        if (anchors.Count == 0) return null;
        var scored = ordered.Where(p => p.Latitude is not null && p.Longitude is not null && p.Country == "AF")
            .Select(p =>
            {
                var best = anchors.MinBy(a => Km(p, a.Point));
                return (Place: p, Km: Km(p, best.Point), Anchor: best.Point.Name);
            })
            .OrderBy(x => x.Km).ToList();
        if (scored.Count < 2 || scored[0].Km > NearKm || scored[1].Km < 2 * scored[0].Km) return null;
        return (scored[0].Place, scored[0].Anchor);
    }

    private static double Km(Place a, Place b)
    {
        const double r = 6371;
        double Rad(double d) => d * Math.PI / 180;
        var dLat = Rad(b.Latitude!.Value - a.Latitude!.Value);
        var dLon = Rad(b.Longitude!.Value - a.Longitude!.Value);
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
            + Math.Cos(Rad(a.Latitude.Value)) * Math.Cos(Rad(b.Latitude.Value)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * r * Math.Asin(Math.Sqrt(h));
    }

    private static string MatchFold(IReadOnlyList<TextToken> tokens, PlaceNameMatch m) =>
        m.FirstToken == m.LastToken ? tokens[m.FirstToken].Fold
            : string.Concat(Enumerable.Range(m.FirstToken, m.LastToken - m.FirstToken + 1).Select(t => tokens[t].Fold));

    /// <summary>
    /// 0: spelt exactly as one of the place's names, 1: only a romanisation variant ("Doha" is
    /// the capital of Qatar before it is a variant of an Afghan "Dehi").
    /// </summary>
    private static int SpellingRank(Place p, PlaceNameMatch m, string surfaceFold) =>
        m.Names.Any(n => n.Place == p && n.Fold == surfaceFold) ? 0 : 1;

    /// <summary>
    /// A town that is the seat of a district of the same name stands for both, unless a cue
    /// asks for the district: drop the district so that the town (precision 1) wins.
    /// </summary>
    private static List<Place> TownOverDistrict(List<Place> candidates, PlaceContext context)
    {
        if (context.KindCue == CueRole.District) return candidates;
        var seats = candidates.Where(c => c.Kind == PlaceKind.PopulatedPlace && c.Admin2Id is not null).Select(c => c.Admin2Id!).ToHashSet();
        return candidates.Where(c => !(c.Kind == PlaceKind.District && seats.Contains(c.Id))).ToList();
    }

    /// <summary>
    /// Kind preference without a deciding cue: a province's capital over the province after
    /// "in"/"near" (not after "western"), otherwise the broader unit first.
    /// </summary>
    private static int KindOrder(Place p, PlaceContext context, List<Place> candidates)
    {
        var capitalPreferred = (context.Locative && !context.Label || context.KindCue == CueRole.City) && !context.Direction && context.KindCue != CueRole.Province;
        if (capitalPreferred && p.Kind == PlaceKind.PopulatedPlace && candidates.Any(c => c.Kind == PlaceKind.Province && c.CapitalId == p.Id))
            return -1;
        return Gazetteer.KindRank(p.Kind);
    }

    private static string KindReason(Place chosen, PlaceContext context) => chosen.Kind switch
    {
        PlaceKind.PopulatedPlace when context.Locative => "bare name after a locative: the town",
        PlaceKind.Province when context.Direction => "direction adjective: the province",
        _ => $"kind preference: {chosen.Kind}",
    };

    /// <summary>
    /// Tokens of sentences written in title case ("The Taliban Tighten The Noose Around Herat"):
    /// at least four words, four in five of the longer ones capitalised.
    /// </summary>
    private static bool[] TitleCaseTokens(IReadOnlyList<TextToken> tokens, int[] sentenceOfToken)
    {
        var result = new bool[tokens.Count];
        var start = 0;
        while (start < tokens.Count)
        {
            var end = start;
            while (end < tokens.Count && sentenceOfToken[end] == sentenceOfToken[start]) end++;
            int words = 0, capitals = 0;
            for (var t = start; t < end; t++)
                if (tokens[t].End - tokens[t].Start >= 4 && char.IsLetter(tokens[t].Fold.FirstOrDefault()))
                {
                    words++;
                    if (tokens[t].Capitalised) capitals++;
                }
            if (words >= 4 && capitals * 5 >= words * 4)
                for (var t = start; t < end; t++) result[t] = true;
            start = end;
        }
        return result;
    }

    private static int[] SentenceIndexes(IReadOnlyList<TextToken> tokens, IReadOnlyList<Sentence> sentences)
    {
        var result = new int[tokens.Count];
        var s = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            while (s + 1 < sentences.Count && tokens[t].Start >= sentences[s + 1].Span.Start) s++;
            result[t] = s;
        }
        return result;
    }
}
