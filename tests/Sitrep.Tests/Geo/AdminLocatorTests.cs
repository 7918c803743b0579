using Sitrep.Geo;

namespace Sitrep.Tests.Geo;

public class AdminLocatorTests
{
    private static AdminLocator Locator => AdminLocator.Load(GeoFixture.Data);

    [Theory]
    [InlineData(34.3482, 62.2040, "AF-HER", "AF3201")]   // Herat city
    [InlineData(31.6133, 65.7101, "AF-KAN", "AF2701")]   // Kandahar city
    [InlineData(34.5281, 69.1723, "AF-KAB", "AF0101")]   // Kabul
    [InlineData(33.5539, 68.4170, "AF-GHA", "AF1101")]   // Ghazni
    [InlineData(34.9874, 63.1289, "AF-BDG", "AF3101")]   // Qala-e-Naw
    [InlineData(36.7290, 68.8570, "AF-KDZ", null)]       // Kunduz
    public void Places_points_in_province_and_district(double lat, double lon, string province, string? district)
    {
        var (p, d) = Locator.Locate(lat, lon);
        Assert.Equal(province, p?.Id);
        if (district is not null) Assert.Equal(district, d?.Id);
    }

    [Theory]
    [InlineData(25.2854, 51.5310)]  // Doha
    [InlineData(41.2995, 69.2401)]  // Tashkent
    public void Points_abroad_have_no_Afghan_admin(double lat, double lon)
    {
        var (p, d) = Locator.Locate(lat, lon);
        Assert.Null(p);
        Assert.Null(d);
    }

    [Fact]
    public void Completes_a_place_without_admin_names()
    {
        var bare = new Place("X:1", "Somewhere", PlaceKind.PopulatedPlace, "AF", null, null, 34.3482, 62.2040);
        var done = Locator.Complete(bare);
        Assert.Equal("Herat", done.Admin1);
        Assert.Equal("AF-HER", done.Admin1Id);
        Assert.NotNull(done.Admin2Id);
    }
}

public class PlaceAnnotatorLocatorTests
{
    [Fact]
    public void A_chosen_place_without_district_gets_one_from_its_coordinates()
    {
        // A user's data pack row with coordinates but no district (columns as in places.tsv).
        string[] rows =
        [
            "id\tkind\tname\tcountry\tadmin1_id\tadmin1\tadmin2_id\tadmin2\tlat\tlon\tpopulation\tsource\tcodes\taliases\tdemonyms\tcapital_id",
            "T:1\tPopulatedPlace\tZarghunabad\tAF\tAF-HER\tHerat\t\t\t34.34820\t62.20400\t5000\tuser\t\t\t\t",
        ];
        var gazetteer = new Gazetteer(rows, []);
        var annotator = new PlaceAnnotator(gazetteer, PlaceCues.Load(GeoFixture.Data), () => AdminLocator.Load(GeoFixture.Data));
        var m = Assert.Single(annotator.Find("Gunmen attacked a shop in Zarghunabad on Monday."));
        Assert.Equal("AF3201", m.Place.Admin2Id);
        Assert.Contains("coordinates", m.Reason);
    }
}
