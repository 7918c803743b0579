using Sitrep.Events;
using static Sitrep.Tests.Events.EventTestKit;

namespace Sitrep.Tests.Events;

/// <summary>Coding conventions applied on top of what the text says: default agents, armed wings, claims, transfers, crowds.</summary>
public class ConventionTests
{
    [Fact]
    public void Unattributed_bombing_is_coded_to_an_unidentified_armed_group_with_its_own_rule()
    {
        var e = Assert.Single(Extract("A roadside bomb killed two police officers in Logar."));
        Assert.Equal("unidentified_af", e.Agent?.ActorId);
        Assert.Equal("Unidentified Armed Group (Afghanistan)", e.Agent?.ActorName);
        Assert.Contains(e.Evidence, ev => ev.Field == "agent" && ev.Rule == "arg.default-unattributed" && ev.Text == "roadside bomb");
    }

    [Fact]
    public void Air_strike_without_agent_is_coded_to_the_state_that_flies()
    {
        // only state forces flew: the Afghan air force, and the Americans for drones
        var e = Assert.Single(Extract("An air strike hit a house in Kunduz."));
        Assert.Equal("military_af", e.Agent?.ActorId);
        Assert.Contains(e.Evidence, ev => ev.Field == "agent" && ev.Rule == "arg.default-unattributed");
        Assert.Equal("us_forces", Assert.Single(Extract("A drone strike hit a house in Kunduz.")).Agent?.ActorId);
    }

    [Fact]
    public void Non_counting_events_get_no_conventional_agent()
    {
        var e = Assert.Single(Extract("A bomb could explode in Kabul."));
        Assert.Equal(Modality.Hypothetical, e.Modality);
        Assert.Null(e.Agent);
    }

    [Fact]
    public void Claim_of_responsibility_in_the_next_sentence_names_the_agent()
    {
        var e = Assert.Single(Extract("A suicide bomber attacked a police station in Kabul. The Taliban claimed the attack."));
        Assert.Equal("taliban", e.Agent?.ActorId);
        Assert.Contains(e.Evidence, ev => ev.Field == "agent" && ev.Rule.StartsWith("arg.claimed-responsibility"));
    }

    [Fact]
    public void Blame_in_the_same_sentence_names_the_agent_and_is_no_accusation_event()
    {
        var e = Assert.Single(Extract("A roadside bomb killed two policemen in Logar, officials said, blaming the Taliban."));
        Assert.Equal("taliban", e.Agent?.ActorId);
        Assert.Contains(e.Evidence, ev => ev.Field == "agent" && ev.Rule.StartsWith("arg.blamed"));
    }

    [Fact]
    public void Nobody_claiming_responsibility_names_nobody()
    {
        var e = Assert.Single(Extract("A roadside bomb killed two policemen in Logar. No group claimed responsibility."));
        Assert.Equal("unidentified_af", e.Agent?.ActorId);
    }

    [Fact]
    public void Government_written_as_agent_of_a_strike_is_coded_as_its_armed_forces()
    {
        var e = Assert.Single(Extract("A US air strike killed five Taliban fighters in Kunduz."));
        Assert.Equal("us_forces", e.Agent?.ActorId);
        Assert.Equal("US", e.Agent?.Text);
        Assert.Contains(e.Evidence, ev => ev.Field == "agent" && ev.Rule.EndsWith("+arg.armed-wing"));
    }

    [Fact]
    public void Government_in_talks_stays_the_government()
    {
        var e = Assert.Single(Extract("The US held talks with the Taliban in Doha."));
        Assert.Equal("us_gov", e.Agent?.ActorId);
    }

    [Theory]
    [InlineData("The Taliban captured the district centre of Karukh without a fight.")]
    [InlineData("The Taliban took control of Karukh district after government forces withdrew.")]
    [InlineData("The Taliban seized the checkpoints in Kunduz after soldiers abandoned them.")]
    public void Capture_without_fighting_is_a_non_violent_transfer(string text)
    {
        var e = Assert.Single(Extract(text));
        Assert.Equal("Strategic developments", e.EventType);
        Assert.Equal("Non-violent transfer of territory", e.SubEventType);
        Assert.Equal("taliban", e.Agent?.ActorId);
        Assert.Contains(e.Evidence, ev => ev.Field == "transfer");
    }

    [Fact]
    public void Foreign_troops_leaving_do_not_make_a_capture_peaceful()
    {
        var events = Extract("The Taliban captured Karukh district, as the US withdraws its remaining troops.");
        Assert.Contains(events, e => e.SubEventType == "Non-state actor overtakes territory");
        Assert.Contains(events, e => e.Plover == "RETREAT");
    }

    [Fact]
    public void Capturing_a_base_is_a_clash_not_territory()
    {
        var e = Assert.Single(Extract("Taliban fighters overran an army base in Helmand, killing 20 soldiers."));
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal("military_af", e.Target?.ActorId);
    }

    [Fact]
    public void Capturing_people_is_an_abduction_or_an_arrest()
    {
        Assert.Equal("Abduction/forced disappearance", Assert.Single(Extract("Gunmen seized two health workers in Kunduz.")).SubEventType);
        Assert.Equal("Arrests", Assert.Single(Extract("Police captured three Taliban fighters in Kunduz.")).SubEventType);
    }

    [Fact]
    public void Protest_crowd_is_coded_as_protesters_and_the_police_as_target()
    {
        var e = Assert.Single(Extract("Hundreds of residents protested in Herat; police fired tear gas to disperse them."));
        Assert.Equal("Protest with intervention", e.SubEventType);
        Assert.Equal("protesters_af", e.Agent?.ActorId);
        Assert.Equal("residents", e.Agent?.Text);
        Assert.Equal("police_af", e.Target?.ActorId);
        Assert.Equal(Modality.Asserted, e.Modality);
    }

    [Fact]
    public void Protest_that_turns_violent_is_a_riot_by_rioters()
    {
        var e = Assert.Single(Extract("Residents protested in Kunduz; some protesters threw stones and set a police vehicle on fire."));
        Assert.Equal("Riots", e.EventType);
        Assert.Equal("Violent demonstration", e.SubEventType);
        Assert.Equal("rioters_af", e.Agent?.ActorId);
    }

    [Fact]
    public void Killing_protested_against_does_not_make_the_protest_violent()
    {
        var e = Assert.Single(Extract("Villagers protested in Ghazni against the killing of a tribal elder."));
        Assert.Equal("Peaceful protest", e.SubEventType);
    }

    [Fact]
    public void Crowd_killing_someone_is_mob_violence()
    {
        var e = Assert.Single(Extract("Villagers in Ghazni beat a man to death."));
        Assert.Equal("Riots", e.EventType);
        Assert.Equal("Mob violence", e.SubEventType);
        Assert.Equal("rioters_af", e.Agent?.ActorId);
    }

    [Fact]
    public void Died_names_its_victims_not_an_agent()
    {
        var doc = Doc("A suicide car bomb exploded near a guesthouse in Logar. A council member said 27 people died.")
            .WithCasualty("27 people", CasualtyKind.Killed, 27);
        var e = Assert.Single(Run(doc).Events);
        Assert.Equal("unidentified_af", e.Agent?.ActorId);
        Assert.Equal(28, e.Fatalities?.Best); // the 27 and the suicide bomber the text does not count
    }

    [Fact]
    public void Competing_figure_in_the_next_sentence_is_not_added()
    {
        var doc = Doc("Taliban fighters ambushed a police patrol in Kunduz, killing 3 policemen. The Taliban claimed 7 were killed.")
            .WithCasualty("3 policemen", CasualtyKind.Killed, 3)
            .WithCasualty("7", CasualtyKind.Killed, 7);
        var e = Assert.Single(Run(doc).Events);
        Assert.Equal(3, e.Fatalities?.Best);
    }

    [Fact]
    public void Reported_past_perfect_is_not_history()
    {
        var e = Assert.Single(Extract("Afghan forces said they had pushed the Taliban out of several villages in Kunduz."));
        Assert.Equal(Modality.Reported, e.Modality);
        Assert.Equal("Government regains territory", e.SubEventType);
    }

    [Fact]
    public void Announcer_of_a_ceasefire_is_its_agent()
    {
        var e = Assert.Single(Extract("The Taliban announced a three-day ceasefire with the Afghan government for Eid."));
        Assert.Equal("AGREE", e.Plover);
        Assert.Equal("taliban", e.Agent?.ActorId);
    }
    [Fact]
    public void Civilian_casualties_are_no_actor()
    {
        var doc = Doc("UNAMA said civilian casualties rose in Kunduz.");
        Assert.DoesNotContain(doc.Actors, a => a.Actor.Id == "civilians_af");
    }

    [Fact]
    public void Generic_militants_take_the_name_of_the_group_in_the_sentence()
    {
        var e = Assert.Single(Extract("Afghan forces retook Karukh district, which the Taliban had held for two days; the MoD said 9 militants were killed."),
            x => x.SubEventType == "Government regains territory");
        Assert.Equal("military_af", e.Agent?.ActorId);
        Assert.Equal("taliban", e.Target?.ActorId);
        Assert.Equal("militants", e.Target?.Text);
        Assert.Contains(e.Evidence, ev => ev.Field == "target" && ev.Rule.Contains("arg.generic-named"));
    }

    [Fact]
    public void Defenders_named_anywhere_in_a_capture_sentence_are_the_target()
    {
        var e = Assert.Single(Extract("The Taliban took over the centre of Karukh district after heavy fighting with police."),
            x => x.SubEventType == "Non-state actor overtakes territory");
        Assert.Equal("police_af", e.Target?.ActorId);
        Assert.Contains(e.Evidence, ev => ev.Field == "target" && ev.Rule.StartsWith("arg.capture-defender"));
    }

    [Fact]
    public void Two_sides_named_before_fought_are_agent_and_target()
    {
        var e = Assert.Single(Extract("Taliban fighters and Afghan forces fought for three days around Kunduz."));
        Assert.Equal(("taliban", "military_af"), (e.Agent?.ActorId, e.Target?.ActorId));
    }

    [Fact]
    public void They_refers_to_the_group_that_is_the_subject_of_the_sentence()
    {
        var events = Extract("The Taliban captured 8 police officers in Farah when they overran an outpost.");
        Assert.All(events, e => Assert.Equal("taliban", e.Agent?.ActorId));
    }

    [Fact]
    public void Police_chief_who_speaks_is_the_source_not_the_target()
    {
        var e = Assert.Single(Extract("Several civilians were killed when a bomb went off at a bus station in Kandahar, the police chief said."));
        Assert.NotEqual("police_af", e.Target?.ActorId);
        Assert.Equal(Modality.Reported, e.Modality);
    }

    [Fact]
    public void Protest_after_an_attack_is_still_peaceful()
    {
        var events = Extract("Hundreds of people protested in Kandahar after a bus was struck by a roadside bomb in Helmand.");
        Assert.Contains(events, e => e.SubEventType == "Peaceful protest" && e.Agent?.ActorId == "protesters_af");
        Assert.DoesNotContain(events, e => e.EventType == "Riots");
    }

    [Fact]
    public void Attacked_rally_is_the_target_not_a_protest()
    {
        var e = Assert.Single(Extract("A suicide bomber struck an election rally in Charikar, killing 26 people."));
        Assert.Equal("Suicide bomb", e.SubEventType);
    }

    [Fact]
    public void War_totals_are_statistics()
    {
        var doc = Doc("According to a UN report, over 32,000 civilians had died in Afghanistan.")
            .WithCasualty("32,000 civilians", CasualtyKind.Killed, 32000);
        Assert.All(Run(doc).Events, e => Assert.False(e.Counts));
    }
}

