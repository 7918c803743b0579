using Sitrep.Documents;
using Sitrep.Geo;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Geo;

/// <summary>"the city", "the provincial capital", "the district centre"; destinations; sites named after a town.</summary>
public class PlaceAnaphoraTests
{
    private static readonly SitrepPipeline Pipeline = new PipelineBuilder().UseDefaults(DataPack.Default).Build();

    private static PlaceMention? Anaphor(string text, string surface) =>
        GeoFixture.Mentions(text).FirstOrDefault(m => m.Text == surface && m.Rule == PlaceAnaphora.Rule);

    [Fact]
    public void The_city_is_the_town_named_before()
    {
        var m = Anaphor("Gunmen entered Ghazni on Friday. Shops in the city stayed closed.", "the city");
        Assert.NotNull(m);
        Assert.Equal("GN:1141269", m!.Place.Id);
        Assert.Equal(1, m.GeoPrecision);
    }

    [Fact]
    public void The_city_centre_after_a_province_is_the_provincial_capital()
    {
        var m = Anaphor("In neighbouring Farah, a bomb went off in the city centre on Monday.", "the city centre");
        Assert.NotNull(m);
        Assert.Equal(PlaceKind.PopulatedPlace, m!.Place.Kind);
        Assert.Equal("AF-FRA", m.Place.Admin1Id);
    }

    [Fact]
    public void The_district_centre_is_the_district_named_before()
    {
        var m = Anaphor("Fighting raged in Andar district for a week. On Sunday the Taliban took the district centre.", "the district centre");
        Assert.NotNull(m);
        Assert.Equal(PlaceKind.District, m!.Place.Kind);
        Assert.Equal("Andar", m.Place.Name);
    }

    [Fact]
    public void The_provincial_capital_is_that_of_the_province_named_before()
    {
        var m = Anaphor("Fighting went on in Baghlan province. Police withdrew to the provincial capital.", "the provincial capital");
        Assert.NotNull(m);
        Assert.Equal("Pul-e Khumri", m!.Place.Name);
        Assert.True(m.Destination);
    }

    [Theory]
    [InlineData("The governor arrived in Kandahar. He said the city of Herat was calm.", "the city")]
    [InlineData("Police moved to the provincial capital Maymana.", "the provincial capital")]
    public void An_apposition_names_its_place_itself(string text, string surface) => Assert.Null(Anaphor(text, surface));

    [Fact]
    public void A_foreign_city_is_no_antecedent_in_an_afghan_story()
    {
        var text = "Rockets hit Kabul on Monday. Envoys met in Doha. Later, more rockets landed in the city.";
        var m = Anaphor(text, "the city");
        Assert.NotNull(m);
        Assert.Equal("AF-KAB", m!.Place.Admin1Id);
    }

    [Fact]
    public void South_of_the_city_is_only_near_it()
    {
        var m = Anaphor("Gunmen entered Ghazni on Friday. Clashes went on in a village south of the city.", "the city");
        Assert.Equal(2, m!.GeoPrecision);
    }

    [Fact]
    public void An_event_in_the_city_takes_the_city_named_in_the_dateline()
    {
        var text = "TALOQAN - Officials said calm had returned on Sunday.\n\nOn Saturday, Taliban fighters attacked a police post in the city, killing two policemen.";
        var doc = Pipeline.Process(Article.Create(text, "test", published: new DateOnly(2021, 7, 5)));
        var ev = Assert.Single(doc.Events, e => e.Place is not null && e.Place.Rule == PlaceAnaphora.Rule);
        Assert.Equal("Taloqan", ev.Place!.Place.Admin2);
    }

    [Fact]
    public void Where_troops_retreated_to_is_not_where_the_event_was()
    {
        var text = "On 4 May 2021, the Taliban captured the centre of Ghormach district and police retreated towards Qala-e-Naw.";
        var mention = GeoFixture.Mentions(text).First(m => m.Text == "Qala-e-Naw");
        Assert.True(mention.Destination);
        var doc = Pipeline.Process(Article.Create(text, "test", published: new DateOnly(2021, 5, 10)));
        Assert.Equal("Ghormach", doc.Events[0].Place!.Place.Admin2);
    }

    [Fact]
    public void An_airport_the_gazetteer_lacks_is_at_the_town_it_is_named_after()
    {
        var m = GeoFixture.Mentions("Rockets hit the Kandahar airport overnight.").First(x => x.Text == "Kandahar");
        Assert.Equal(PlaceKind.PopulatedPlace, m.Place.Kind);
        Assert.Equal("AF-KAN", m.Place.Admin1Id);
    }
}
