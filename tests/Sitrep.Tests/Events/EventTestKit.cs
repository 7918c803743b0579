using Sitrep.Actors;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Geo;
using Sitrep.Numbers;
using Sitrep.Pipeline;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Tests.Events;

/// <summary>
/// Builds documents for event tests: real sentence splitting and actor annotation, with places,
/// dates and casualty figures added by hand (their annotators are tested in their own areas).
/// </summary>
internal static class EventTestKit
{
    public static readonly DateOnly Published = new(2020, 7, 30);
    private static readonly DataPack Data = DataPack.Default;

    /// <summary>Places the tests know: name → (kind, admin1, geo precision).</summary>
    private static readonly Dictionary<string, (PlaceKind Kind, string? Admin1, int Precision)> Gazetteer = new()
    {
        ["Ghazni"] = (PlaceKind.PopulatedPlace, "Ghazni", 1),
        ["Kandahar"] = (PlaceKind.PopulatedPlace, "Kandahar", 1),
        ["Kabul"] = (PlaceKind.PopulatedPlace, "Kabul", 1),
        ["Kunduz"] = (PlaceKind.PopulatedPlace, "Kunduz", 1),
        ["Jalalabad"] = (PlaceKind.PopulatedPlace, "Nangarhar", 1),
        ["Herat"] = (PlaceKind.PopulatedPlace, "Herat", 1),
        ["Qala-e-Naw"] = (PlaceKind.PopulatedPlace, "Badghis", 1),
        ["Sayed Abad"] = (PlaceKind.District, "Wardak", 2),
        ["Wardak"] = (PlaceKind.Province, "Wardak", 3),
        ["Badghis"] = (PlaceKind.Province, "Badghis", 3),
        ["Farah"] = (PlaceKind.Province, "Farah", 3),
        ["Takhar"] = (PlaceKind.Province, "Takhar", 3),
        ["Helmand"] = (PlaceKind.Province, "Helmand", 3),
        ["Nangarhar"] = (PlaceKind.Province, "Nangarhar", 3),
        ["Logar"] = (PlaceKind.Province, "Logar", 3),
        ["Samangan"] = (PlaceKind.Province, "Samangan", 3),
        ["Karukh"] = (PlaceKind.District, "Herat", 2),
        ["Dara Suf"] = (PlaceKind.District, "Samangan", 2),
        ["Lashkar Gah"] = (PlaceKind.PopulatedPlace, "Helmand", 1),
        ["Doha"] = (PlaceKind.PopulatedPlace, null, 1),
        ["Afghanistan"] = (PlaceKind.Country, null, 3),
    };

    public static Document Doc(string text, DateOnly? published = null)
    {
        var article = Article.Create(text, "test", published: published ?? Published);
        var doc = new Document(article);
        SentenceSplitter.Load(Data).Annotate(doc);
        ActorAnnotator.Load(Data).Annotate(doc);
        MarkPlaces(doc);
        return doc;
    }

    public static Document Run(Document doc)
    {
        EventExtractor.Load(Data).Annotate(doc);
        return doc;
    }

    public static List<EventMention> Extract(string text) => Run(Doc(text)).Events;

    private static void MarkPlaces(Document doc)
    {
        foreach (var (name, (kind, admin1, precision)) in Gazetteer.OrderByDescending(g => g.Key.Length))
        {
            var at = 0;
            while ((at = doc.Text.IndexOf(name, at, StringComparison.Ordinal)) >= 0)
            {
                var span = new Span(at, at + name.Length);
                at += name.Length;
                if (doc.Places.Any(p => p.Span.Overlaps(span))) continue;
                var province = doc.Text.AsSpan(span.End).StartsWith(" province", StringComparison.Ordinal);
                var place = new Place("test:" + name, name, province ? PlaceKind.Province : kind, "Afghanistan", admin1, null, 0, 0);
                doc.Places.Add(new PlaceMention(span, "test.place", name, place, province ? 3 : precision, "test gazetteer", [place.Id]));
            }
        }
        doc.Places.Sort((a, b) => a.Span.CompareTo(b.Span));
    }

    public static Document WithDate(this Document doc, string text, DateOnly date, DatePrecision precision = DatePrecision.Day)
    {
        var at = doc.Text.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"date text not found: {text}");
        doc.Times.Add(new TimeExpression(new Span(at, at + text.Length), "test.date", text, date, date, precision, "absolute"));
        return doc;
    }

    public static Document WithCasualty(this Document doc, string text, CasualtyKind kind, long count, int occurrence = 0)
    {
        var at = -1;
        for (var k = 0; k <= occurrence; k++) at = doc.Text.IndexOf(text, at + 1, StringComparison.Ordinal);
        Assert.True(at >= 0, $"casualty text not found: {text}");
        var span = new Span(at, at + text.Length);
        var quantity = new Quantity(span, "test.number", text, count, count, count, QuantityQualifier.Exact);
        doc.Casualties.Add(new Casualty(span, "test.casualty", kind, quantity, text, null));
        return doc;
    }
}
