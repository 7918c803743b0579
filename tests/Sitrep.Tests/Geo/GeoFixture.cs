using Sitrep.Documents;
using Sitrep.Geo;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Tests.Geo;

/// <summary>The shipped data pack's gazetteer and annotator, loaded once for all geo tests.</summary>
internal static class GeoFixture
{
    public static DataPack Data => DataPack.Default;
    public static Gazetteer Gazetteer => Gazetteer.Load(Data);

    /// <summary>The gazetteer with every country's units and towns (loaded on first use).</summary>
    public static Gazetteer World => Gazetteer.LoadWorld(Data);
    public static PlaceAnnotator Annotator => PlaceAnnotator.Load(Data);

    public static IReadOnlyList<PlaceMention> Mentions(string text) =>
        Annotator.Find(text, SentenceSplitter.Load(Data).Split(text));

    public static readonly SitrepPipeline Pipeline = new PipelineBuilder().UseDefaults(DataPack.Default).Build();

    /// <summary>The mention written <paramref name="surface"/>, failing with all the text's mentions when there is none.</summary>
    public static PlaceMention Mention(string text, string surface)
    {
        var mentions = Mentions(text);
        var hit = mentions.FirstOrDefault(m => m.Text == surface);
        Assert.True(hit is not null, $"no mention '{surface}' in: {Describe(mentions)}");
        return hit!;
    }

    /// <summary>The place of the text's first event, through the whole default pipeline.</summary>
    public static PlaceMention EventPlace(string text)
    {
        var doc = Pipeline.Process(Article.Create(text, "test", published: new DateOnly(2020, 6, 10)));
        Assert.NotEmpty(doc.Events);
        var place = doc.Events[0].Place;
        Assert.True(place is not null, $"event without a place: {doc.Events[0].TriggerText}");
        return place!;
    }

    public static string Describe(IEnumerable<PlaceMention> mentions) =>
        string.Join("; ", mentions.Select(m => $"{m.Text}→{m.Place.Id}/{m.Place.Kind}/{m.Place.Admin1Id}/{m.Place.Admin2Id}"));
}
