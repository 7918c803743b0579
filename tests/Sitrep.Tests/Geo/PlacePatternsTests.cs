using Sitrep.Geo;
using Sitrep.Text;

namespace Sitrep.Tests.Geo;

/// <summary>
/// The context patterns of place names come from <c>geo/patterns.tsv</c>: a changed pattern
/// changes what a place does, and a broken file stops the load with its line.
/// </summary>
public class PlacePatternsTests
{
    private static readonly string[] Shipped = File.ReadAllLines(GeoFixture.Data.PathOf(PlacePatterns.File));

    private static PlaceAnnotator AnnotatorWith(IEnumerable<string> patternLines) =>
        new(GeoFixture.Gazetteer, new PlaceCues(GeoFixture.Data.ReadLines(PlaceCues.File), PlacePatterns.Parse(patternLines), WordClasses.Load(GeoFixture.Data)));

    private static PlaceMention MentionOf(PlaceAnnotator annotator, string text, string surface) =>
        annotator.Find(text, SentenceSplitter.Load(GeoFixture.Data).Split(text)).Single(m => m.Text == surface);

    [Fact]
    public void A_speaker_word_added_to_the_data_file_makes_its_place_the_source_of_the_account()
    {
        const string text = "Kunduz elders said on Monday that a checkpoint was overrun in Dasht-e Archi district.";
        Assert.False(MentionOf(GeoFixture.Annotator, text, "Kunduz").Source);

        var edited = Shipped.Select(l => l.StartsWith("source-after\t") ? l.Replace("(?:police|officials|", "(?:elders|police|officials|") : l).ToList();
        Assert.NotEqual(Shipped, edited);
        Assert.True(MentionOf(AnnotatorWith(edited), text, "Kunduz").Source);
    }

    [Fact]
    public void A_missing_pattern_stops_the_load_and_names_it()
    {
        var e = Assert.Throws<FormatException>(() => PlacePatterns.Parse(Shipped.Where(l => !l.StartsWith("list-gap\t"))));
        Assert.Contains("geo/patterns.tsv", e.Message);
        Assert.Contains("'list-gap'", e.Message);
    }

    [Theory]
    [InlineData("road-word\tx\t^road", "unknown flag 'x'")]
    [InlineData("road-word\ti\t^(road", "not a valid regular expression")]
    [InlineData("road-word ^road", "expected name<TAB>flags<TAB>pattern")]
    [InlineData("source-before\ti\tfrom$", "listed twice")]
    public void A_broken_line_stops_the_load_with_the_file_and_line(string line, string message)
    {
        var lines = Shipped.Where(l => !l.StartsWith("road-word\t")).Append(line).ToList();
        var e = Assert.Throws<FormatException>(() => PlacePatterns.Parse(lines));
        Assert.Contains($"geo/patterns.tsv:{lines.Count}:", e.Message);
        Assert.Contains(message, e.Message);
    }
}
