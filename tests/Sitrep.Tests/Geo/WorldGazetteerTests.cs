using Sitrep.Geo;

namespace Sitrep.Tests.Geo;

/// <summary>
/// Places outside Afghanistan (data/geo/world/places.tsv, GeoNames): their units and towns
/// resolve with country, admin1, admin2 and coordinates where the article names their country,
/// and Afghan text keeps its Afghan places. Sentences written for these tests.
/// </summary>
public class WorldGazetteerTests
{
    [Theory]
    [InlineData("Borno", "NG", "NG.27")]
    [InlineData("Cabo Delgado", "MZ", "MZ.01")]
    [InlineData("Nord Kivu", "CD", "CD.11")]
    [InlineData("Tigray", "ET", "ET.53")]
    [InlineData("Khyber Pakhtunkhwa", "PK", "PK.03")]
    [InlineData("Mopti", "ML", "ML.04")]
    public void Admin1_units_of_other_countries_resolve(string name, string country, string id)
    {
        var found = GeoFixture.World.Resolve(name, PlaceKind.Province);
        Assert.Contains(found, p => p.Id == id && p.Country == country && p.Admin1Id == id);
    }

    [Theory]
    // GeoNames names carry generic words that the press leaves out
    [InlineData("Soum", "BF.12", "Province du Soum")]
    [InlineData("Bankass", "ML.04", "Bankass Cercle")]
    [InlineData("Rutshuru", "CD.11", "Rutshuru Territory")]
    public void Admin2_units_answer_to_their_bare_press_name(string name, string admin1Id, string geonamesName)
    {
        var found = GeoFixture.World.Resolve(name, PlaceKind.District);
        var unit = Assert.Single(found, p => p.Admin1Id == admin1Id);
        Assert.Equal(geonamesName, unit.Name);
        Assert.NotNull(unit.Admin1); // filled from the admin1 row by the loader
    }

    [Fact]
    public void The_Afghan_gazetteer_alone_does_not_load_the_world_units()
    {
        Assert.Empty(GeoFixture.Gazetteer.Resolve("Borno", PlaceKind.Province));
        Assert.DoesNotContain(GeoFixture.Gazetteer.Places, p => Gazetteer.TierOf(p) == PlaceTier.WorldUnit);
    }

    [Fact]
    public void A_world_city_the_Afghan_file_lists_gets_its_admin_units_from_the_world_file()
    {
        var mogadishu = GeoFixture.World.Resolve("Mogadishu", PlaceKind.PopulatedPlace)[0];
        Assert.Equal("SO", mogadishu.Country);
        Assert.Equal("Banaadir", mogadishu.Admin1);
        Assert.Single(GeoFixture.World.Places, p => p.Id == mogadishu.Id); // merged, not listed twice
    }

    [Theory]
    [InlineData("Boko Haram fighters attacked Konduga in Borno, Nigeria, on Monday, killing 5 soldiers.", "Konduga", "NG", "Borno", "Konduga")]
    [InlineData("MAPUTO (Reuters) - Insurgents attacked Palma in northern Mozambique on Wednesday.", "Palma", "MZ", "Cabo Delgado", "Circunscricao de Palma")]
    [InlineData("Gunmen killed 12 villagers in Bankass, in central Mali, on Sunday.", "Bankass", "ML", "Mopti", "Bankass Cercle")]
    [InlineData("Syrian government jets struck Ariha in Idlib province, Syria, on Tuesday.", "Ariha", "SY", "Idlib", null)]
    [InlineData("Police said a bomb exploded in Quetta, Pakistan, on Monday.", "Quetta", "PK", "Balochistan", null)]
    public void A_foreign_article_gets_the_admin_units_of_its_places(string text, string surface, string country, string admin1, string? admin2)
    {
        var m = GeoFixture.Mention(text, surface);
        Assert.Equal(country, m.Place.Country);
        Assert.Equal(admin1, m.Place.Admin1);
        if (admin2 is not null) Assert.Equal(admin2, m.Place.Admin2);
        Assert.NotNull(m.Place.Latitude ?? GeoFixture.World.ById(m.Place.Admin1Id!)?.Latitude);
    }

    [Fact]
    public void A_province_cue_admits_a_unit_that_only_one_country_has()
    {
        var m = GeoFixture.Mention("Boko Haram killed 30 farmers in Borno state on Saturday.", "Borno");
        Assert.Equal("NG.27", m.Place.Id);
    }

    [Theory]
    // names that are Afghan and also a foreign unit or town: Afghan text keeps the Afghan place
    [InlineData("Taliban fighters attacked a checkpoint in Nawa district of Helmand on Monday.", "Nawa", "AF")]
    [InlineData("A roadside bomb hit a car in Kunduz city on Monday, officials said.", "Kunduz", "AF")]
    // an Afghan article that names the US does not make American towns candidates
    [InlineData("US forces said a drone struck a compound near Green Village in Kabul on Monday.", "Kabul", "AF")]
    public void Afghan_text_keeps_its_Afghan_places(string text, string surface, string country)
    {
        Assert.Equal(country, GeoFixture.Mention(text, surface).Place.Country);
        Assert.DoesNotContain(GeoFixture.Mentions(text), m => Gazetteer.TierOf(m.Place) == PlaceTier.WorldUnit);
    }

    [Fact]
    public void A_name_of_several_countries_takes_the_country_the_article_names()
    {
        // "Nord" is a region of Burkina Faso and a department of Haiti
        var burkina = GeoFixture.Mention("Jihadists killed 14 people in the Nord region of Burkina Faso on Sunday.", "Nord");
        Assert.Equal("BF", burkina.Place.Country);
        var haiti = GeoFixture.Mention("Gangs clashed with police in the Nord department of Haiti on Sunday.", "Nord");
        Assert.Equal("HT", haiti.Place.Country);
    }

    [Fact]
    public void In_a_foreign_article_an_Afghan_look_alike_spelling_is_not_taken()
    {
        // "Fulani" is within the Afghan romanisation tolerance of an Afghan name
        var mentions = GeoFixture.Mentions("Gunmen attacked a Fulani village near Mopti, Mali's government said on Saturday.");
        Assert.DoesNotContain(mentions, m => m.Place.Country == "AF");
    }

    [Fact]
    public void An_event_in_another_country_is_anchored_with_its_units()
    {
        var place = GeoFixture.EventPlace("Gunmen killed 7 villagers in Zurmi, Zamfara state, Nigeria, on Tuesday.");
        Assert.Equal("NG", place.Place.Country);
        Assert.Equal("Zamfara", place.Place.Admin1);
    }

    [Theory]
    // no country named: the armed actor tells where the article is
    [InlineData("Houthi rebels fired a missile at a camp in Marib on Saturday.", "Marib", "YE")]
    [InlineData("PDF fighters ambushed a convoy in Sagaing on Saturday.", "Sagaing", "MM")]
    [InlineData("Al-Shabaab fighters attacked a base in Hiran on Saturday.", "Hiran", "SO")]
    public void An_armed_actor_of_one_country_admits_its_places(string text, string surface, string country) =>
        Assert.Equal(country, GeoFixture.Mention(text, surface).Place.Country);

    [Fact]
    public void Beside_an_Afghan_place_and_without_that_actor_the_same_name_is_not_taken_abroad() =>
        Assert.DoesNotContain(GeoFixture.Mentions("Rebels fired a missile at a camp in Marib on Saturday, a day after fighting in Kunduz."),
            m => m.Place.Country == "YE");

    [Theory]
    // no country, no actor of one, no Afghan place: a name of one country only, where something happens
    [InlineData("Rebels fired a missile at a camp in Marib on Saturday.", "Marib", "YE", "Ma'rib")]
    [InlineData("Gunmen attacked a checkpoint near Tuz Khurmatu overnight, killing two guards.", "Tuz Khurmatu", "IQ", "Salah ad Din")]
    [InlineData("Gunmen shot dead a shopkeeper in Tikrit on Monday.", "Tikrit", "IQ", "Salah ad Din")]
    // units in parentheses after a town the gazetteer lacks, after "near" or "in"
    [InlineData("Gunmen ambushed a police patrol near Kapedo (Baringo) on Sunday.", "Baringo", "KE", "Baringo")]
    [InlineData("Gunmen ambushed a patrol near Wadi Shisha (Nineveh) on Sunday.", "Nineveh", "IQ", "Nineveh")]
    // a headline's label: the name opens the line or a part after "|" or ";", then a colon
    [InlineData("Baiji: two guards killed as gunmen storm a checkpoint | Example News", "Baiji", "IQ", "Salah ad Din")]
    public void A_lone_foreign_place_where_something_happens_tells_the_article_country(string text, string surface, string country, string admin1)
    {
        var m = GeoFixture.Mention(text, surface);
        Assert.Equal(country, m.Place.Country);
        Assert.Equal(admin1, m.Place.Admin1);
    }

    [Theory]
    // Russia's Rostov oblast has a town called Donetsk; in parentheses after a town the name is its province
    [InlineData("On 3 April 2022, shelling hit a school in Kramatorsk (Donetsk), killing 2 teachers.", "Donetsk", "UA")]
    [InlineData("On 3 April 2022, shelling hit a school in Kramatorsk (Donetsk region), killing 2 teachers.", "Donetsk", "UA")]
    public void A_name_in_parentheses_after_a_town_is_its_province(string text, string surface, string country)
    {
        var m = GeoFixture.Mention(text, surface);
        Assert.Equal(country, m.Place.Country);
        Assert.Equal(PlaceKind.Province, m.Place.Kind);
    }

    [Theory]
    // part of a longer name (an outlet, a compound, a quarter) is no foreign unit
    [InlineData("A bomb killed three soldiers in Somalia's Lower Shabelle region on Friday - Garowe Online", "Garowe")]
    [InlineData("A rocket landed near the Green Zone in Kabul city on Monday, police said.", "Green")]
    public void Part_of_a_longer_proper_name_is_no_foreign_unit(string text, string word) =>
        Assert.DoesNotContain(GeoFixture.Mentions(text), m => m.Text == word);

    [Fact]
    public void A_lone_foreign_name_that_is_not_where_something_happens_is_not_taken() =>
        Assert.DoesNotContain(GeoFixture.Mentions("Tikrit elders met the governor on Monday."), m => m.Place.Country == "IQ");

    [Fact]
    public void A_minor_city_of_a_third_country_is_a_namesake_in_a_foreign_article()
    {
        // Kani is also a Japanese city; the Myanmar article's actor decides
        var mentions = GeoFixture.Mentions("PDF fighters detonated a mine on a road in Kani township, Sagaing Region, on Monday.");
        Assert.DoesNotContain(mentions, m => m.Place.Country == "JP");
        Assert.Contains(mentions, m => m.Place.Country == "MM" && m.Place.Admin1 == "Sagain");
    }

    [Fact]
    public void A_long_foreign_province_name_tells_the_article_country()
    {
        // Palma is also Majorca's city (400,000 people)
        var m = GeoFixture.Mention("Insurgents launched an attack in Palma (Cabo Delgado) on Wednesday.", "Palma");
        Assert.Equal("MZ", m.Place.Country);
    }

    [Fact]
    public void A_possessive_makes_a_province_only_before_a_district_of_its_country()
    {
        // "Police District" asks the world gazetteer in, where Police is a Polish town, not a district of Kabul
        var kabul = GeoFixture.Mention("Special forces raided a house in Kabul's Police District 8 on Monday.", "Kabul");
        Assert.Equal(PlaceKind.PopulatedPlace, kabul.Place.Kind);
        var diyala = GeoFixture.Mention("Gunmen killed 11 villagers in Diyala's Khanaqin district, Iraq, on Monday.", "Diyala");
        Assert.Equal(PlaceKind.Province, diyala.Place.Kind);
    }

    [Theory]
    // a province named as its capital is: after "in" or in a dateline, the city with its district
    [InlineData("Gunmen shot dead two traders in Mopti, Mali, on Sunday.", "Mopti", "Mopti Cercle")]
    [InlineData("KHARKIV, Ukraine (AP) - Shelling hit a school in the city on Monday, killing three people.", "KHARKIV", "Kharkiv City Council")]
    public void A_province_named_where_something_happens_is_its_capital(string text, string surface, string admin2)
    {
        var m = GeoFixture.Mention(text, surface);
        Assert.Equal(PlaceKind.PopulatedPlace, m.Place.Kind);
        Assert.Equal(admin2, m.Place.Admin2);
    }

    [Fact]
    public void A_headline_label_in_title_case_is_the_region_not_its_capital()
    {
        var label = GeoFixture.Mention("Katsina: Gunmen abduct 20 farmers in Faskari", "Katsina");
        Assert.Equal(PlaceKind.Province, label.Place.Kind);
        var dateline = GeoFixture.Mention("KABUL: Police used tear gas to break up a protest in the city on Saturday.", "KABUL");
        Assert.Equal(PlaceKind.PopulatedPlace, dateline.Place.Kind);
    }

    [Theory]
    [InlineData("Army troops killed 3 bandits in Katsina's Jibia, Nigeria, on Sunday.", "Katsina")]
    [InlineData("Jets struck villages in the southern countryside of Idlib, Syria, on Tuesday.", "Idlib")]
    public void A_possessive_before_a_place_in_it_or_its_countryside_is_the_province(string text, string surface)
    {
        var m = GeoFixture.Mention(text, surface);
        Assert.Equal(PlaceKind.Province, m.Place.Kind);
    }

    [Fact]
    public void A_dateline_capital_is_not_the_scene_of_an_event_in_a_region_of_the_country()
    {
        var doc = GeoFixture.Pipeline.Process(Sitrep.Documents.Article.Create(
            "BAMAKO (Reuters) - Jihadists killed 12 soldiers in an attack on an army post in central Mali on Thursday, the army said.",
            "test", published: new DateOnly(2020, 6, 10)));
        Assert.All(doc.Events, e => Assert.NotEqual("Bamako", e.Place?.Place.Name));
    }
}
