using Sitrep.Geo;

namespace Sitrep.Tests.Geo;

/// <summary>
/// Whole texts written in the style of the seed articles (partisan round-ups, news digests,
/// statements): every place must resolve to its province and district, and nothing else may be
/// taken for a place.
/// </summary>
public class SeedStyleTextTests
{
    // Expected: surface text → (place kind, province id or else the country, district id or null);
    // places abroad carry their GeoNames admin1/admin2 codes (data/geo/world).
    private static void AssertPlaces(string text, params (string Surface, string Kind, string Admin1, string? Admin2)[] expected)
    {
        var mentions = GeoFixture.Mentions(text);
        var described = GeoFixture.Describe(mentions);
        Assert.True(expected.Length == mentions.Count, $"expected {expected.Length} mentions, got {mentions.Count}: {described}");
        for (var i = 0; i < expected.Length; i++)
        {
            var (surface, kind, admin1, admin2) = expected[i];
            var m = mentions[i];
            Assert.True(surface == m.Text, $"#{i}: expected '{surface}', got '{m.Text}' in {described}");
            Assert.True(kind == m.Place.Kind.ToString(), $"#{i} {surface}: kind {m.Place.Kind} ({m.Reason})");
            Assert.True(admin1 == (m.Place.Admin1Id ?? m.Place.Country), $"#{i} {surface}: admin1 {m.Place.Admin1Id ?? m.Place.Country} ({m.Reason})");
            Assert.True(admin2 == m.Place.Admin2Id, $"#{i} {surface}: admin2 {m.Place.Admin2Id} ({m.Reason})");
        }
    }

    [Fact]
    public void Resistance_roundup()
    {
        var text = """
            Over the first half of August the occupiers and their puppets suffered new blows.

            On August 3, fighters stormed a checkpoint near Pul-i-Khumri in the province of Baghlan. Six soldiers died.

            In an ambush on a convoy in the Nad Ali district of Hilmand, seven policemen were killed on August 5.

            Two attacks hit the town of Qalai Naw in Badghes province and Sayedabad in Maidan Wardak on August 9.

            In Kunduz, the Taliban overran the Dasht-i-Archi district centre. Now the puppet army is in retreat.

            A Turkish soldier was wounded near the airport.
            """;
        AssertPlaces(text,
            ("Pul-i-Khumri", "PopulatedPlace", "AF-BGL", "AF0901"),
            ("Baghlan", "Province", "AF-BGL", null),
            ("Nad Ali", "District", "AF-HEL", "AF3002"),
            ("Hilmand", "Province", "AF-HEL", null),
            ("Qalai Naw", "PopulatedPlace", "AF-BDG", "AF3101"),
            ("Badghes", "Province", "AF-BDG", null),
            ("Sayedabad", "PopulatedPlace", "AF-WAR", "AF0405"),
            ("Maidan Wardak", "Province", "AF-WAR", null),
            ("Kunduz", "PopulatedPlace", "AF-KDZ", "AF1901"),
            ("Dasht-i-Archi", "District", "AF-KDZ", "AF1906"),
            ("Turkish", "Country", "TR", null));
    }

    [Fact]
    public void Frontline_digest()
    {
        var text = """
            The Taliban Tighten The Noose Around Herat

            On the ground, on August 2nd, the Taliban advanced north of Kandahar city and took the villages around it.

            In the Karrukh district, the army says it pushed back an assault.

            The army also repelled an attack on the Darah-ye Suf district in Samangan province.

            Fighters attacked army positions in the Mohammad Agha district in Logar province.

            A delegation of the movement later visited Tashkent, and Uzbek officials said the talks were useful.
            """;
        AssertPlaces(text,
            ("Herat", "PopulatedPlace", "AF-HER", "AF3201"),
            ("Kandahar", "PopulatedPlace", "AF-KAN", "AF2701"),
            ("Karrukh", "District", "AF-HER", "AF3204"),
            ("Darah-ye Suf", "District", "AF-SAM", "AF2006"),
            ("Samangan", "Province", "AF-SAM", null),
            ("Mohammad Agha", "District", "AF-LOG", "AF0505"),
            ("Logar", "Province", "AF-LOG", null),
            ("Tashkent", "PopulatedPlace", "UZ.13", null));
    }

    [Fact]
    public void Statement_with_no_local_places()
    {
        var text = """
            Comment:

            The Reading of events offered by the Pentagon is a Deal made in bad faith. Mobile units
            of the occupation and the Northern Alliance remnants cannot change the Facts. Now is the time.

            Written for the Central Media Office by Abdullah Rahimi

            Support SouthFront. BITCOIN CASH: LINK
            """;
        var mentions = GeoFixture.Mentions(text);
        Assert.True(mentions.Count == 0, GeoFixture.Describe(mentions));
    }

    [Fact]
    public void Province_earlier_in_paragraph_carries_to_districts()
    {
        var text = """
            Fighting flared across Zabul province this week. In Arghandab district, insurgents burned a school, and in Shahjoy a police post fell.

            In Kandahar province, by contrast, the Arghandab district was quiet.
            """;
        var mentions = GeoFixture.Mentions(text);
        var arghandab = mentions.Where(m => m.Text == "Arghandab").ToList();
        Assert.Equal(2, arghandab.Count);
        Assert.Equal("AF2605", arghandab[0].Place.Id);
        Assert.Equal("AF2702", arghandab[1].Place.Id);
        var shahjoy = mentions.Single(m => m.Text == "Shahjoy");
        Assert.Equal("AF-ZAB", shahjoy.Place.Admin1Id);
    }

    [Fact]
    public void Talks_abroad()
    {
        var text = """
            After weeks of stalemate in Qatar, the US envoy went back to Doha. Qatari mediators and Pakistani
            officials met him, while Beijing and Washington watched from afar.
            """;
        AssertPlaces(text,
            ("Qatar", "Country", "QA", null),
            ("US", "Country", "US", null),
            ("Doha", "PopulatedPlace", "QA.01", null),
            ("Qatari", "Country", "QA", null),
            ("Pakistani", "Country", "PK", null),
            ("Beijing", "PopulatedPlace", "CN.22", "CN.22.11876380"),
            ("Washington", "PopulatedPlace", "US.DC", "US.DC.001"));
    }
}
