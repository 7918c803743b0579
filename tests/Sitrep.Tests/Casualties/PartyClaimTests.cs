using Sitrep.Events;

namespace Sitrep.Tests.Casualties;

/// <summary>
/// A figure whose only source is an armed group's own claim of its enemy's dead is coded 0 and
/// kept as a claim (CODING_CONVENTIONS: "Fatalities coded as 0 (Taliban reported 12)"); what a
/// party admits of its own dead, civilian deaths, and official figures are counted as reported.
/// </summary>
public class PartyClaimTests
{
    private static CasualtyCount Killed(string text) =>
        CasualtyTotals.For(CasualtyPipeline.Run(text).Casualties).Killed ?? throw new Xunit.Sdk.XunitException("no killed figure in: " + text);

    [Theory]
    [InlineData("Taliban spokesman Zabihullah Mujahid said the group's fighters killed 25 soldiers in an attack on a base.", 25)]
    [InlineData("According to the Taliban, 18 commandos were killed in the fighting.", 18)]
    [InlineData("Al-Shabaab said its fighters killed 30 soldiers in an attack on a base.", 30)]
    [InlineData("The Islamic State group claimed that its fighters killed 12 Taliban members.", 12)]
    public void An_armed_groups_claim_of_enemy_dead_is_coded_zero_with_the_claim_kept(string text, long claimed)
    {
        var killed = Killed(text);
        Assert.Equal((0L, 0L, claimed), (killed.Best, killed.Low, killed.High));
        var part = Assert.Single(killed.Parts);
        Assert.NotNull(part.PartyClaim);
        Assert.Contains(killed.Claims, c => c.Best == claimed && c.ClaimedBy == part.ClaimedBy);
    }

    [Theory]
    [InlineData("Four civilians were killed in a rocket attack, the Taliban said.", 4)]
    [InlineData("The Afghan army said 32 insurgents were killed.", 32)]
    [InlineData("The Taliban said two of their fighters were martyred in the raid.", 2)]
    [InlineData("Five soldiers were killed, the ministry said.", 5)]
    public void Own_losses_civilians_and_official_figures_are_counted(string text, long best)
    {
        var killed = Killed(text);
        Assert.Equal(best, killed.Best);
        Assert.All(killed.Parts, p => Assert.Null(p.PartyClaim));
    }

    [Fact]
    public void A_statement_that_opens_with_its_speaker_is_that_partys_claim_throughout()
    {
        var killed = Killed("Statement of the Islamic Emirate: Mujahideen attacked enemy posts in Zurmat last night. 13 soldiers were killed and their weapons seized; two mujahideen were martyred.");
        Assert.Equal((2L, 2L, 15L), (killed.Best, killed.Low, killed.High));
        Assert.Equal(["Statement of the Islamic Emirate"], killed.Parts.Select(p => p.ClaimedBy).Distinct());
    }

    [Fact]
    public void An_official_figure_beside_a_party_claim_stays_the_best()
    {
        // the claim is a rival figure for the same soldiers: it widens high, it does not add to it
        var killed = Killed("Officials said 3 soldiers were killed; the Taliban said they killed 20 soldiers.");
        Assert.Equal(3, killed.Best);
        Assert.Equal(20, killed.High);
        Assert.Equal(["Officials", "the Taliban"], killed.Claims.Select(c => c.ClaimedBy));
    }

    [Fact]
    public void A_parallel_government_speaks_for_its_armed_wing()
    {
        // the NUG's ministry is the PDF's voice: the soldiers it says were killed are a claim, its own dead are counted
        var killed = Killed("NUG Ministry of Defence: PDF fighters ambushed an army convoy near Kani township on Monday. 20 junta soldiers were killed. Three of our comrades sacrificed their lives.");
        Assert.Equal((3L, 3L, 23L), (killed.Best, killed.Low, killed.High));
    }

    [Theory]
    [InlineData("Statement of the Islamic Emirate: Fighters of the resistance front attacked a post in Rukha district overnight. One mujahid was martyred; five of the attackers were killed.", 1, 6)]
    [InlineData("Ministry of Interior: Police repelled an assault on a checkpoint in Gereshk district on Sunday. Four of the assailants were killed and one policeman was martyred.", 1, 5)]
    [InlineData("Zabihullah Mujahid: The mujahideen killed 11 enemy in Nerkh district last night and seized their weapons.", 0, 11)]
    [InlineData("Spokesman of the Islamic Emirate: The invaders raided a village in Andar district at dawn; 8 of the invaders were killed and one mujahid was martyred.", 1, 9)]
    public void Victims_named_by_what_they_did_to_the_speaker_are_its_enemy(string text, long best, long high)
    {
        // "attackers", "enemy", "invaders" have no side of their own: in a party's statement they are the other camp
        var killed = Killed(text);
        Assert.Equal((best, high), (killed.Best, killed.High));
    }

    [Theory]
    [InlineData("Islamic Emirate spokesman: The occupiers bombed a village in Sangin district this morning. Nine civilians were martyred and four wounded.", 9)]
    [InlineData("Statement of the Islamic Emirate: Enemy forces shelled homes in Nawa district on Friday, martyring 6 civilians including two children.", 6)]
    [InlineData("Al-Shabaab statement: Crusader aircraft struck a village near Jilib on Monday and killed 14 civilians.", 14)]
    public void An_armed_groups_own_statement_of_civilians_its_enemy_killed_is_an_accusation(string text, long claimed)
    {
        var killed = Killed(text);
        Assert.Equal((0L, claimed), (killed.Best, killed.High));
        Assert.All(killed.Parts, p => Assert.NotNull(p.PartyClaim));
    }

    [Theory]
    [InlineData("The army said it killed 40 militants in an operation near Gao on Tuesday.", 40)]
    [InlineData("US forces said they had killed 12 Taliban fighters in a drone strike in Chahar Bolak.", 12)]
    [InlineData("The Defence Ministry says it 'neutralised' 23 terrorists in Marib.", 23)]
    [InlineData("Police said they shot dead three gunmen after a chase in Gardez.", 3)]
    public void A_party_telling_what_it_killed_itself_claims_it(string text, long claimed)
    {
        // "said it killed" frames the figure as the speaker's own claim, however it is relayed
        var killed = Killed(text);
        Assert.Equal((0L, claimed), (killed.Best, killed.High));
    }

    [Theory]
    [InlineData("The army said 40 militants were killed in an operation near Gao on Tuesday.", 40)]
    [InlineData("Police said the gunmen killed three shopkeepers in Gardez.", 3)]
    public void A_party_relaying_others_deaths_is_reported(string text, long best) => Assert.Equal(best, Killed(text).Best);

    [Theory]
    [InlineData("FARDC Sokola 2 spokesman: Our forces killed 6 ADF fighters near Oicha on Monday.", 6)]
    [InlineData("SANA: Army units repelled an attack by terrorist groups near Saraqib, killing 12 terrorists.", 12)]
    [InlineData("SDF media office: Our fighters killed 9 ISIS members in a raid near Hajin.", 9)]
    [InlineData("FAMa communique: The army neutralised 15 terrorists near Boni on Sunday.", 15)]
    public void Statements_of_other_countries_parties_are_claims(string text, long claimed)
    {
        var killed = Killed(text);
        Assert.Equal((0L, claimed), (killed.Best, killed.High));
    }

    [Theory]
    [InlineData("Soldiers repelled an attack on a base in Nawa district overnight, killing 21 insurgents, the army said. The Taliban said they had killed 9 soldiers and suffered no casualties.", 0, 21)]
    [InlineData("Police said 14 Taliban were killed in the clash. The Taliban denied the figure, saying none of their fighters had been killed.", 0, 14)]
    public void A_figure_the_other_side_denies_is_a_rival_claim(string text, long best, long denied)
    {
        var killed = Killed(text);
        Assert.Equal(best, killed.Best);
        Assert.True(killed.High >= denied);
    }

    [Fact]
    public void A_figure_the_other_side_does_not_deny_stays_counted()
    {
        // the Taliban give their own figure of soldiers killed, but say nothing of their own dead
        var killed = Killed("Clashes left 18 militants and 3 soldiers dead, according to the army. The Taliban said 20 soldiers had been killed.");
        Assert.Equal(21, killed.Best);
    }

    [Theory]
    [InlineData("NRF spokesman: Our fighters ambushed a Taliban convoy in Dara district on Monday, killing 21 Taliban. Three of our fighters were martyred.", 3, 24)]
    [InlineData("National Resistance Front statement: Our forces repelled a Taliban assault in Anaba overnight and killed 15 of the enemy. One of our fighters was martyred.", 1, 16)]
    public void The_resistance_fronts_figure_of_taliban_dead_is_its_claim(string text, long best, long high)
    {
        var killed = Killed(text);
        Assert.Equal((best, high), (killed.Best, killed.High));
    }

    [Theory]
    [InlineData("Army statement: Troops cleared militants from two villages in the district on Monday, killing 12 of them. One soldier was injured.", 12)]
    [InlineData("Ministry of Defence: Commandos raided a hideout in the district overnight, killing seven of them.", 7)]
    public void In_a_state_bodys_own_statement_those_killed_of_them_are_its_enemy(string text, long claimed)
    {
        var killed = Killed(text);
        Assert.Equal((0L, claimed), (killed.Best, killed.High));
        Assert.All(killed.Parts, p => Assert.NotNull(p.PartyClaim));
    }

    [Fact]
    public void Of_them_relayed_by_officials_stays_counted()
    {
        Assert.Equal(12, Killed("Police said gunmen attacked a wedding, killing 12 of them.").Best);
    }
}
