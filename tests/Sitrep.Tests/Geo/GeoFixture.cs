using Sitrep.Geo;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Tests.Geo;

/// <summary>The shipped data pack's gazetteer and annotator, loaded once for all geo tests.</summary>
internal static class GeoFixture
{
    public static DataPack Data => DataPack.Default;
    public static Gazetteer Gazetteer => Gazetteer.Load(Data);
    public static PlaceAnnotator Annotator => PlaceAnnotator.Load(Data);

    public static IReadOnlyList<PlaceMention> Mentions(string text) =>
        Annotator.Find(text, SentenceSplitter.Load(Data).Split(text));

    public static string Describe(IEnumerable<PlaceMention> mentions) =>
        string.Join("; ", mentions.Select(m => $"{m.Text}→{m.Place.Id}/{m.Place.Kind}/{m.Place.Admin1Id}/{m.Place.Admin2Id}"));
}
