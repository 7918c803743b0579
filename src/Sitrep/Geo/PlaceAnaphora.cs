using System.Text.RegularExpressions;
using Sitrep.Text;

namespace Sitrep.Geo;

/// <summary>
/// "the city", "the provincial capital", "the district centre": a place named before, not by
/// name. The city is the latest town named (a province named later stands for its capital), the
/// provincial capital that of the latest province, the district the latest district. An
/// apposition ("the provincial capital Maymana", "the city of Kunduz") names its place itself
/// and is left to the name. Only places of the article's main country are antecedents: "the city"
/// after talks in Doha is still the Afghan city of the story.
/// </summary>
public static class PlaceAnaphora
{
    public const string Rule = "place.anaphor";

    /// <summary>Anaphors resolved to earlier places of <paramref name="mainCountry"/>, merged into <paramref name="mentions"/> in text order.</summary>
    public static List<PlaceMention> Resolve(string text, List<PlaceMention> mentions, Gazetteer gazetteer, string mainCountry, PlacePatterns patterns)
    {
        var found = new List<PlaceMention>();
        foreach (var m in patterns.Anaphor.Matches(text))
        {
            var span = new Span(m.Index, m.Index + m.Length);
            if (mentions.Any(x => x.Span.Overlaps(span))) continue;
            var before = mentions.Where(x => x.Span.End <= span.Start && x.Place.Kind != PlaceKind.Country && x.Place.Country == mainCountry && x.Rule != Rule).ToList();
            var (place, reason) = m.Groups["city"].Success ? City(before, gazetteer)
                : m.Groups["capital"].Success ? Capital(before, gazetteer)
                : District(before);
            if (place is null) continue;
            var near = patterns.NearBefore.IsMatch(text.AsSpan(Math.Max(0, span.Start - 20), span.Start - Math.Max(0, span.Start - 20)));
            var precision = place.Kind == PlaceKind.District || near ? 2 : 1;
            if (near) reason += "; near it";
            found.Add(new PlaceMention(span, Rule, m.Value, place, precision, reason!, [place.Id]));
        }
        if (found.Count == 0) return mentions;
        return [.. mentions.Concat(found).OrderBy(x => x.Span)];
    }

    private static (Place?, string?) City(List<PlaceMention> before, Gazetteer gazetteer)
    {
        for (var k = before.Count - 1; k >= 0; k--)
        {
            var p = before[k].Place;
            if (p.Kind == PlaceKind.PopulatedPlace && before[k].GeoPrecision == 1) return (p, $"the city named before: {before[k].Text}");
            if (p.Kind == PlaceKind.Province && p.CapitalId is { } id && gazetteer.ById(id) is { } capital)
                return (capital, $"the capital of {p.Name}, named before");
        }
        return (null, null);
    }

    private static (Place?, string?) Capital(List<PlaceMention> before, Gazetteer gazetteer)
    {
        for (var k = before.Count - 1; k >= 0; k--)
        {
            var provinceId = before[k].Place.Kind == PlaceKind.Province ? before[k].Place.Id : before[k].Place.Admin1Id;
            if (provinceId is null || before[k].Place.Country != "AF") continue;
            if (gazetteer.ById(provinceId) is { CapitalId: { } id } province && gazetteer.ById(id) is { } capital)
                return (capital, $"the capital of {province.Name}, named before");
        }
        return (null, null);
    }

    private static (Place?, string?) District(List<PlaceMention> before)
    {
        for (var k = before.Count - 1; k >= 0; k--)
            if (before[k].Place.Kind == PlaceKind.District) return (before[k].Place, $"the district named before: {before[k].Text}");
        return (null, null);
    }
}
