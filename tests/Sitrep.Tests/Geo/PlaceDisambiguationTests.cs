using Sitrep.Documents;
using Sitrep.Geo;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Geo;

/// <summary>
/// Names shared by several provinces, spellings the press uses, and the places a report names
/// beside the event's own (where officials spoke, a landmark measured from, where people came
/// from). Sentences written for these tests.
/// </summary>
public class PlaceDisambiguationTests
{
    private static PlaceMention Mention(string text, string surface) => GeoFixture.Mention(text, surface);

    private static PlaceMention EventPlace(string text) => GeoFixture.EventPlace(text);

    private static PlaceMention? Find(string text, string surface) =>
        GeoFixture.Mentions(text).FirstOrDefault(m => m.Text == surface);

    [Theory]
    // the seat town's spelling is the district's too, so the dateline's province decides
    [InlineData("KABUL - A bomb went off in a shop in Sarobi district on Sunday, police said.", "Sarobi", "AF0115")]
    [InlineData("A rocket landed in Sarobi district of Paktika province on Sunday.", "Sarobi", "AF1210")]
    // a province named later in the article
    [InlineData("A mine exploded in Jaghatu district on Friday. The spokesman for the Wardak governor gave no toll.", "Jaghatu", "AF0408")]
    [InlineData("Clashes went on in Ghazni's Jaghatu district overnight.", "Jaghatu", "AF1106")]
    // the nearest of two namesakes to another place the article names
    [InlineData("Jets struck a compound in Tagab district, about 60 km north-east of Kabul, on Monday.", "Tagab", "AF0206")]
    [InlineData("Jets struck a compound in Tagab district of Badakhshan on Monday.", "Tagab", "AF1717")]
    [InlineData("Gunmen shot a teacher in Qarabagh district, not far from Bagram, on Monday.", "Qarabagh", "AF0114")]
    [InlineData("Gunmen shot a teacher in Qarabagh district, on the road to Ghazni city, on Monday.", "Qarabagh", "AF1111")]
    public void A_shared_district_name_takes_the_province_the_article_points_to(string text, string surface, string district)
    {
        var m = Mention(text, surface);
        Assert.True(district == (m.Place.Kind == PlaceKind.District ? m.Place.Id : m.Place.Admin2Id), GeoFixture.Describe([m]) + " " + m.Reason);
    }

    [Theory]
    // "Behsud" is Nangarhar's district and the press name of Wardak's Markaz-e-Behsud
    [InlineData("Nomads and villagers clashed in Behsud district of Maidan Wardak on Monday.", "Behsud", "AF0409")]
    [InlineData("JALALABAD - A mine exploded in Behsud district on Monday.", "Behsud", "AF0602")]
    // "the X area of Y": Y is the province, so a district of that name there wins
    [InlineData("A rocket hit a house in the Chahar Dara area of Kunduz on Saturday.", "Kunduz", "AF-KDZ")]
    public void A_name_takes_the_province_named_with_it(string text, string surface, string id)
    {
        var m = Mention(text, surface);
        Assert.True(id == m.Place.Id || id == m.Place.Admin2Id && m.Place.Kind != PlaceKind.District, GeoFixture.Describe([m]) + " " + m.Reason);
    }

    [Theory]
    [InlineData("Dehyak", "AF1105")]
    [InlineData("Zerok", "AF1212")]
    [InlineData("Deh Rawood", "AF2502")]
    [InlineData("Yaftal", "AF1704")]
    public void Hand_written_press_spellings_resolve(string name, string id) =>
        Assert.Contains(GeoFixture.Gazetteer.Resolve(name, PlaceKind.District), p => p.Id == id);

    [Fact]
    public void A_shared_name_with_no_evidence_stays_unresolved()
    {
        Assert.Null(Find("Fighting was reported in Jaghatu district on Friday.", "Jaghatu"));
    }

    [Theory]
    [InlineData("Security forces killed five insurgents in Zurmatdistrict on Monday.", "Zurmat", "AF1303")]
    [InlineData("Rockets hit houses in Dand-e Ghori district of Baghlan.", "Dand-e Ghori", "AF0902")]
    [InlineData("Rockets hit houses in Dand-i-Ghori on Monday.", "Dand-i-Ghori", "AF0902")]
    public void Press_spellings_and_glued_kind_words_find_the_district(string text, string surface, string district)
    {
        var m = Mention(text, surface);
        Assert.True(district == (m.Place.Kind == PlaceKind.District ? m.Place.Id : m.Place.Admin2Id), GeoFixture.Describe([m]));
    }

    [Fact]
    public void A_word_merely_ending_in_district_is_not_split()
    {
        // lower-case start: not a name glued to a kind word
        Assert.DoesNotContain(GeoFixture.Mentions("the subdistrict office in Zurmat district"), m => m.Text == "sub");
    }

    [Fact]
    public void A_surname_that_is_only_another_name_of_a_district_is_no_place()
    {
        var text = "A bomb went off in Jaghatu district on Thursday. Abdul Rahman Mangal, a spokesman for the Wardak police, confirmed it.";
        Assert.Null(Find(text, "Mangal"));
        Assert.Equal("AF0408", Mention(text, "Jaghatu").Place.Id);
    }

    [Fact]
    public void A_variant_spelling_of_a_town_in_another_province_than_the_sentence_names_is_dropped()
    {
        Assert.Null(Find("Gunmen killed a mullah in Sheikh Abad area of Sayed Karam district, Paktia, on Friday.", "Sheikh Abad"));
        Assert.Null(Find("An air strike hit a house in Qala-e-Naw village, in the Gereshk area of Helmand, on Monday.", "Qala-e-Naw"));
        // a village of that name in the province named stays; an exact name from another province stays
        Assert.NotNull(Find("An air strike hit a house in Qala-e-Naw village of Badghis on Monday.", "Qala-e-Naw"));
        Assert.NotNull(Find("A trader from Herat was killed in Zurmat district, Paktia, on Friday.", "Herat"));
    }

    [Theory]
    [InlineData("Taliban gunmen abducted six passengers in Bakwa district, officials in Farah city said.", "Farah")]
    [InlineData("The ministry said in Kabul that four policemen had been killed in Logar.", "Kabul")]
    [InlineData("Nine Taliban were killed in Almar district, Maimana police said on Monday.", "Maimana")]
    [InlineData("A bomb killed two men in Khanabad on Tuesday, the provincial police in Kunduz said.", "Kunduz")]
    [InlineData("The governor in Lashkar Gah said a bomb killed three men in Nad Ali.", "Lashkar Gah")]
    public void Where_officials_spoke_is_marked(string text, string surface) =>
        Assert.True(Mention(text, surface).Source);

    [Theory]
    [InlineData("Officials said a bomb exploded in Farah city on Sunday.", "Farah")]
    // police acting in a city, not speaking there
    [InlineData("Police in Herat arrested three men on Sunday.", "Herat")]
    public void A_place_the_event_happened_in_is_no_source(string text, string surface) =>
        Assert.False(Mention(text, surface).Source);

    [Theory]
    [InlineData("Iraqi F-16 aircraft struck an ISIS hideout in the desert south of Kirkuk on Tuesday, killing 7 militants.", "Kirkuk")]
    [InlineData("Nigerian jets bombed a militant camp in the forest north of Maiduguri on Monday, killing 12 fighters.", "Borno")]
    public void A_province_measured_from_beats_the_country_a_demonym_names(string text, string admin1) =>
        Assert.Equal(admin1, EventPlace(text).Place.Admin1);

    [Fact]
    public void Where_people_came_from_is_marked_and_passed_over()
    {
        const string text = "On 3 January 2020, Taliban fighters attacked Kunduz city from Chahar Dara district, killing four policemen.";
        Assert.True(Mention(text, "Chahar Dara").Origin);
        Assert.Equal("Kunduz", EventPlace(text).Place.Admin2);
    }

    [Theory]
    [InlineData("Fighting went on in Imam Sahib district, about 60 km north of Kunduz city.", "Kunduz", true)]
    [InlineData("Nawa is a district just south of Lashkar Gah.", "Lashkar Gah", true)]
    [InlineData("A rocket hit a house in the west of Kabul on Sunday.", "Kabul", false)]
    [InlineData("Rockets landed in the north and east of Kabul on Sunday.", "Kabul", false)]
    public void A_landmark_measured_from_is_marked(string text, string surface, bool reference) =>
        Assert.Equal(reference, Mention(text, surface).Reference);

    [Theory]
    [InlineData("Fighting continued on Sunday in Imam Sahib district, about 60 km north of Kunduz city, where Taliban fighters attacked security posts.", "Imam Sahib")]
    [InlineData("KABUL - Taliban fighters killed four policemen in an attack in Baraki Barak district of Logar province, the interior ministry said in Kabul.", "Baraki Barak")]
    [InlineData("Taliban fighters attacked security posts in Bakwa district of Farah on Sunday, killing two policemen, officials in Farah city said.", "Bakwa")]
    [InlineData("On 12 September 2020, a bomb exploded in Dehdadi district, on the western edge of Mazar-i-Sharif, wounding two people.", "Dehdadi")]
    [InlineData("On 2 June 2021, gunmen kidnapped two teachers in Jaghatu district of Wardak as they travelled from Ghazni city.", "Jaghatu")]
    [InlineData("On 5 October 2020, government forces fought the Taliban near Gereshk city in Nahr-e Saraj district of Helmand.", "Nahr-e-Saraj")]
    [InlineData("On 7 January 2020, Taliban fighters attacked an outpost near Kandahar airport in Daman district, killing two soldiers.", "Daman")]
    [InlineData("On 5 January 2020, the provincial governor in Lashkar Gah said a bomb killed three men in Nad Ali.", "Nad-e-Ali")]
    public void The_event_is_placed_in_its_district_not_at_the_landmark(string text, string admin2) =>
        Assert.Equal(admin2, EventPlace(text).Place.Admin2);

    [Theory]
    [InlineData("On 28 August 2019, Taliban fighters attacked a police post about 15 km from Gardez city, the capital of Paktia province, killing three officers.", "Gardez")]
    [InlineData("On 2 April 2020, Taliban fighters attacked a checkpoint about 10 km from the Shah Joi district centre in Zabul, killing three policemen.", "Shah Joi")]
    public void A_landmark_is_the_place_when_only_its_province_is_named_besides(string text, string admin2) =>
        Assert.Equal(admin2, EventPlace(text).Place.Admin2);

    [Fact]
    public void A_town_inside_the_named_district_stays_the_finer_place()
    {
        var place = EventPlace("On 5 October 2020, government forces fought the Taliban near Gereshk city in Nahr-e Saraj district of Helmand, killing ten.");
        Assert.Equal(PlaceKind.PopulatedPlace, place.Place.Kind);
    }

    [Fact]
    public void A_district_takes_its_seat_towns_spelling_as_an_alias()
    {
        Assert.Contains(GeoFixture.Gazetteer.Resolve("Sarobi", PlaceKind.District), p => p.Id == "AF0115");
        Assert.Contains(GeoFixture.Gazetteer.Resolve("Sarobi", PlaceKind.District), p => p.Id == "AF1210");
    }
}
