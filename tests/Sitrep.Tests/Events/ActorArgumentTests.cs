using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Events;

/// <summary>
/// Who did it and to whom: agent and target of whole short stories written for these tests, read
/// by the default pipeline, with traps where a rule must stay silent.
/// </summary>
public class ActorArgumentTests
{
    private static readonly SitrepPipeline Pipeline = PipelineBuilder.Default();

    private static List<EventMention> Counted(string text) =>
        [.. Pipeline.Process(Article.Create(text, "test", published: new DateOnly(2020, 9, 10))).Events.Where(e => e.Counts)];

    private static EventMention Violent(string text) =>
        Assert.Single(Counted(text), e => e.EventType is "Battles" or "Explosions/Remote violence" or "Violence against civilians");

    [Fact]
    public void A_group_saying_it_was_behind_the_attack_is_its_agent()
    {
        var e = Violent("A suicide bomber blew himself up at a wedding hall in Kabul on Tuesday, killing 14 guests. Islamic State said it was behind the attack.");
        Assert.Equal("Islamic State (Afghanistan)", e.Agent?.ActorName);
        Assert.Contains(e.Evidence, ev => ev.Field == "agent" && ev.Rule.StartsWith("arg.claimed-responsibility"));
    }

    [Fact]
    public void A_group_saying_it_had_carried_out_the_bombing_is_its_agent()
    {
        var e = Violent("A car bomb went off outside a court in Ghazni city on Sunday, killing six people. The Taliban said they had carried out the bombing.");
        Assert.Equal("Taliban", e.Agent?.ActorName);
    }

    [Fact]
    public void Officials_saying_a_group_was_behind_it_blame_that_group()
    {
        var e = Violent("A roadside bomb hit a minibus in Logar province on Monday, killing five passengers. Police said the Taliban were behind it.");
        Assert.Equal("Taliban", e.Agent?.ActorName);
        Assert.Contains(e.Evidence, ev => ev.Field == "agent" && ev.Rule.StartsWith("arg.blamed"));
    }

    [Fact]
    public void A_group_saying_it_was_not_behind_the_attack_names_nobody()
    {
        var e = Violent("A roadside bomb hit a minibus in Logar province on Monday, killing five passengers. The Taliban said they were not behind it.");
        Assert.Equal("Unidentified Armed Group (Afghanistan)", e.Agent?.ActorName);
    }

    [Fact]
    public void A_claim_closing_the_story_reaches_past_sentences_of_detail()
    {
        var e = Violent("""
            A suicide bomber struck a police compound in Kunduz city on Wednesday, killing three policemen, officials said.
            Windows of nearby shops were shattered. The compound had been rebuilt last year. The Taliban claimed responsibility.
            """);
        Assert.Equal("Taliban", e.Agent?.ActorName);
    }

    [Fact]
    public void A_claim_in_a_later_paragraph_does_not_reach_back()
    {
        var e = Assert.Single(Counted("""
            A suicide bomber struck a police compound in Kunduz city on Wednesday, killing three policemen, officials said.

            Last month the Taliban claimed responsibility for a bombing in Baghlan.
            """), e => e.Place?.Text == "Kunduz");
        Assert.Equal("Unidentified Armed Group (Afghanistan)", e.Agent?.ActorName);
    }

    [Fact]
    public void Blame_after_a_sentence_without_an_event_still_names_the_attacker()
    {
        var e = Violent("Rockets hit a residential area of Kabul on Friday, killing two civilians. The launcher was found on a hill nearby. Officials blamed the Taliban.");
        Assert.Equal("Taliban", e.Agent?.ActorName);
    }

    [Fact]
    public void An_attack_claimed_by_a_group_in_an_aside_is_that_groups()
    {
        var events = Counted("Gunmen attacked a bank in Herat city on Monday, killing two guards. A similar attack last month, claimed by Islamic State, killed eight people in Jalalabad.");
        Assert.Contains(events, e => e.Agent?.ActorName == "Islamic State (Afghanistan)" && e.Place?.Text == "Jalalabad");
        Assert.DoesNotContain(events, e => e.Agent?.ActorName == "Islamic State (Afghanistan)" && e.Place?.Text == "Herat city");
    }

    [Fact]
    public void The_blamed_group_is_no_target_of_the_attack()
    {
        var e = Violent("Several civilians were killed when mortar shells hit a market in Ghazni city on Monday, residents said, blaming the Taliban.");
        Assert.Equal("Taliban", e.Agent?.ActorName);
        Assert.NotEqual("Taliban", e.Target?.ActorName);
    }

    [Fact]
    public void The_by_phrase_of_a_strike_names_its_agent_rather_than_the_dead()
    {
        var e = Violent("Nine militants died in a drone strike by US forces in Achin district of Nangarhar on Friday.");
        Assert.Equal("Military Forces of the United States (2017-2021)", e.Agent?.ActorName);
        Assert.Contains(e.Evidence, ev => ev.Field == "agent" && ev.Rule.StartsWith("arg.noun-by"));
    }

    [Fact]
    public void An_attack_by_a_group_is_that_groups_and_its_object_the_target()
    {
        var e = Violent("An attack by the Taliban on a police checkpoint in Ghazni city on Wednesday killed two policemen.");
        Assert.Equal("Taliban", e.Agent?.ActorName);
        Assert.Equal("Police Forces of Afghanistan (2014-2021)", e.Target?.ActorName);
    }

    [Fact]
    public void Aircraft_of_a_force_are_flown_by_that_force()
    {
        var e = Violent("Jets of the Afghan Air Force bombed a Taliban hideout in Farah province on Sunday.");
        Assert.Equal("Military Forces of Afghanistan (2014-2021)", e.Agent?.ActorName);
        Assert.Equal("Taliban", e.Target?.ActorName);
    }

    [Fact]
    public void The_of_phrase_of_an_act_is_not_its_agent()
    {
        var e = Violent("The shelling of villages by the army killed three civilians in Helmand on Monday.");
        Assert.Equal("Military Forces of Afghanistan (2014-2021)", e.Agent?.ActorName);
        Assert.Equal("Civilians (Afghanistan)", e.Target?.ActorName);
    }

    [Fact]
    public void Relatives_of_soldiers_who_protest_are_protesters_not_soldiers()
    {
        var e = Assert.Single(Counted("Relatives of soldiers held by the Taliban protested in Kabul on Monday."));
        Assert.Equal("Protesters (Afghanistan)", e.Agent?.ActorName);
        Assert.Null(e.Target);
    }

    [Theory]
    [InlineData("Police repelled a Taliban attack on a checkpoint in Ghazni city on Tuesday.", "Taliban", "Police Forces of Afghanistan (2014-2021)")]
    [InlineData("Police foiled an assault by the Taliban on a checkpoint in Ghazni city on Tuesday.", "Taliban", "Police Forces of Afghanistan (2014-2021)")]
    [InlineData("Afghan forces beat back a Taliban push towards Kunduz city on Tuesday night.", "Taliban", "Military Forces of Afghanistan (2014-2021)")]
    [InlineData("A Taliban attack on Kunduz city was repulsed by Afghan forces on Monday.", "Taliban", "Military Forces of Afghanistan (2014-2021)")]
    [InlineData("The Taliban repelled an attack by Afghan commandos in Farah province on Sunday.", "Military Forces of Afghanistan (2014-2021)", "Taliban")]
    public void The_attacker_of_a_repelled_attack_is_the_agent_and_the_defender_the_target(string text, string agent, string target)
    {
        var e = Violent(text);
        Assert.Equal((agent, target), (e.Agent?.ActorName, e.Target?.ActorName));
    }

    [Fact]
    public void A_plan_pushed_back_is_no_fight()
    {
        Assert.Empty(Counted("The election was pushed back to October, officials in Kabul said on Monday."));
    }

    [Fact]
    public void Forces_that_retreat_in_the_next_sentence_lost_the_captured_district()
    {
        var e = Violent("Taliban fighters captured the centre of Khwaja Ghar district in Takhar province on Thursday. The security forces stationed there retreated towards Taloqan, he said.");
        Assert.Equal("Military Forces of Afghanistan (2014-2021)", e.Target?.ActorName);
        Assert.Contains(e.Evidence, ev => ev.Field == "target" && ev.Rule.StartsWith("arg.capture-defender-next"));
    }

    [Fact]
    public void Forces_named_in_another_paragraph_did_not_lose_the_district()
    {
        var e = Violent("""
            Taliban fighters captured the centre of Khwaja Ghar district in Takhar province on Thursday.

            Police in Kabul arrested two men on Friday.
            """);
        Assert.Null(e.Target);
    }

    [Fact]
    public void The_police_not_the_officials_held_a_district_they_left()
    {
        var e = Assert.Single(Counted("The Taliban captured the centre of Kiti district in Daykundi on Monday after local officials and police withdrew."));
        Assert.Equal("Police Forces of Afghanistan (2014-2021)", e.Target?.ActorName);
    }

    [Fact]
    public void A_government_that_lost_a_town_in_a_fight_lost_it_with_its_forces()
    {
        var e = Assert.Single(Counted("The Taliban took control of Spin Boldak district in Kandahar on Wednesday after a brief clash; the government said it would retake it."),
            e => e.SubEventType == "Non-state actor overtakes territory");
        Assert.Equal("Military Forces of Afghanistan (2014-2021)", e.Target?.ActorName);
    }

    [Fact]
    public void A_recapture_was_taken_from_the_group_that_had_seized_it()
    {
        var e = Violent("Government forces recaptured the centre of Jalrez district in Wardak province on Tuesday, a week after the Taliban had seized it.");
        Assert.Equal(("Military Forces of Afghanistan (2014-2021)", "Taliban"), (e.Agent?.ActorName, e.Target?.ActorName));
        Assert.Contains(e.Evidence, ev => ev.Field == "target" && ev.Rule.StartsWith("arg.capture-holder"));
    }

    [Fact]
    public void Attackers_who_died_beside_a_named_group_are_its_men_not_its_target()
    {
        var e = Violent("A police officer and four attackers died when Taliban fighters tried to seize the centre of Nawur district in Ghazni province on Sunday.");
        Assert.Equal(("Taliban", "Police Forces of Afghanistan (2014-2021)"), (e.Agent?.ActorName, e.Target?.ActorName));
    }

    [Fact]
    public void Attackers_killed_by_the_police_are_the_target_of_the_police()
    {
        var e = Violent("Police killed four attackers in Ghazni city on Sunday.");
        Assert.Equal("Police Forces of Afghanistan (2014-2021)", e.Agent?.ActorName);
        Assert.Equal("Unidentified Armed Group (Afghanistan)", e.Target?.ActorName);
    }

    [Fact]
    public void Fighting_that_broke_out_when_a_group_attacked_has_the_attack_sides()
    {
        var e = Assert.Single(Counted("Heavy fighting broke out in Kunduz city on Monday when Taliban insurgents attacked a row of army checkposts, officials said."),
            e => e.TriggerText.EndsWith("fighting"));
        Assert.Equal(("Taliban", "Military Forces of Afghanistan (2014-2021)"), (e.Agent?.ActorName, e.Target?.ActorName));
        Assert.Contains(e.Evidence, ev => ev.Field == "agent" && ev.Rule.StartsWith("arg.when-clause"));
    }

    [Fact]
    public void Clashes_between_named_sides_keep_them_whatever_a_when_clause_says()
    {
        var e = Assert.Single(Counted("Clashes between police and the Taliban erupted in Kunduz city on Monday when insurgents attacked a checkpoint."),
            e => e.TriggerText == "Clashes");
        Assert.Equal(("Police Forces of Afghanistan (2014-2021)", "Taliban"), (e.Agent?.ActorName, e.Target?.ActorName));
    }

    [Fact]
    public void The_victim_named_by_a_compound_is_its_head_not_its_modifier()
    {
        var e = Violent("A sticky bomb attached to the car of a government prosecutor blew up in Kabul city on Sunday, killing him and his driver.");
        Assert.Equal(("Unidentified Armed Group (Afghanistan)", "Civilians (Afghanistan)"), (e.Agent?.ActorName, e.Target?.ActorName));
    }

    [Fact]
    public void The_subject_of_a_verb_that_blew_something_up_is_its_agent()
    {
        var e = Assert.Single(Counted("Taliban fighters blew up a bridge in Kunduz province on Sunday."));
        Assert.Equal("Taliban", e.Agent?.ActorName);
    }

    [Fact]
    public void A_truce_brokered_between_two_sides_is_theirs_not_the_go_betweens()
    {
        var e = Assert.Single(Counted("Tribal elders brokered a three-day truce between the Taliban and government forces in Darzab district of Jowzjan on Thursday."));
        Assert.Equal(("Taliban", "Military Forces of Afghanistan (2014-2021)"), (e.Agent?.ActorName, e.Target?.ActorName));
    }

    [Fact]
    public void A_foreign_state_hit_by_violence_is_hit_through_its_forces()
    {
        var e = Violent("Five rockets landed inside Bagram Airfield, the biggest US base in the country, early on Thursday.");
        Assert.Equal("Military Forces of the United States (2017-2021)", e.Target?.ActorName);
        Assert.Contains(e.Evidence, ev => ev.Field == "target" && ev.Rule.EndsWith("+arg.armed-wing"));
    }

    [Fact]
    public void The_afghan_government_as_target_stays_the_government()
    {
        var e = Violent("Gunmen abducted a government official on the road to Khost city on Monday.");
        Assert.NotEqual("Military Forces of Afghanistan (2014-2021)", e.Target?.ActorName);
    }

    [Theory]
    [InlineData("A drone strike killed four militants in Achin district of Nangarhar on Friday.", "Military Forces of the United States (2017-2021)")]
    [InlineData("An air strike killed four militants in Chahar Dara district of Kunduz on Friday.", "Military Forces of Afghanistan (2014-2021)")]
    [InlineData("A US air strike killed four militants in Chahar Dara district of Kunduz on Friday.", "Military Forces of the United States (2017-2021)")]
    public void An_unattributed_air_strike_is_coded_by_convention(string text, string agent)
    {
        Assert.Equal(agent, Violent(text).Agent?.ActorName);
    }

    [Fact]
    public void Them_pushed_out_are_the_group_that_came_in_earlier_in_the_sentence()
    {
        var e = Assert.Single(Counted("On Monday the Taliban entered Qala-e-Naw city and freed prisoners; government forces and commandos pushed them out on Tuesday."),
            e => e.SubEventType == "Government regains territory");
        Assert.Equal(("Military Forces of Afghanistan (2014-2021)", "Taliban"), (e.Agent?.ActorName, e.Target?.ActorName));
    }

    [Fact]
    public void Them_after_an_unnamed_agent_stands_for_nobody()
    {
        var e = Assert.Single(Counted("Government forces said on Monday that they had pushed them out of Qala-e-Naw city."));
        Assert.Null(e.Target);
    }

    [Fact]
    public void A_district_handed_over_by_its_administration_was_the_governments()
    {
        var e = Assert.Single(Counted("The Taliban took over Zaranj city without a fight on Friday after the provincial administration left."));
        Assert.Equal("Government of Afghanistan (2014-2021)", e.Target?.ActorName);
    }

    [Fact]
    public void A_strike_led_by_a_state_is_that_states()
    {
        var e = Violent("A US-led airstrike hit a compound in Kunduz province on Monday, killing six people.");
        Assert.Equal("Military Forces of the United States (2017-2021)", e.Agent?.ActorName);
    }

    [Fact]
    public void A_village_held_by_a_group_is_not_that_groups_act()
    {
        var e = Violent("A Taliban-held village was bombed in Kunduz province on Monday.");
        Assert.NotEqual("Taliban", e.Agent?.ActorName);
    }

    [Fact]
    public void A_repelled_attack_told_in_the_passive_keeps_its_attacker()
    {
        var e = Violent("An attack by Taliban fighters on a checkpoint in Kunduz city on Monday was repelled, officials said.");
        Assert.Equal("Taliban", e.Agent?.ActorName);
    }
}
