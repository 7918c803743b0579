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
}
