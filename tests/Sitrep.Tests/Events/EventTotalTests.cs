using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Events;

/// <summary>
/// An event's one total across sides and sentences (issue #18), on the whole pipeline: the other
/// side's dead told in the next sentence, suicide attackers, a breakdown told after the total,
/// and a title-only item that counts its dead.
/// </summary>
public class EventTotalTests
{
    private static readonly SitrepPipeline Pipeline = PipelineBuilder.Default();

    private static long? Best(string text) => Counted(text).Fatalities?.Best;

    private static EventMention Counted(string text) =>
        Assert.Single(Pipeline.Process(Article.Create(text, "test", published: new DateOnly(2020, 3, 12))).Events, e => e.Counts);

    [Fact]
    public void The_other_sides_dead_in_the_next_sentence_add_to_the_toll()
    {
        var e = Counted("Two policemen died when insurgents stormed a checkpoint in Arghandab district of Kandahar on Tuesday night. Provincial officials said four attackers were also killed in the ensuing gunfight.");
        Assert.Equal(6, e.Fatalities?.Best);
        // the later sentence is read as the same event told again ("the ensuing gunfight"), and its figure keeps that rule
        Assert.Contains(e.Evidence, ev => ev.Field == "fatalities" && ev.Text == "four"
            && (ev.Rule.EndsWith("+event.continuation", StringComparison.Ordinal) || ev.Rule.EndsWith("+event.anaphora", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_second_figure_for_the_same_side_stays_a_rival_claim()
    {
        var e = Counted("Two policemen died when insurgents stormed a checkpoint in Arghandab district of Kandahar on Tuesday night. A police spokesman later put the toll at five policemen killed.");
        Assert.NotEqual(7, e.Fatalities?.Best);
    }

    [Fact]
    public void A_suicide_attacker_the_text_does_not_count_is_counted_low_keeps_the_written_figure()
    {
        var e = Counted("A suicide bomber blew himself up near a mosque in Jalalabad city on Friday, killing 9 people, officials said.");
        Assert.Equal((10L, 9L, 10L), (e.Fatalities!.Best, e.Fatalities.Low, e.Fatalities.High));
        Assert.Contains(e.Evidence, ev => ev.Field == "fatalities" && ev.Rule == "casualty.suicide-attacker");
    }

    [Fact]
    public void Two_written_suicide_bombers_are_both_counted()
    {
        var e = Counted("Two suicide bombers rammed explosives-laden vehicles into the gate of a hotel in Kandahar city on Friday, killing 11 people, police said.");
        Assert.Equal((13L, 11L, 13L), (e.Fatalities!.Best, e.Fatalities.Low, e.Fatalities.High));
        Assert.Contains(e.Evidence, ev => ev.Rule == "casualty.suicide-attackers-written");
    }

    [Theory]
    // a title's figure of the dead before "suicide bomber" is not the number of bombers
    [InlineData("Kunduz: 6 dead as suicide bomber strikes mosque in Imam Sahib", 7L, 6L)]
    [InlineData("Ghazni: four killed as suicide bomber hits police convoy in Andar", 5L, 4L)]
    public void A_headline_figure_before_the_bomber_counts_the_dead_once(string text, long best, long low)
    {
        var e = Counted(text);
        Assert.Equal((best, low), (e.Fatalities!.Best, e.Fatalities.Low));
        Assert.DoesNotContain(e.Evidence, ev => ev.Rule == "casualty.suicide-attackers-written");
    }

    [Fact]
    public void Residents_naming_people_also_among_the_dead_add_to_the_officials_toll()
    {
        var e = Counted("A drone strike killed nine Taliban fighters in Musa Qala district of Helmand on Sunday, the governor's office said. Villagers said two shepherds were also among the dead.");
        Assert.Equal(11, e.Fatalities?.Best);
    }

    [Fact]
    public void A_suicide_attacker_reported_dead_is_counted_once()
    {
        var e = Counted("On 12 March 2020, a suicide bomber struck a police truck in Kandahar city, killing 23 people. The bomber also died.");
        Assert.Equal((24L, 24L, 24L), (e.Fatalities!.Best, e.Fatalities.Low, e.Fatalities.High));
        Assert.DoesNotContain(e.Evidence, ev => ev.Rule.StartsWith("casualty.suicide-attacker", StringComparison.Ordinal));
    }

    [Fact]
    public void A_breakdown_sentence_adds_no_dead()
    {
        var e = Counted("Six people died when a suicide bomber rammed a car into the gate of the district compound in Kandahar on Thursday, officials said. The dead included the district police chief; a cleaner was also killed.");
        Assert.Equal(7, e.Fatalities?.Best); // the six and the bomber, not the chief and the cleaner again
    }

    [Theory]
    [InlineData("Six people died, the attacker among them, when a suicide bomber rammed a car into the gate of the district compound in Kandahar on Thursday, officials said.")]
    [InlineData("A suicide bomber struck the gate of the district compound in Kandahar on Thursday, killing six people, officials said. The bomber was among the dead.")]
    public void A_bomber_the_text_counts_among_the_dead_is_not_added_again(string text) =>
        Assert.Equal(6, Best(text));

    [Theory]
    [InlineData("Ministry of Interior: A car bomber targeted a police convoy in Logar this morning. Three police officers were killed and the attacker died in the blast.", 4)]
    [InlineData("Ministry of Defense: ANA commandos raided Taliban positions in Chora district of Uruzgan yesterday. 23 Taliban terrorists were killed and 7 wounded.", 0)]
    [InlineData("Ministry of Defense: 4 ANA soldiers were martyred when Taliban attacked a checkpoint in Chora district of Uruzgan yesterday.", 4)]
    [InlineData("KABUL (Reuters) - Taliban fighters attacked an army base in Uruzgan on Thursday, the army said, adding that 17 attackers were also killed.", 17)]
    [InlineData("The army claimed on Wednesday to have killed 20 militants in air strikes in Chora district of Uruzgan.", 0)]
    [InlineData("Police: 6 officers killed as gunmen raid checkpoint in Imo; 2 attackers shot dead", 8)] // a title quoting the police relays them
    public void A_state_body_s_figure_of_enemy_dead_is_a_claim_only_in_its_own_statement_or_when_it_claimed_it(string text, long best) =>
        Assert.Equal(best, Best(text));

    [Theory]
    [InlineData("Army statement: Militants attacked a patrol near Kareto in Borno State on Thursday. Two gallant soldiers paid the supreme price.", 2)]
    [InlineData("Press release: Terrorists attacked an FC camp in Panjgur on Wednesday night; 3 soldiers embraced shahadat in the exchange of fire.", 3)]
    [InlineData("An IED planted on the road detonated in Grishk city this morning, martyring two police officers and injuring a civilian.", 2)]
    public void Military_idioms_for_death_are_counted(string text, long best) =>
        Assert.Equal(best, Best(text));

    [Fact]
    public void One_figure_for_the_killed_and_the_wounded_together_is_no_death_toll()
    {
        var e = Counted("Insurgents attacked a police post in Shah Joy district of Zabul on Monday, killing and wounding 40 people, officials said.");
        Assert.Equal((0L, 40L), (e.Fatalities!.Best, e.Fatalities.High));
    }

    [Theory]
    [InlineData("Taliban assault on police HQ kills 19", 19)]
    [InlineData("70 militants, 15 police killed in fighting in southern Afghanistan", 85)]
    [InlineData("Afghan official: 19 police dead in siege", 19)]
    public void A_title_only_item_that_counts_its_dead_is_an_event(string title, long killed) =>
        Assert.Equal(killed, Best(title));

    [Fact]
    public void A_citation_string_of_two_outlets_titles_is_one_event()
    {
        var events = Pipeline.Process(Article.Create("Wire 2020-08-14; 'Logar: 4 security forces killed in Taliban attack'; Other News 2020-08-15 'Taliban attack on checkpoint leaves 4 dead'", "test", published: new DateOnly(2020, 8, 15))).Events;
        var e = Assert.Single(events, x => x.Counts);
        Assert.Equal(4, e.Fatalities?.Best);
        Assert.Contains(events, x => x.Evidence.Any(ev => ev.Field == "modality" && ev.Rule == "event.title-repeat"));
    }

    [Fact]
    public void A_title_over_a_body_is_still_left_to_the_body()
    {
        var events = Pipeline.Process(Article.Create("Taliban assault on police HQ kills 19\nThe Taliban attacked the police headquarters in Ghazni city on Tuesday, killing 19 policemen, officials said.", "test", published: new DateOnly(2020, 3, 12))).Events;
        var e = Assert.Single(events, x => x.Counts);
        Assert.True(e.Sentence.Start > 0);
    }

    [Fact]
    public void A_title_only_item_without_a_count_stays_unanchored()
    {
        var events = Pipeline.Process(Article.Create("Taliban assault on police HQ", "test", published: new DateOnly(2020, 3, 12))).Events;
        Assert.DoesNotContain(events, e => e.Counts);
    }

    [Theory]
    [InlineData("Islamic Emirate: Last night enemy soldiers raided a school in Khan Abad district of Kunduz. The mujahideen repelled the raid and killed 9 soldiers. Three mujahideen were martyred.", 3L, 12L)]
    [InlineData("Insurgents attacked a police post in Nahr-e Saraj district of Helmand on Monday night. Police pushed back the assault, killing six attackers, officials said.", 6L, 6L)]
    [InlineData("Taliban fighters stormed a checkpoint in Khash Rod district of Nimroz overnight. Soldiers fought off the attack and four Taliban were killed, the governor said.", 4L, 4L)]
    public void Fending_off_the_attack_told_before_is_the_same_event(string text, long best, long high)
    {
        var e = Counted(text);
        Assert.Equal((best, high), (e.Fatalities?.Best, e.Fatalities?.High));
    }

    [Fact]
    public void A_strike_told_again_by_the_other_side_is_one_event_even_with_an_intended_act()
    {
        // "who were preparing to attack" is no attack that happened, so the sentence still refers back to the strike
        var e = Counted("Islamic Emirate spokesman: Last night enemy aircraft bombed homes in Chora district of Uruzgan, martyring 5 civilians. The army's corps said the air strike had killed eight Taliban fighters who were planning to attack a base.");
        Assert.Equal((8L, 13L), (e.Fatalities?.Best, e.Fatalities?.High));
    }

    [Fact]
    public void A_toll_so_far_adds_to_the_fighting_just_told()
    {
        // "since Saturday" counts the dead of the fighting the lead tells; it dates no new event
        var e = Counted("KUNDUZ, Afghanistan (AFP) - Heavy fighting raged for a third day on Monday in Kunduz city after Taliban fighters entered the outskirts. At least 8 soldiers and 20 Taliban have been killed since Saturday, according to a provincial council member.");
        Assert.Equal(28, e.Fatalities?.Best);
    }

    [Theory]
    [InlineData("Unknown gunmen shot dead three employees of a private bank in Jalalabad city on Sunday; a guard was wounded.", 3L, 1L)]
    [InlineData("Gunmen killed two teachers on their way to school in Maiwand district of Kandahar on Monday; a student was injured.", 2L, 1L)]
    public void A_later_clause_of_the_killing_tells_more_of_its_victims(string text, long killed, long injured)
    {
        var e = Counted(text);
        Assert.Equal((killed, injured), (e.Fatalities?.Best, e.Injuries?.Best));
    }

    [Theory]
    [InlineData("Security forces fired on protesters in Taloqan city on Saturday, killing three and wounding 14, witnesses said.", 3L)]
    [InlineData("Police fire on demonstrators in Herat, killing one and wounding 9", 1L)]
    public void Force_on_a_crowd_counts_its_dead(string text, long best)
    {
        var e = Counted(text);
        Assert.Equal("Protests", e.EventType);
        Assert.Equal(best, e.Fatalities?.Best);
    }

    [Theory]
    [InlineData("Gunmen stormed a guesthouse in Kabul on Friday, killing 9 guests, police said. Commandos ended the siege after six hours, killing all three gunmen.", 12L)]
    [InlineData("Insurgents attacked a convoy in Zhari district of Kandahar on Monday; soldiers killed all 7 attackers, officials said.", 7L)]
    public void All_of_a_number_counts_that_number(string text, long best) => Assert.Equal(best, Counted(text).Fatalities?.Best);

    [Fact]
    public void An_armed_groups_martyrdom_seeker_is_its_own_counted_suicide_attacker()
    {
        // the group's claim of the dead it caused is not counted; the bomber it sent is
        var e = Counted("Amaq: A martyrdom-seeker of the Islamic State detonated his explosive belt at a gate of an army base in Jalalabad city on Sunday, killing 25 soldiers.");
        Assert.Equal("Explosions/Remote violence", e.EventType);
        Assert.Equal((1L, 26L), (e.Fatalities?.Best, e.Fatalities?.High));
    }

    [Theory]
    [InlineData("Three men were killed when gunmen attacked a house in Khost city on Monday. Local sources also reported two gunmen killed.", 5L)]
    [InlineData("Four people died when insurgents stormed a village in Shinwar district of Nangarhar on Friday. Elders also said three attackers were killed.", 7L)]
    public void An_additive_cue_before_a_later_figure_adds_its_dead(string text, long best) => Assert.Equal(best, Counted(text).Fatalities?.Best);
}
