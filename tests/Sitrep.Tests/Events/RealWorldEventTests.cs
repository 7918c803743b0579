using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Events;

/// <summary>
/// One event's total in real-world-style texts (issue #18, session 11): a toll sentence whose attack is
/// only its setting, attackers killed after the toll, property destroyed in the attack that kills, and
/// suicide bombers counted by the figure written before them. Sentences are invented for these tests.
/// </summary>
public class RealWorldEventTests
{
    private static readonly SitrepPipeline Pipeline = PipelineBuilder.Default();

    private static IReadOnlyList<EventMention> Counted(string text) =>
        [.. Pipeline.Process(Article.Create(text, "test", published: new DateOnly(2021, 5, 12))).Events.Where(e => e.Counts)];

    [Theory]
    [InlineData("Heavy fighting broke out between the Taliban and government forces around Kunduz city on Monday. Four civilians died after a rocket hit their house.", 4)]
    [InlineData("Militants attacked an army post in Marjah district of Helmand on Monday. In an exchange of fire, seven militants were killed.", 7)]
    public void A_toll_whose_attack_is_its_setting_continues_the_event(string text, long killed)
    {
        var e = Assert.Single(Counted(text));
        Assert.Equal(killed, e.Fatalities?.Best);
        Assert.Contains(e.Evidence, ev => ev.Field == "fatalities" && ev.Rule.EndsWith("+event.continuation", StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_attack_told_as_a_subject_is_still_its_own_event()
    {
        var events = Counted("Militants attacked an army post in Marjah district of Helmand on Monday, killing two soldiers. A roadside bomb killed three civilians in Marjah district on Tuesday.");
        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void Attackers_killed_after_the_toll_add_to_it()
    {
        var e = Assert.Single(Counted("Gunmen stormed a clinic in Jalalabad city on Monday, killing 11 people, officials said. All four attackers were killed by police after a siege of several hours."));
        Assert.Equal(15, e.Fatalities?.Best);
    }

    [Fact]
    public void Property_destroyed_in_an_attack_that_kills_is_part_of_that_attack()
    {
        var e = Assert.Single(Counted("Gunmen killed 8 herders and torched their huts in an attack on a village in Plateau state on Saturday."));
        Assert.Equal(8, e.Fatalities?.Best);
        Assert.Contains(e.Evidence, ev => ev.Rule == "event.destruction-in-attack");
    }

    [Fact]
    public void Destruction_told_beside_a_passive_toll_is_not_merged_into_it()
    {
        // "19 soldiers were killed" is a toll, not an attack: the destruction is not folded into it
        var events = Pipeline.Process(Article.Create("Two trucks were destroyed and 5 guards were killed.", "test", published: new DateOnly(2021, 5, 12))).Events;
        Assert.DoesNotContain(events, ev => ev.Evidence.Any(x => x.Rule == "event.destruction-in-attack"));
    }

    [Fact]
    public void Suicide_bombers_are_counted_by_the_figure_before_their_adjectives()
    {
        var e = Assert.Single(Counted("Two teenage suicide bombers blew themselves up at a bus station in Maiduguri on Sunday, killing six people, a police spokesman said."));
        Assert.Equal((8L, 6L), (e.Fatalities!.Best, e.Fatalities.Low));
        Assert.Contains(e.Evidence, ev => ev.Rule == "casualty.suicide-attackers-written");
    }

    [Fact]
    public void Mujahideen_a_group_admits_lost_add_to_the_enemy_dead_it_claims()
    {
        // "mujahideen" is the insurgent side: its own dead in the next sentence are another side, not a rival figure
        var e = Assert.Single(Counted("Islamic Emirate: The mujahideen attacked an army post in Zurmat district of Paktia on Monday and killed 14 soldiers. Three mujahideen were martyred."));
        Assert.Equal(3, e.Fatalities?.Best);
        Assert.Equal(17, e.Fatalities?.High);
    }
}
