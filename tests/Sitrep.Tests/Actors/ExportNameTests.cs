using Sitrep.Actors;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Actors;

/// <summary>
/// Names as ACLED and UCDP exports spell them, across dataset versions, resolve to the
/// organisation a coder codes (data/actors/name_patterns.tsv, world.tsv).
/// </summary>
public class ExportNameTests
{
    private static ActorDictionary Dictionary => ActorDictionary.Load(DataPack.Default);

    private static string? KeyOf(string name) =>
        Dictionary.Resolve(name) is { } actor ? Dictionary.Organisation(actor).AcledName : null;

    [Theory]
    // ACLED's Afghan forces in every dataset version and with sub-units
    [InlineData("Military Forces of Afghanistan (2014-2021)", "Military Forces of Afghanistan (2014-2021)")]
    [InlineData("Military Forces of Afghanistan (2014-)", "Military Forces of Afghanistan (2014-2021)")]
    [InlineData("Military Forces of Afghanistan (2004-2014)", "Military Forces of Afghanistan (2014-2021)")]
    [InlineData("Police Forces of Afghanistan (2014-2021)", "Police Forces of Afghanistan (2014-2021)")]
    [InlineData("Police Forces of Afghanistan (2014-)", "Police Forces of Afghanistan (2014-2021)")]
    [InlineData("Police Forces of Afghanistan (2014-2021) National Directorate of Security", "Police Forces of Afghanistan (2014-2021)")]
    [InlineData("Police Forces of Afghanistan (2014-2021) General Command of Police Special Units", "Police Forces of Afghanistan (2014-2021)")]
    [InlineData("Military Forces of Afghanistan (2014-2021) Special Operations Corps", "Military Forces of Afghanistan (2014-2021)")]
    [InlineData("Taliban - Red Unit", "Taliban")]
    [InlineData("Government of Afghanistan (2014-2021)", "Government of Afghanistan (2014-2021)")]
    // the Taliban government after 15 August 2021 is another government, with its own names
    [InlineData("Military Forces of Afghanistan (2021-)", "Military Forces of Afghanistan (2021-)")]
    [InlineData("Police Forces of Afghanistan (2021-)", "Police Forces of Afghanistan (2021-)")]
    [InlineData("Government of Afghanistan (2021-)", "Government of Afghanistan (2021-)")]
    // UCDP GED spellings
    [InlineData("Government of Afghanistan", "Government of Afghanistan (2014-2021)")]
    [InlineData("Taleban", "Taliban")]
    [InlineData("IS", "Islamic State (Afghanistan)")]
    [InlineData("UIFSA", "United Front")]
    [InlineData("Hizb-i Islami-yi Afghanistan", "Hezb-e-Islami")]
    public void Afghan_export_names_resolve_to_their_organisation(string name, string organisation) =>
        Assert.Equal(organisation, KeyOf(name));

    [Theory]
    // armed groups outside Afghanistan as ACLED ("ABBR: Full Name") and UCDP or wires spell them
    [InlineData("ELN: National Liberation Army", "ELN: National Liberation Army")]
    [InlineData("ELN", "ELN: National Liberation Army")]
    [InlineData("NPA: New People's Army", "NPA: New People's Army")]
    [InlineData("New People's Army", "NPA: New People's Army")]
    [InlineData("CJNG: Jalisco New Generation Cartel", "CJNG: Jalisco New Generation Cartel")]
    [InlineData("CJNG", "CJNG: Jalisco New Generation Cartel")]
    [InlineData("DPR: Donetsk People's Republic", "DPR: Donetsk People's Republic")]
    [InlineData("DPR", "DPR: Donetsk People's Republic")]
    [InlineData("Islamic State (Sahel)", "Islamic State (Greater Sahara)")]
    [InlineData("Hayat Tahrir al Sham", "HTS: Hayat Tahrir al-Sham")]
    // its predecessor, as texts still name the group after 2017
    [InlineData("Jabhat al-Nusra", "HTS: Hayat Tahrir al-Sham")]
    public void Armed_groups_elsewhere_resolve_by_their_export_names(string name, string organisation) =>
        Assert.Equal(organisation, KeyOf(name));

    [Theory]
    [InlineData("Military Forces of Nigeria (2015-2023)", "Military Forces of Nigeria (2015-2023)")]
    [InlineData("Military Forces of Nigeria (1999-2015)", "Military Forces of Nigeria (2015-2023)")]
    [InlineData("Military Forces of Mali (2013-2020)", "Military Forces of Mali (2021-)")]
    [InlineData("Military Forces of the Democratic Republic of Congo (2019-)", "Military Forces of the Democratic Republic of Congo (2019-)")]
    [InlineData("Military Forces of Yemen (2016-) Supreme Political Council", "Military Forces of Yemen (2016-) Supreme Political Council")]
    [InlineData("Military Forces of Yemen (2012-)", "Military Forces of Yemen (2012-)")]
    [InlineData("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad")]
    [InlineData("JNIM: Group for Support of Islam and Muslims", "JNIM: Group for Support of Islam and Muslims")]
    [InlineData("AA: Arakan Army", "AA: Arakan Army")]
    [InlineData("Al Shabaab", "Al Shabaab")]
    public void World_export_names_resolve_to_the_pack(string name, string organisation) =>
        Assert.Equal(organisation, KeyOf(name));

    [Theory]
    // standard ACLED families that no row lists resolve by their pattern, so every spelling compares equal
    [InlineData("Military Forces of Burundi (2005-)", "Military Forces of Burundi")]
    [InlineData("Military Forces of Burundi (1993-2005)", "Military Forces of Burundi")]
    [InlineData("Police Forces of Burundi (2005-) Mobile Police", "Police Forces of Burundi")]
    [InlineData("Government of Burundi (2005-)", "Government of Burundi")]
    [InlineData("Civilians (Chad)", "Civilians (Chad)")]
    [InlineData("Protesters (Kenya)", "Protesters (Kenya)")]
    [InlineData("Rioters (Kenya)", "Rioters (Kenya)")]
    [InlineData("Unidentified Armed Group (Libya)", "Unidentified Armed Group (Libya)")]
    [InlineData("Hema Communal Militia (Democratic Republic of Congo)", "Hema Communal Militia (Democratic Republic of Congo)")]
    public void Family_names_resolve_by_their_pattern(string name, string organisation) =>
        Assert.Equal(organisation, KeyOf(name));

    [Fact]
    public void A_family_actor_made_from_a_pattern_is_the_same_actor_every_time() =>
        Assert.Same(Dictionary.Resolve("Civilians (Chad)"), Dictionary.Resolve("Civilians (Chad)"));

    [Theory]
    [InlineData("Some Group Nobody Codes")]
    [InlineData("Unidentified")]
    public void An_unknown_name_stays_unresolved(string name) => Assert.Null(Dictionary.Resolve(name));

    [Theory]
    [InlineData("Nigerian troops repelled the attack.", "Nigerian troops", "military_ng")]
    [InlineData("Al-Shabaab militants stormed the base.", "Al-Shabaab militants", "al_shabaab")]
    [InlineData("ISWAP fighters overran the town.", "ISWAP fighters", "iswap")]
    [InlineData("Houthi rebels fired a missile.", "Houthi rebels", "houthi")]
    [InlineData("The Tatmadaw shelled the village.", "Tatmadaw", "military_mm")]
    [InlineData("FARDC soldiers fought ADF rebels.", "FARDC soldiers", "military_cd")]
    [InlineData("Taliban security forces detained him.", "Taliban security forces", "military_af_ie")]
    public void The_press_names_of_world_actors_are_found_in_text(string text, string mention, string id)
    {
        var found = ActorAnnotator.Load(DataPack.Default).Find(text);
        Assert.Contains(found, m => m.Text == mention && m.Actor.Id == id);
    }
}
