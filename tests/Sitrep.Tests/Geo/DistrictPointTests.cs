using Sitrep.Geo;

namespace Sitrep.Tests.Geo;

/// <summary>District points taken from a district's own point where the 2014 polygon no longer fits it.</summary>
public class DistrictPointTests
{
    [Fact]
    public void Points_that_replace_a_misfit_polygon_lie_in_their_own_district_and_province()
    {
        var locator = AdminLocator.Load(GeoFixture.Data);
        var replaced = GeoFixture.Gazetteer.Places.Where(p => p.Kind == PlaceKind.District && p.Source.EndsWith("+centre", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(replaced);
        Assert.All(replaced, d =>
        {
            var (province, _) = locator.Locate(d.Latitude!.Value, d.Longitude!.Value);
            Assert.Equal(d.Admin1Id, province?.Id);
        });
    }

    [Fact]
    public void Nawa_e_Barakzaiy_lies_by_the_Helmand_river_south_of_Lashkar_Gah_not_in_the_western_desert()
    {
        var nawa = GeoFixture.Gazetteer.ById("AF3003")!;
        var lashkarGah = GeoFixture.Gazetteer.ById("AF3001")!;
        Assert.InRange(nawa.Longitude!.Value, 64.0, 64.4);
        Assert.True(nawa.Latitude < lashkarGah.Latitude);
    }
}
