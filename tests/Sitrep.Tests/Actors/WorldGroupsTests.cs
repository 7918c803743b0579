using Sitrep.Actors;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Actors;

/// <summary>
/// The armed groups, militias and missions of ACLED's and UCDP's lists of 2019-2022 outside
/// Afghanistan (data/actors/build/groups.tsv → world.tsv): every name of a row resolves to that
/// row, "ACRONYM (Qualifier): Full Name" and bracketed factions reduce by name_patterns.tsv, and
/// the press's names are found in text.
/// </summary>
public class WorldGroupsTests
{
    private static readonly ActorAnnotator Annotator = ActorAnnotator.Load(DataPack.Default);
    private static ActorDictionary Dictionary => Annotator.Dictionary;

    private static string? KeyOf(string name) =>
        Dictionary.Resolve(name) is { } actor ? Dictionary.Organisation(actor).AcledName : null;

    [Fact]
    public void Every_alias_outside_Afghanistan_resolves_to_its_own_actor()
    {
        var wrong = Dictionary.Aliases.Where(a => !a.IsGeneric && a.Actor.Country is not "Afghanistan")
            .Where(a => !ReferenceEquals(Dictionary.Resolve(a.Text), a.Actor))
            .Select(a => $"{a.Text} -> {Dictionary.Resolve(a.Text)?.Id ?? "null"}, not {a.Actor.Id}").ToList();
        Assert.Empty(wrong);
    }

    [Fact]
    public void Every_ACLED_name_resolves_to_an_actor_of_that_name()
    {
        var wrong = Dictionary.Actors.Where(a => a.AcledName is { Length: > 0 } && !a.Id.StartsWith("p_", StringComparison.Ordinal))
            .Where(a => Dictionary.Resolve(a.AcledName!)?.AcledName != a.AcledName)
            .Select(a => $"{a.AcledName} ({a.Id})").ToList();
        Assert.Empty(wrong);
    }

    [Fact]
    public void The_pack_has_the_groups_of_the_published_lists()
    {
        var groups = Dictionary.Actors.Count(a => a.Country is not "Afghanistan"
            && a.Type is ActorType.RebelGroup or ActorType.PoliticalMilitia or ActorType.IdentityMilitia);
        Assert.True(groups >= 180, $"{groups} armed groups and militias outside Afghanistan");
    }

    [Theory]
    // gold names of realworld/dev7 that did not resolve
    [InlineData("3R: Return, Reclamation, Rehabilitation", "3R: Return, Reclamation, Rehabilitation")]
    [InlineData("CPC: Coalition of Patriots for Change", "CPC: Coalition of Patriots for Change")]
    [InlineData("UPC: Union for Peace in the Central African Republic", "UPC: Union for Peace in the Central African Republic")]
    [InlineData("KNDF: Karenni Nationalities Defense Force", "KNDF: Karenni Nationalities Defense Force")]
    [InlineData("NAS: National Salvation Front", "NAS: National Salvation Front")]
    [InlineData("BIFF: Bangsamoro Islamic Freedom Fighters", "BIFF: Bangsamoro Islamic Freedom Fighters")]
    [InlineData("CPI (Maoist): Communist Party of India (Maoist)", "CPI (Maoist): Communist Party of India (Maoist)")]
    [InlineData("RSF: Rapid Support Forces", "RSF: Rapid Support Forces")]
    // ACLED's name of the RSF before 2023 is the same organisation as its later name
    [InlineData("Military Forces of Sudan (2019-) Rapid Support Forces", "RSF: Rapid Support Forces")]
    // UCDP's and other spellings
    [InlineData("SPLM/A-IO", "SPLM/A-IO: Sudan People's Liberation Movement/Army-In Opposition")]
    [InlineData("SPLM-N", "SPLM-N: Sudan People's Liberation Movement-North")]
    [InlineData("Anti-Balaka", "Anti-Balaka")]
    [InlineData("Islamic State (West Africa) - Greater Sahara Faction", "Islamic State (Greater Sahara)")]
    [InlineData("Islamic State (Central Africa)", "ADF: Allied Democratic Forces")]
    // a sub-unit ACLED codes as its force or group
    [InlineData("Amhara Special Forces", "Police Forces of Ethiopia (2018-)")]
    [InlineData("Katiba Macina", "JNIM: Group for Support of Islam and Muslims")]
    [InlineData("YPG: People's Protection Units", "SDF: Syrian Democratic Forces")]
    [InlineData("Kataib Hezbollah", "PMF: Popular Mobilization Forces")]
    [InlineData("Sultan Murad Division", "SNA: Syrian National Army")]
    // the acronym alone would be another group: Ambazonia's ADF is not Congo's
    [InlineData("ADF: Ambazonia Defence Forces", "Ambazonian Separatists")]
    public void Published_names_resolve_to_their_organisation(string name, string organisation) =>
        Assert.Equal(organisation, KeyOf(name));

    [Theory]
    // "ACRONYM (Qualifier): Full Name" when the full name is written otherwise
    [InlineData("CPI (Maoist): Communist Party of India - Maoist", "CPI (Maoist): Communist Party of India (Maoist)")]
    [InlineData("NSCN (IM): National Socialist Council of Nagaland", "NSCN-IM: National Socialist Council of Nagalim (Isak-Muivah)")]
    [InlineData("ULFA (I): United Liberation Front of Assam (Independent)", "ULFA-I: United Liberation Front of Asom (Independent)")]
    [InlineData("SPLM/A-IO: Sudan People's Liberation Army in Opposition", "SPLM/A-IO: Sudan People's Liberation Movement/Army-In Opposition")]
    // a bracketed faction that no row lists is its group
    [InlineData("SPLM-N (Kitgwang Faction)", "SPLM-N: Sudan People's Liberation Movement-North")]
    [InlineData("Sudan People's Liberation Movement-North (Some Faction)", "SPLM-N: Sudan People's Liberation Movement-North")]
    public void Qualified_acronyms_and_factions_reduce_by_pattern(string name, string organisation) =>
        Assert.Equal(organisation, KeyOf(name));

    [Theory]
    [InlineData("RSF fighters stormed the market in Nyala on Monday.", "RSF fighters", "rsf_sd")]
    [InlineData("Maoist rebels ambushed a police patrol in Sukma district.", "Maoist rebels", "cpi_maoist_in")]
    [InlineData("Naxalites triggered an IED in Bijapur.", "Naxalites", "cpi_maoist_in")]
    [InlineData("Anti-balaka militiamen killed four herders near Bambari.", "Anti-balaka militiamen", "anti_balaka_cf")]
    [InlineData("Fighters of the 3R attacked Koui.", "3R", "r3_cf")]
    [InlineData("The KNDF said it had overrun a junta outpost in Demoso.", "KNDF", "kndf_mm")]
    [InlineData("BIFF militants fired mortars at an army detachment in Datu Salibo.", "BIFF militants", "biff_ph")]
    [InlineData("SPLA-IO forces clashed with the army in Upper Nile.", "SPLA-IO forces", "splmio_ss")]
    [InlineData("The Ta'ang National Liberation Army seized a hill.", "Ta'ang National Liberation Army", "tnla_mm")]
    [InlineData("Hezbollah fired rockets across the border.", "Hezbollah", "hezbollah_lb")]
    [InlineData("The Clan del Golfo killed two soldiers in Antioquia.", "Clan del Golfo", "agc_co")]
    [InlineData("Gunmen of the Sinaloa Cartel opened fire.", "Sinaloa Cartel", "sinaloa_mx")]
    [InlineData("Abu Sayyaf gunmen seized three fishermen.", "Abu Sayyaf gunmen", "abu_sayyaf_ph")]
    [InlineData("Haftar's forces shelled southern Tripoli.", "Haftar's forces", "lna_ly")]
    [InlineData("TPNPB rebels shot dead two construction workers in Nduga.", "TPNPB rebels", "tpnpb_id")]
    [InlineData("Remnants of the Shining Path ambushed a patrol in the VRAEM.", "Shining Path", "mpcp_pe")]
    [InlineData("Twirwaneho fighters and Mai-Mai militiamen clashed near Minembwe.", "Twirwaneho fighters", "twirwaneho_cd")]
    public void The_press_names_of_new_groups_are_found_in_text(string text, string mention, string id) =>
        Assert.Contains(Annotator.Find(text), m => m.Text == mention && m.Actor.Id == id);

    [Theory]
    // ordinary words and other organisations' acronyms are no group
    [InlineData("Let them go, he said.", "let_in")]
    [InlineData("The CPC Central Committee met in Beijing.", "cpc_cf")]
    [InlineData("The MPC raised interest rates.", "mpc_cf")]
    [InlineData("THE NAS REPORT WAS PUBLISHED TODAY.", "nas_ss")]
    [InlineData("The Islamic Jihad Union claimed the attack.", "pij_ps")]
    public void Ordinary_words_are_no_group(string text, string id) =>
        Assert.DoesNotContain(Annotator.Find(text), m => m.Actor.Id == id);
}
