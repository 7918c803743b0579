using Sitrep.Evaluation;
using Sitrep.Geo;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Evaluation;

public class GazetteerPlaceResolverTests
{
    private static readonly Gazetteer Gazetteer = Gazetteer.Load(DataPack.Default);
    private readonly GazetteerPlaceResolver _resolver = new(Gazetteer);

    [Theory]
    [InlineData("Hirat", "Herat")]
    [InlineData("Sar-e-Pul", "Sari Pul")]
    [InlineData("Nimruz", "Nimroz")]
    [InlineData("Paktya", "Paktia")]
    [InlineData("Uruzgan", "Oruzgan")]
    public void Gold_spellings_of_a_province_share_a_key(string gold, string other)
    {
        var a = _resolver.ResolveName(gold, AdminLevel.Province);
        var b = _resolver.ResolveName(other, AdminLevel.Province);
        Assert.NotEmpty(a);
        Assert.True(a.Overlaps(b), $"{gold} and {other} resolve to different provinces");
    }

    [Fact]
    public void A_district_resolves_inside_its_gold_province_and_matches_an_extracted_town_there()
    {
        var district = _resolver.ResolveName("Karukh", AdminLevel.District, admin1: "Hirat");
        Assert.NotEmpty(district);
        var town = Gazetteer.Resolve("Karukh").First(p => p.Admin2Id is not null);
        Assert.True(_resolver.KeysOf(town, AdminLevel.District).Overlaps(district));
        Assert.True(_resolver.KeysOf(town, AdminLevel.Province).Overlaps(_resolver.ResolveName("Herat", AdminLevel.Province)));
    }

    [Fact]
    public void Unknown_gold_name_is_unresolved_not_a_match() =>
        Assert.Empty(_resolver.ResolveName("Atlantis", AdminLevel.Province));
}
