using Sitrep.Events;

namespace Sitrep.Tests.Casualties;

/// <summary>
/// A party's statement (issue #18, session 15): what it tells of its own dead is counted, its enemy's dead are its
/// claim, coded 0 and kept in high, also when they are named only by "their" after the side, and a state body's own
/// statement claims the enemy it says it killed. Sentences are invented for these tests.
/// </summary>
public class OwnSideInStatementTests
{
    private static CasualtyCount Killed(string text) =>
        CasualtyTotals.For(CasualtyPipeline.Run(text).Casualties).Killed ?? throw new Xunit.Sdk.XunitException("no killed figure in: " + text);

    [Theory]
    [InlineData("Ministry of Interior: Militants attacked a police post in Dehrawud district on Friday night. One policeman died. The militants fled and left nine of their dead behind.", 1, 10)]
    [InlineData("Defence Headquarters: Terrorists attacked a base near Monguno. Two soldiers died and the insurgents abandoned twelve of their dead in the bush.", 2, 14)]
    public void Dead_named_by_their_after_the_enemy_are_its_claim(string text, long best, long high)
    {
        var killed = Killed(text);
        Assert.Equal((best, high), (killed.Best, killed.High));
    }

    [Theory]
    [InlineData("People's Defence Force statement: Our units attacked a military column near Kani on 3 May, killing nine soldiers. We lost three comrades and two were wounded.", 3)]
    [InlineData("Burkina Faso Ministry of Defence: Units repelled an attack on the Djibo detachment, killing 15 terrorists. Four members of the FDS lost their lives.", 4)]
    public void Own_losses_beside_a_claim_are_counted(string text, long best)
    {
        var killed = Killed(text);
        Assert.Equal(best, killed.Best);
        Assert.Contains(killed.Parts, p => p.PartyClaim is not null);
    }

    [Fact]
    public void The_comrades_a_party_lost_are_no_injured()
    {
        var (_, injured) = CasualtyTotals.For(CasualtyPipeline.Run(
            "People's Defence Force statement: Our units attacked a military column near Kani on 3 May, killing nine soldiers. We lost three comrades and two were wounded.").Casualties);
        Assert.Equal(2, injured?.Best);
    }

    [Fact]
    public void A_bare_figure_joined_to_the_speakers_own_dead_is_its_own_too()
    {
        var (_, injured) = CasualtyTotals.For(CasualtyPipeline.Run(
            "Statement of the Islamic Emirate: The mujahideen stormed a militia post in Shahrak on Friday and killed 11 gunmen. Three of ours were martyred and two were injured.").Casualties);
        Assert.Equal(2, injured?.Best);
    }

    [Fact]
    public void The_ethiopian_army_in_its_own_statement_claims_the_enemy_it_killed()
    {
        var killed = Killed("ENDF: Army units repulsed an attack by TPLF forces near Kobo on Monday, killing more than 80 of the enemy's fighters.");
        Assert.Equal((0L, 80L), (killed.Best, killed.High));
    }
}
