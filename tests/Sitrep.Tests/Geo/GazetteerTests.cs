using Sitrep.Geo;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Geo;

public class GazetteerTests
{
    private static Gazetteer G => GeoFixture.Gazetteer;

    [Fact]
    public void Holds_34_provinces_and_every_district_with_its_province()
    {
        var provinces = G.Places.Where(p => p.Kind == PlaceKind.Province && p.Country == "AF").ToList();
        Assert.Equal(34, provinces.Count);
        var districts = G.Places.Where(p => p.Kind == PlaceKind.District && p.Country == "AF").ToList();
        Assert.True(districts.Count >= 398, $"{districts.Count} districts");
        Assert.All(districts, d =>
        {
            Assert.NotNull(d.Admin1Id);
            Assert.Equal(PlaceKind.Province, G.ById(d.Admin1Id!)!.Kind);
            Assert.NotNull(d.Latitude);
            Assert.InRange(d.Latitude!.Value, 29.0, 38.6);
            Assert.InRange(d.Longitude!.Value, 60.4, 75.0);
        });
    }

    [Theory]
    [InlineData("Hirat", "AF-HER")]
    [InlineData("Herat", "AF-HER")]
    [InlineData("Sar-e-Pul", "AF-SAR")]
    [InlineData("Sari Pul", "AF-SAR")]
    [InlineData("Nimruz", "AF-NIM")]
    [InlineData("Maidan Wardak", "AF-WAR")]
    [InlineData("Uruzgan", "AF-URU")]
    [InlineData("Baghdhis", "AF-BDG")]
    [InlineData("Jawzjan", "AF-JOW")]
    [InlineData("Khowst", "AF-KHO")]
    public void Resolve_gold_province_names(string name, string id) =>
        Assert.Equal(id, G.Resolve(name, PlaceKind.Province).First().Id);

    [Theory]
    [InlineData("Muhamad Aghah", "AF0505")]
    [InlineData("Mohammad Agha", "AF0505")]
    [InlineData("Sayed Abad", "AF0405")]
    [InlineData("Sayedabad", "AF0405")]
    [InlineData("Karrukh", "AF3204")]
    [InlineData("Qala-e-Naw", "AF3101")]
    [InlineData("Qal'eh-ye Now", "AF3101")]
    [InlineData("Nad Ali", "AF3002")]
    [InlineData("Spin Boldak", "AF2711")]
    public void Resolve_gold_district_names(string name, string id) =>
        Assert.Contains(G.Resolve(name, PlaceKind.District), p => p.Id == id);

    [Fact]
    public void Resolve_without_kind_lists_every_reading_best_first()
    {
        var herat = G.Resolve("Herat");
        Assert.Equal("AF-HER", herat[0].Id);
        Assert.Contains(herat, p => p.Kind == PlaceKind.District && p.Admin1Id == "AF-HER");
        Assert.Contains(herat, p => p.Kind == PlaceKind.PopulatedPlace && p.Admin1Id == "AF-HER");
        Assert.Empty(G.Resolve("Xyzzyville"));
    }

    [Fact]
    public void Lookup_by_id_and_code()
    {
        Assert.Equal("Badghis", G.ById("AF-BDG")!.Name);
        Assert.Equal("Badghis", G.ById("AF31")!.Name); // OCHA province P-code as an identifier
        Assert.Equal(PlaceKind.District, G.ById("AF3101")!.Kind);
        Assert.Equal("Qatar", G.ById("QA")!.Name);
        Assert.Null(G.ById("nope"));
    }

    [Theory]
    [InlineData("Croatian", "HR")]
    [InlineData("Qatari", "QA")]
    [InlineData("Qataris", "QA")]
    [InlineData("Afghan", "AF")]
    [InlineData("Pakistani", "PK")]
    [InlineData("American", "US")]
    public void Demonyms_name_countries(string word, string country) => Assert.Equal(country, G.ByDemonym(word)!.Id);

    [Theory]
    [InlineData("Doha", "QA")]
    [InlineData("Tashkent", "UZ")]
    [InlineData("Washington", "US")]
    [InlineData("Beijing", "CN")]
    public void Countries_have_capitals(string capital, string country)
    {
        var c = G.ById(country)!;
        Assert.Equal(capital, G.ById(c.CapitalId!)!.Name);
    }

    [Fact]
    public void Provinces_have_capitals_inside_them()
    {
        foreach (var p in G.Places.Where(p => p.Kind == PlaceKind.Province && p.Country == "AF"))
        {
            var capital = G.ById(p.CapitalId!);
            Assert.NotNull(capital);
            Assert.Equal(p.Id, capital!.Admin1Id);
        }
    }

    [Fact]
    public void Only_words_that_begin_a_name_spelt_lower_case_are_walked_from_lower_case()
    {
        // "eastern Afghanistan" and "the east of Afghanistan" are names in the data; "Kabul" is capitalised there
        Assert.Contains("eastern", G.LowerNameBeginnings);
        Assert.Contains("the", G.LowerNameBeginnings);
        Assert.Contains("easternafghanistan", G.LowerNameBeginnings);
        Assert.DoesNotContain("kabul", G.LowerNameBeginnings);
        Assert.DoesNotContain("attack", G.LowerNameBeginnings);
    }

    [Fact]
    public void Loads_from_a_data_pack_fresh()
    {
        var pack = new DataPack(DataPack.Default.Directory);
        var g = Gazetteer.Load(pack);
        Assert.True(g.Places.Count > 15000);
        Assert.Same(g, Gazetteer.Load(pack)); // parsed once per pack
    }

    [Theory]
    [InlineData("Voice of America")]
    [InlineData("Islamic State")]
    public void A_stop_phrase_blocks_matching_in_text_but_is_never_a_place_a_name_resolves_to(string phrase)
    {
        // the sentinel shares the trie with the names, and the skeleton lookup reads the trie
        Assert.DoesNotContain(G.Resolve(phrase), p => p.Id == Gazetteer.StopPhraseId);
        Assert.NotEmpty(G.Trie.NamesAt(G.Trie.Step(PlaceNameTrie.Root, PlaceNameNormalizer.Skeleton(PlaceNameNormalizer.Key(phrase))))!);
    }

    [Fact]
    public void Places_loaded_from_one_file_share_their_repeated_strings()
    {
        var kabulDistricts = G.Places.Where(p => p.Kind == PlaceKind.District && p.Admin1Id == "AF-KAB").ToList();
        Assert.True(kabulDistricts.Count > 5);
        Assert.All(kabulDistricts, d => Assert.Same(kabulDistricts[0].Country, d.Country));
        Assert.All(kabulDistricts, d => Assert.Same(kabulDistricts[0].Admin1, d.Admin1));
    }

    [Fact]
    public void A_loaded_trie_takes_no_more_names()
    {
        Assert.Throws<InvalidOperationException>(() => G.Trie.Add(PlaceName.Of(G.Places[0], "Newplace")));
    }
}
