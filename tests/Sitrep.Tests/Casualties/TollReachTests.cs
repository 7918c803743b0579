using Sitrep.Events;

namespace Sitrep.Tests.Casualties;

/// <summary>
/// A toll's figure after a long description of its event ("the death toll in yesterday's attack on
/// the mosque in the city has risen to 47"), and a bare participle sourced by "per" ("10 soldiers
/// and 14 Taliban killed per officials").
/// </summary>
public class TollReachTests
{
    private static CasualtyCount? Killed(string text) => CasualtyTotals.For(CasualtyPipeline.Run(text).Casualties).Killed;

    [Theory]
    [InlineData("The death toll in Friday's bombing of the Shia mosque in Kunduz city has risen to 62, a hospital official said.", 62)]
    [InlineData("The death toll from the suicide attack on a wedding hall in western Kabul rose to 63 on Sunday.", 63)]
    [InlineData("The death toll in the assault on the provincial police headquarters in Gardez stood at 19.", 19)]
    [InlineData("The death toll from Tuesday's truck bombing near the market in the centre of the town reached 40.", 40)]
    public void A_toll_reaches_its_figure_past_a_long_description(string text, long best) => Assert.Equal(best, Killed(text)?.Best);

    [Fact]
    public void Far_from_the_toll_a_figure_without_a_link_word_is_not_its_value()
    {
        // the figure after "in" is a date or a count of something else, not what the toll reached
        var killed = Killed("The death toll has not been released by the authorities of the province after the attack on 12 schools.");
        Assert.Null(killed);
    }

    [Theory]
    [InlineData("10 soldiers and 14 Taliban killed per provincial officials; 9 civilians wounded.", 24)]
    [InlineData("Three police and two civilians killed per local sources.", 5)]
    public void A_bare_participle_sourced_by_per_is_passive(string text, long best) => Assert.Equal(best, Killed(text)?.Best);
}
