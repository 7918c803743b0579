using Sitrep.Documents;
using Sitrep.Geo;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Geo;

/// <summary>
/// Datelines, a coder's parenthesised province, road ends and possessive provinces: what a place
/// name does in its sentence, and the place the event takes from it.
/// </summary>
public class PlaceRoleTests
{
    private static PlaceMention Mention(string text, string surface) => GeoFixture.Mention(text, surface);

    private static PlaceMention EventPlace(string text) => GeoFixture.EventPlace(text);

    [Theory]
    [InlineData("HERAT - A bomb went off near a bakery in Karukh district on Friday, police said.", "HERAT")]
    [InlineData("TALOQAN, Afghanistan (Example Press) - Gunmen killed a teacher in the district.", "TALOQAN")]
    [InlineData("QALA I NAW - Fighting went on overnight.", "QALA I NAW")]
    public void A_dateline_name_is_marked_and_means_the_city(string text, string surface)
    {
        var m = Mention(text, surface);
        Assert.True(m.Dateline);
        Assert.Equal(PlaceKind.PopulatedPlace, m.Place.Kind);
    }

    [Fact]
    public void A_spaced_dash_after_a_dateline_does_not_join_the_next_word_to_the_name()
    {
        var m = Mention("KABUL - A rocket hit a house in the west of the capital.", "KABUL");
        Assert.Equal("KABUL", m.Text);
    }

    [Fact]
    public void A_city_named_in_the_middle_of_a_paragraph_is_no_dateline()
    {
        var m = Mention("Police in Herat said a bomb went off near a bakery on Friday.", "Herat");
        Assert.False(m.Dateline);
    }

    [Fact]
    public void A_district_named_in_the_sentence_beats_the_dateline_city()
    {
        var place = EventPlace("FARAH - Taliban fighters attacked a checkpoint in Bala Buluk district on Sunday, killing four policemen, officials said.");
        Assert.Equal("Bala Buluk", place.Place.Admin2);
    }

    [Fact]
    public void The_dateline_city_stays_when_the_sentence_names_only_its_province()
    {
        var place = EventPlace("JALALABAD - A roadside bomb killed two soldiers in eastern Nangarhar on Tuesday, officials said.");
        Assert.Equal(PlaceKind.PopulatedPlace, place.Place.Kind);
        Assert.Equal("Jalalabad", place.Place.Name);
    }

    [Fact]
    public void A_coders_parenthesised_province_marks_the_location()
    {
        var m = Mention("Gunmen shot a shopkeeper between Gardez city and Zurmat district (Paktia).", "Zurmat");
        Assert.True(m.ProvinceInParentheses);
        Assert.False(Mention("Gunmen shot a shopkeeper between Gardez city and Zurmat district (Paktia).", "Gardez").ProvinceInParentheses);
        var place = EventPlace("On 3 May 2020, gunmen killed a shopkeeper on the road between Gardez city and Zurmat district (Paktia).");
        Assert.Equal("Zurmat", place.Place.Admin2);
    }

    [Fact]
    public void The_ends_of_a_named_road_do_not_locate_the_event()
    {
        var text = "On 2 June 2020, Taliban fighters blew up a culvert on the Ghazni-Kandahar highway in Andar district (Ghazni).";
        Assert.True(Mention(text, "Ghazni").RouteEnd);
        Assert.True(Mention(text, "Kandahar").RouteEnd);
        Assert.Equal("Andar", EventPlace(text).Place.Admin2);
    }

    [Fact]
    public void A_possessive_before_a_named_district_is_its_province()
    {
        var m = Mention("A mine exploded in Helmand's Sangin district on Monday.", "Helmand");
        Assert.Equal(PlaceKind.Province, m.Place.Kind);
        Assert.Equal("Sangin", EventPlace("On 1 June 2020, a mine exploded under a tractor in Helmand's Sangin district, killing a farmer.").Place.Admin2);
    }
}
