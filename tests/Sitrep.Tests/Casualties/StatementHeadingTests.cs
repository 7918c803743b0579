using Sitrep.Events;

namespace Sitrep.Tests.Casualties;

/// <summary>
/// Party statements as real press offices head them (issue #18, fourth round): a dated heading
/// still opens the speaker's own statement; an armed group's dead named by no noun are its enemy's;
/// what a party admits of its own dead is the toll beside its claim; "N more" adds to the toll.
/// </summary>
public class StatementHeadingTests
{
    private static CasualtyCount Killed(string text) =>
        CasualtyTotals.For(CasualtyPipeline.Run(text).Casualties).Killed ?? throw new Xunit.Sdk.XunitException("no killed figure in: " + text);

    [Theory]
    [InlineData("Ministry of Defence statement, 3 March 2020: Commandos raided a hideout in Andar district. 21 insurgents were killed.", 21)]
    [InlineData("Defence Ministry | 12 June 2019 | Daily update: Army units cleared three villages in Nad Ali. 14 terrorists were killed.", 14)]
    [InlineData("Interior Ministry, July 4, 2020: Police repelled an attack in Khan Abad. Nine attackers were killed.", 9)]
    [InlineData("Press release, 209th Corps, 8 October 2019: Troops repelled an assault in Qaisar district. 30 Taliban were killed.", 30)]
    [InlineData("Army Headquarters, Maiduguri - Operation Desert Sanity briefing: Troops neutralised 11 Boko Haram terrorists near Bama.", 11)]
    [InlineData("Defence Headquarters, Abuja \u2013 Weekly operations update: Troops killed 16 terrorists in an ambush in Zamfara State.", 16)]
    public void A_dated_heading_keeps_a_state_statement_its_own_claim(string text, long claimed)
    {
        var killed = Killed(text);
        Assert.Equal((0L, claimed), (killed.Best, killed.High));
        Assert.All(killed.Parts, p => Assert.NotNull(p.PartyClaim));
    }

    [Theory]
    [InlineData("Statement of the Islamic Emirate: The mujahideen overran a checkpoint in Chak district, killing 9 of them.", 9)]
    [InlineData("Amaq: A bomb placed by soldiers of the Caliphate hit a patrol in Kabul, and 5 of its members perished.", 5)]
    [InlineData("Al-Shabaab statement: Our fighters ambushed a convoy near Afgoye and killed 11 of them.", 11)]
    public void Dead_an_armed_group_names_by_no_noun_in_its_statement_are_its_claim(string text, long claimed)
    {
        var killed = Killed(text);
        Assert.Equal((0L, claimed), (killed.Best, killed.High));
    }

    [Fact]
    public void Bystanders_an_armed_group_names_are_not_its_claim()
    {
        var injured = CasualtyTotals.For(CasualtyPipeline.Run("Islamic Emirate spokesman: A bomb went off near a mosque in Kunduz city today and six people were injured.").Casualties).Injured;
        Assert.Equal(6, injured?.Best);
    }

    [Theory]
    [InlineData("The Taliban said 7 were killed in the clash, according to a statement.", 7)]
    public void An_unnamed_toll_relayed_from_a_party_stays_reported(string text, long best) =>
        Assert.Equal(best, Killed(text).Best);

    [Fact]
    public void A_rule_ends_the_quoted_statement()
    {
        var killed = Killed("Statement of the Islamic Emirate: Mujahideen attacked a base in Arghandab. -- Police officials said three policemen had been killed.");
        Assert.Equal(3, killed.Best);
        Assert.All(killed.Parts, p => Assert.Null(p.PartyClaim));
    }

    [Theory]
    [InlineData("Ministry of Defence: Soldiers raided a camp in Sangin. One soldier fell on the field of honour.", 1)]
    [InlineData("Army statement: Troops repelled an attack in Kajaki. Two soldiers fell in combat.", 2)]
    public void A_states_words_for_its_own_dead_count(string text, long best) =>
        Assert.Equal(best, Killed(text).Best);

    [Theory]
    [InlineData("Rebel statement", "People's Defence Force statement: Our fighters ambushed a convoy near Kale, killing 20 soldiers. Three of our comrades gave their lives.", 3, 23)]
    [InlineData("armed group", "Radio Andalus: The mujahideen stormed a base near Kismayo, killing 15 of them. Two mujahideen were martyred.", 2, 17)]
    [InlineData("ministry", "Ministry of Defence: Commandos killed 40 Taliban in Arghandab. Two commandos lost their lives.", 2, 42)]
    public void A_party_admitting_its_own_dead_beside_its_claim_counts_them(string _, string text, long best, long high)
    {
        var killed = Killed(text);
        Assert.Equal((best, high), (killed.Best, killed.High));
    }

    [Theory]
    [InlineData("Statement of the Islamic Emirate: Enemy drones bombed a house in Nad Ali last night. Two mujahideen and a child were martyred.", 3)]
    [InlineData("Statement of the Islamic Emirate: Enemy drones bombed a house in Nad Ali last night. Three mujahideen and two women were martyred.", 5)]
    [InlineData("Islamic Emirate spokesman: A raid hit a compound in Zhari overnight; one of our mujahideen and a child were martyred.", 2)]
    public void Civilians_mourned_with_an_armed_groups_own_dead_are_counted(string text, long best)
    {
        var killed = Killed(text);
        Assert.Equal((best, best), (killed.Best, killed.High));
    }

    [Fact]
    public void Civilians_an_armed_group_says_its_enemy_killed_stay_its_claim()
    {
        var killed = Killed("Statement of the Islamic Emirate: The invaders bombed homes in Nad Ali last night; twelve civilians were martyred.");
        Assert.Equal((0L, 12L), (killed.Best, killed.High));
    }
}
