using Sitrep.Actors;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Actors;

/// <summary>
/// Actor names as the ACLED and UCDP published lists of 2019-2022 spell them for the countries
/// of the real-world gold sets (issue #18: "no name of a real export may stay unresolved"): period
/// suffixes, sub-units, the families "Civilians (X)", "Protesters (X)", "Rioters (X)",
/// "Unidentified Armed Group (X)", "X Communal Militia (Y)", and UCDP's dyad names.
/// </summary>
public class PublishedActorListTests
{
    private static ActorDictionary Dictionary => ActorDictionary.Load(DataPack.Default);

    public static TheoryData<string> AcledNames => new(
    [
        // Afghanistan, every period and sub-unit form
        "Military Forces of Afghanistan (2014-2021)", "Military Forces of Afghanistan (2021-)", "Military Forces of Afghanistan (2014-)",
        "Police Forces of Afghanistan (2014-2021)", "Police Forces of Afghanistan (2021-)",
        "Police Forces of Afghanistan (2014-2021) Afghan Local Police", "Police Forces of Afghanistan (2014-2021) National Directorate of Security",
        "Police Forces of Afghanistan (2014-2021) General Command of Police Special Units", "Military Forces of Afghanistan (2014-2021) Afghan Air Force",
        "Military Forces of Afghanistan (2014-2021) Special Operations Corps", "Military Forces of Afghanistan (2014-2021) Khost Protection Force",
        "Military Forces of Afghanistan (2021-) Red Unit", "Police Forces of Afghanistan (2021-) General Directorate of Intelligence",
        "Government of Afghanistan (2014-2021)", "Government of Afghanistan (2021-)",
        "Taliban", "Taliban - Red Unit", "Islamic State (Afghanistan)", "NRF: National Resistance Front", "Hezb-e-Islami",
        "Unidentified Armed Group (Afghanistan)", "Civilians (Afghanistan)", "Protesters (Afghanistan)", "Rioters (Afghanistan)",
        "Hazara Ethnic Militia (Afghanistan)", "Pashtun Ethnic Militia (Afghanistan)", "Unidentified Communal Militia (Afghanistan)",
        "Military Forces of the United States (2017-2021)", "Military Forces of Pakistan (2018-2022)", "Military Forces of Iran (1989-)",
        // other countries of the sets
        "Military Forces of Nigeria (2015-2023)", "Police Forces of Nigeria (2015-2023)", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
        "Islamic State (West Africa) - Lake Chad Faction", "Fulani Ethnic Militia (Nigeria)", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)",
        "Military Forces of Somalia (2017-2022)", "Military Forces of Somalia (2022-)", "Police Forces of Somalia (2017-2022)", "Al Shabaab",
        "Islamic State (Somalia)", "Abgaal Clan Militia (Somalia)", "Civilians (Somalia)",
        "Military Forces of Mali (2021-)", "Military Forces of Mali (2020-2021)", "JNIM: Group for Support of Islam and Muslims",
        "Islamic State (Greater Sahara)", "Dozo Communal Militia (Mali)", "Dan Na Ambassagou", "Wagner Group", "Civilians (Mali)",
        "Military Forces of Burkina Faso (2015-2022)", "Military Forces of Burkina Faso (2022-)", "VDP: Volunteers for the Defense of the Homeland",
        "Military Forces of Niger (2021-2023)", "Military Forces of Cameroon (1982-)", "Ambazonian Separatists",
        "Military Forces of the Democratic Republic of Congo (2019-)", "ADF: Allied Democratic Forces", "M23: March 23 Movement",
        "CODECO: Cooperative for Development of the Congo", "Mai-Mai Militia", "Civilians (Democratic Republic of Congo)",
        "Military Forces of Ethiopia (2018-)", "TPLF: Tigray People's Liberation Front", "OLF-Shane: Oromo Liberation Front-Shane",
        "Military Forces of Eritrea (1993-)", "Amhara Ethnic Militia (Ethiopia)", "Civilians (Ethiopia)",
        "Military Forces of Mozambique (2015-)", "Islamic State (Mozambique)", "Ahlu Sunnah Wa-Jama", "Civilians (Mozambique)",
        "Military Forces of Myanmar (2016-2021)", "Military Forces of Myanmar (2021-)", "PDF: People's Defense Force", "KIA: Kachin Independence Army",
        "AA: Arakan Army", "Protesters (Myanmar)", "Civilians (Myanmar)",
        "TTP: Tehreek-i-Taliban Pakistan", "BLA: Balochistan Liberation Army", "Civilians (Pakistan)",
        "Military Forces of Syria (2000-)", "SDF: Syrian Democratic Forces", "HTS: Hayat Tahrir al Sham", "Islamic State (Syria)",
        "Military Forces of Turkey (2016-)", "Military Forces of Russia (2000-)", "Civilians (Syria)",
        "Military Forces of Iraq (2020-)", "Military Forces of Iraq (2014-2020)", "Islamic State (Iraq)", "PMF: Popular Mobilization Forces", "Civilians (Iraq)",
        "Military Forces of Yemen (2016-) Supreme Political Council", "Military Forces of Yemen (2012-)", "Military Forces of Yemen (2012-2022)",
        "Military Forces of Saudi Arabia (2015-)", "STC: Southern Transitional Council", "AQAP: Al Qaeda in the Arabian Peninsula", "Civilians (Yemen)",
    ]);

    public static TheoryData<string> UcdpNames => new(
    [
        "Government of Afghanistan", "Taleban", "IS", "UIFSA", "Hizb-i Islami-yi Afghanistan", "Civilians",
        "Government of Nigeria", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "Government of Somalia", "Al-Shabaab",
        "Government of Mali", "JNIM", "Government of Burkina Faso", "Government of Niger", "Government of Cameroon",
        "Government of DR Congo (Zaire)", "ADF", "M23", "CODECO", "Government of Ethiopia", "TPLF", "OLA",
        "Government of Mozambique", "Government of Myanmar (Burma)", "KIO", "AA", "Government of Pakistan", "TTP", "BLA",
        "Government of Syria", "SDF", "Government of Iraq", "Government of Yemen (North Yemen)", "Forces of Hadi", "Ansarallah", "AQAP",
    ]);

    [Theory]
    [MemberData(nameof(AcledNames))]
    public void Every_ACLED_name_resolves(string name) => Assert.NotNull(Dictionary.Resolve(name));

    [Theory]
    [MemberData(nameof(UcdpNames))]
    public void Every_UCDP_name_resolves(string name) => Assert.NotNull(Dictionary.Resolve(name));
}

/// <summary>The names added for the published lists resolve to the organisation a coder means, not just to something.</summary>
public class PublishedActorOrganisationTests
{
    private static ActorDictionary Dictionary => ActorDictionary.Load(DataPack.Default);

    [Theory]
    [InlineData("Forces of Hadi", "Military Forces of Yemen (2012-)")]
    [InlineData("Ansarallah", "Military Forces of Yemen (2016-) Supreme Political Council")]
    [InlineData("AA", "AA: Arakan Army")]
    [InlineData("KIO", "KIA: Kachin Independence Army")]
    [InlineData("Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad")]
    [InlineData("Islamic State (West Africa) - Lake Chad Faction", "Islamic State West Africa Province")]
    [InlineData("OLF-Shane: Oromo Liberation Front-Shane", "OLA: Oromo Liberation Army")]
    [InlineData("Ahlu Sunnah Wa-Jama", "Ahlu Sunnah Wa-Jamo")]
    [InlineData("Mai-Mai Militia - Yakutumba", "Mai-Mai Militia")]
    public void Resolves_to_its_organisation(string name, string organisation) =>
        Assert.Equal(organisation, Dictionary.Resolve(name) is { } a ? Dictionary.Organisation(a).AcledName : null);
}
