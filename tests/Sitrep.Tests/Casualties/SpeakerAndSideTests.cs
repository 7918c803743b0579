using Sitrep.Events;

namespace Sitrep.Tests.Casualties;

/// <summary>
/// Who speaks and whose dead a figure counts (issue #18, round 7): a state body's own statement that kills
/// "N of the group" it struck claims its enemy's dead; "said the X also lost N men" makes X the side that
/// lost them, not the speaker; a relative clause and an article inside a subject keep the whole subject; "and executed
/// them" counts the object of the verb before; "says its jets killed" is the party's own claim; "no other
/// casualties" cancels nobody already counted; the attackers of a suicide assault are its toll.
/// Sentences are invented for these tests.
/// </summary>
public class SpeakerAndSideTests
{
    private static CasualtyCount Killed(string text) =>
        CasualtyTotals.For(CasualtyPipeline.Run(text).Casualties).Killed ?? throw new Xunit.Sdk.XunitException("no killed figure in: " + text);

    [Theory]
    [InlineData("Ministry of Defence: Jets struck a meeting of al-Shabaab near Jilib on Friday, killing 12 of the group.", 12)]
    [InlineData("Ministry of National Defence: Troops attacked a rebel camp near Macomia and killed nine terrorists. No soldier was hurt.", 9)]
    public void A_state_bodys_own_statement_of_the_enemy_it_killed_is_a_claim(string text, long claimed)
    {
        var killed = Killed(text);
        Assert.Equal((0L, claimed), (killed.Best, killed.High));
        Assert.Contains(killed.Parts, p => p.PartyClaim is not null);
    }

    [Fact]
    public void The_side_that_lost_men_is_not_the_speaker()
    {
        var casualties = CasualtyPipeline.Run("The district chief, Abdul Wahid, said the militants also lost six men in the assault.").Casualties;
        var lost = Assert.Single(casualties);
        Assert.Equal(("insurgent", 6L), (lost.Side, lost.Count.Value));
        Assert.DoesNotContain("militants", lost.ClaimedBy ?? "");
    }

    [Theory]
    [InlineData("The two soldiers who guarded the bridge were killed by a sniper.", 2)]
    [InlineData("The bomber and the three gunmen who came with him were also killed, the governor said.", 4)]
    [InlineData("A guard and the two raiders were killed in the shootout.", 3)]
    public void A_relative_clause_or_an_article_stays_inside_the_subject(string text, long killed) =>
        Assert.Equal(killed, CasualtyPipeline.Totals(text).Killed);

    [Theory]
    [InlineData("Raiders stopped a truck near Tillaberi, took off 14 traders and executed them, the mayor said.", 14)]
    [InlineData("The gang seized three guards and then killed them.", 3)]
    public void Them_after_the_kill_word_is_the_counted_object_of_the_verb_before(string text, long killed) =>
        Assert.Equal(killed, CasualtyPipeline.Totals(text).Killed);

    [Fact]
    public void Them_after_a_verb_that_kills_nobody_counts_nobody() =>
        Assert.Equal(-1, CasualtyPipeline.Totals("Soldiers detained 12 suspects and questioned them.").Killed);

    [Theory]
    [InlineData("Houthis say their drones struck a camp near Marib and killed 40 soldiers", 40)]
    [InlineData("The TPLF said its fighters ambushed a column and killed 25 troops.", 25)]
    public void A_party_saying_its_own_forces_killed_claims_the_figure(string text, long claimed)
    {
        var killed = Killed(text);
        Assert.Equal((0L, claimed), (killed.Best, killed.High));
    }

    [Theory]
    [InlineData("Guards shot dead a motorcyclist who drove at the gate of the base in Chaman. No other casualties.", 1)]
    [InlineData("Police killed a gunman outside the court. There were no other casualties.", 1)]
    public void No_other_casualties_keeps_the_dead_already_counted(string text, long killed) =>
        Assert.Equal(killed, CasualtyPipeline.Totals(text).Killed);

    [Theory]
    [InlineData("Herat police: A suicide attacker blew himself up at the gate and two gunmen ran inside; all three attackers were killed. Four officers were martyred.", 7)]
    public void The_attackers_of_a_suicide_assault_are_its_toll_not_a_claim(string text, long killed) =>
        Assert.Equal(killed, CasualtyPipeline.Totals(text).Killed);

    [Fact]
    public void Attackers_a_state_body_killed_in_an_ordinary_assault_stay_its_claim() =>
        Assert.Equal(0, Killed("Herat police: Gunmen attacked a checkpoint at night; five of the attackers were killed.").Best);
}
