using Sitrep.Events;

namespace Sitrep.Tests.Casualties;

/// <summary>
/// A statement headed by a letterhead line ("Security Media Cell", "Niger Defence Ministry communique") is the
/// named party's own statement, as "Security Media Cell:" is: the enemy dead it gives are its claim. A title above a
/// story is no letterhead. Sentences are invented for these tests.
/// </summary>
public class LetterheadTests
{
    private static CasualtyCount Killed(string text) =>
        CasualtyTotals.For(CasualtyPipeline.Run(text).Casualties).Killed ?? throw new Xunit.Sdk.XunitException("no killed figure in: " + text);

    [Theory]
    [InlineData("Security Media Cell\nIS remnants attacked an army post near Tuz Khurmatu on Monday night. One soldier was martyred, and our forces killed four of the attackers.", 1, 5)]
    [InlineData("Mali Armed Forces - General Staff communique\nTerrorists attacked the FAMa camp at Boni on Sunday. Two soldiers lost their lives; 15 terrorists were neutralised.", 2, 17)]
    [InlineData("Forces Armées Maliennes - Communiqué\nTerrorists attacked a convoy near Douentza on Monday. Three soldiers lost their lives; 20 terrorists were neutralised during the riposte.", 3, 23)]
    [InlineData("Inter Services Public Relations (ISPR) - No PR-212/2021\nTerrorists fired on a patrol in Kech District on Friday. One soldier embraced shahadat while four terrorists were killed.", 1, 5)]
    [InlineData("NPA - Southern Tagalog Regional Operational Command\nOn 3 May a Red fighter unit ambushed an army patrol near Lopez Jaena, killing five fascist troops. Our fighters suffered no losses.", 0, 5)]
    public void A_letterhead_that_names_a_party_heads_its_statement(string text, long best, long high)
    {
        var killed = Killed(text);
        Assert.Equal((best, high), (killed.Best, killed.High));
    }

    [Fact]
    public void A_statement_that_cites_its_own_body_still_claims_the_enemy_dead()
    {
        var killed = Killed("Kandahar Police Headquarters\nTaliban fighters attacked a police post in Arghandab on Friday night. Three policemen were killed; six of the attackers were killed, according to police.");
        Assert.Equal((3L, 9L), (killed.Best, killed.High));
    }

    [Fact]
    public void A_title_above_a_story_is_no_letterhead()
    {
        var killed = Killed("Taliban fighters overrun police post in Arghandab\nKANDAHAR - Taliban fighters overran a police post in Arghandab district on Friday, killing three policemen, officials said. Six attackers were also killed.");
        Assert.Equal(9, killed.Best);
    }

    [Fact]
    public void A_party_that_deplores_the_loss_of_its_soldiers_counts_them()
    {
        var killed = Killed("Niger Defence Ministry communique\nOn Friday a military post at Tera came under attack. We deplore the loss of six soldiers; four others were wounded.");
        Assert.Equal(6, killed.Best);
    }

    [Fact]
    public void The_loss_of_places_is_no_toll()
    {
        var killed = CasualtyTotals.For(CasualtyPipeline.Run("The government admitted the loss of three districts in Badakhshan on Monday.").Casualties).Killed;
        Assert.Null(killed);
    }
}
