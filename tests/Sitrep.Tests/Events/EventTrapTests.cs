using Sitrep.Events;
using Sitrep.Time;
using static Sitrep.Tests.Events.EventTestKit;

namespace Sitrep.Tests.Events;

/// <summary>The traps the issue names: two events in one sentence, one event over two sentences, merging, dating, casualties.</summary>
public class EventTrapTests
{
    [Fact]
    public void Two_places_joined_by_and_in_make_two_events_that_share_the_toll()
    {
        var text = "Two attacks hit army posts in Qala-e-Naw in Badghis and in Sayed Abad in Wardak, killing five soldiers in all.";
        var doc = Doc(text).WithCasualty("five soldiers", CasualtyKind.Killed, 5);
        var events = Run(doc).Events;

        Assert.Equal(2, events.Count);
        Assert.Equal("Qala-e-Naw", events[0].Place?.Text);
        Assert.Equal("Sayed Abad", events[1].Place?.Text);
        Assert.Equal((3, 2), (events[0].Fatalities?.Best, events[1].Fatalities?.Best));
        Assert.NotEqual(events[0].Id, events[1].Id);
        Assert.Contains(events[1].Evidence, e => e.Rule == "event.split-and-in");
        Assert.All(events, e => Assert.Equal("military_af", e.Target?.ActorId));
    }

    [Fact]
    public void Casualty_sentence_after_the_trigger_sentence_belongs_to_the_same_event()
    {
        var text = "In Kandahar, attackers stormed a police headquarters and detonated a suicide bomb. Two policemen were killed and others injured.";
        var doc = Doc(text).WithCasualty("Two policemen", CasualtyKind.Killed, 2);
        var events = Run(doc).Events;

        var e = Assert.Single(events);
        Assert.Equal("Suicide bomb", e.SubEventType);
        Assert.Equal("unidentified_af", e.Agent?.ActorId);
        Assert.Equal("police_af", e.Target?.ActorId);
        Assert.Equal("Kandahar", e.Place?.Text);
        Assert.Equal(3, e.Fatalities?.Best); // two policemen and the suicide attacker
        Assert.Contains(e.Evidence, ev => ev.Field == "fatalities" && ev.Rule.EndsWith("+event.continuation"));
    }

    [Fact]
    public void Agent_named_in_the_next_sentence_fills_the_previous_event()
    {
        var text = "During the night, several police stations in Takhar were attacked. The rebels killed 13 policemen.";
        var doc = Doc(text).WithCasualty("13 policemen", CasualtyKind.Killed, 13);
        var e = Assert.Single(Run(doc).Events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal("unidentified_af", e.Agent?.ActorId);
        Assert.Equal("police_af", e.Target?.ActorId);
        Assert.Equal(13, e.Fatalities?.Best);
    }

    [Fact]
    public void Anaphoric_this_attack_continues_the_previous_event()
    {
        var text = "On Monday a minibus carrying government employees was blown up with a bomb in Kabul. Nine people were killed in this attack.";
        var doc = Doc(text).WithCasualty("Nine people", CasualtyKind.Killed, 9);
        var e = Assert.Single(Run(doc).Events);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
        Assert.Equal(9, e.Fatalities?.Best);
    }

    [Fact]
    public void A_new_place_in_the_next_sentence_starts_a_new_event()
    {
        var text = "Taliban fighters attacked a checkpoint in Kunduz. Four policemen were killed in another attack in Farah.";
        var events = Run(Doc(text)).Events;
        Assert.Equal(2, events.Count);
        Assert.Equal("Farah", events[1].Place?.Text);
    }

    [Fact]
    public void Duplicate_triggers_of_one_event_merge_and_the_most_specific_sub_type_wins()
    {
        var text = "Resistance fighters mounted an attack, using a car bomb, on a police post in Ghazni, killing eight policemen.";
        var e = Assert.Single(Extract(text));
        Assert.Equal("Explosions/Remote violence", e.EventType);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
        Assert.Equal(3, e.Evidence.Count(ev => ev.Field == "trigger"));
        Assert.Equal("police_af", e.Target?.ActorId);
    }

    [Fact]
    public void Casualties_are_summed_per_kind()
    {
        var text = "A suicide bomber attacked a wedding in Kabul, killing 12 guests and 3 policemen and wounding 20 people.";
        var doc = Doc(text)
            .WithCasualty("12 guests", CasualtyKind.Killed, 12)
            .WithCasualty("3 policemen", CasualtyKind.Killed, 3)
            .WithCasualty("20 people", CasualtyKind.Injured, 20);
        var e = Assert.Single(Run(doc).Events);
        Assert.Equal(16, e.Fatalities?.Best); // 12 + 3, and the suicide bomber the text does not count
        Assert.Equal(2, e.Fatalities?.Parts.Count);
        Assert.Equal(20, e.Injuries?.Best);
    }

    [Fact]
    public void Date_comes_from_the_sentence_then_the_paragraph_then_the_publication()
    {
        var text = "On July 12, Taliban fighters attacked a checkpoint in Kunduz. Insurgents also shelled an army base in Helmand.\n\nThe Taliban captured a village in Logar.";
        var doc = Doc(text).WithDate("July 12", new DateOnly(2020, 7, 12));
        var events = Run(doc).Events;
        Assert.Equal(3, events.Count);
        Assert.Equal(("own-clause", new DateOnly(2020, 7, 12)), (events[0].Date?.Source, events[0].Date?.Start));
        Assert.Equal(("paragraph", new DateOnly(2020, 7, 12)), (events[1].Date?.Source, events[1].Date?.Start));
        Assert.Equal(("publication", Published), (events[2].Date?.Source, events[2].Date?.Start));
        Assert.Equal(DatePrecision.Week, events[2].Date?.Precision);
    }

    [Fact]
    public void Date_more_than_a_year_before_publication_makes_the_event_historical()
    {
        var text = "On 7 October 2001, US aircraft bombed Taliban positions in Kandahar.";
        var doc = Doc(text).WithDate("7 October 2001", new DateOnly(2001, 10, 7));
        var e = Assert.Single(Run(doc).Events);
        Assert.Equal(Modality.Historical, e.Modality);
        Assert.False(e.Counts);
    }

    [Fact]
    public void Place_is_the_most_precise_mention_in_the_clause()
    {
        var e = Assert.Single(Extract("The Taliban attacked Afghan army positions in Karukh district in Herat province."));
        Assert.Equal("Karukh", e.Place?.Text);
        Assert.Contains(e.Evidence, ev => ev.Field == "place" && ev.Rule.StartsWith("event.place.clause"));
    }

    [Fact]
    public void Two_clauses_with_their_own_triggers_make_two_events()
    {
        var events = Extract("The Taliban attacked a checkpoint in Kunduz, while the army repelled an attack in Dara Suf district.");
        Assert.Equal(2, events.Count);
        Assert.Equal("Kunduz", events[0].Place?.Text);
        Assert.Equal("Dara Suf", events[1].Place?.Text);
        Assert.Equal("military_af", events[1].Target?.ActorId); // the attacker is unnamed; the army held
    }

    [Fact]
    public void Shared_subject_carries_over_to_the_second_clause()
    {
        var events = Extract("On Tuesday the Taliban advanced towards Herat, and captured the villages near the bridge.");
        var capture = Assert.Single(events, e => e.SubEventType == "Non-state actor overtakes territory");
        Assert.Equal("taliban", capture.Agent?.ActorId);
        Assert.Contains(capture.Evidence, ev => ev.Field == "agent" && ev.Rule.StartsWith("arg.shared-subject"));
    }

    [Fact]
    public void Every_filled_field_has_evidence_with_span_rule_and_text()
    {
        var text = "On July 7, Taliban militants detonated a car bomb at a police post in Ghazni, killing eight policemen, officials said.";
        var doc = Doc(text).WithDate("July 7", new DateOnly(2020, 7, 7)).WithCasualty("eight policemen", CasualtyKind.Killed, 8);
        var e = Assert.Single(Run(doc).Events);
        var fields = e.Evidence.Select(ev => ev.Field).ToHashSet();
        foreach (var field in new[] { "trigger", "event_type", "sub_event_type", "agent", "target", "place", "date", "fatalities", "modality", "attribution" })
            Assert.Contains(field, fields);
        Assert.All(e.Evidence, ev =>
        {
            Assert.False(string.IsNullOrWhiteSpace(ev.Rule));
            Assert.True(ev.Span.End <= text.Length && ev.Span.Start >= 0);
        });
        var agent = e.Evidence.First(ev => ev.Field == "agent");
        Assert.Equal("Taliban militants", agent.Span.Of(text));
        Assert.Equal(Modality.Reported, e.Modality);
        Assert.Equal("officials", e.AttributedTo);
    }

    [Fact]
    public void Event_ids_are_deterministic_and_differ_per_trigger()
    {
        const string text = "Taliban fighters attacked a checkpoint in Kunduz. Insurgents shelled an army base in Helmand.";
        var first = Extract(text);
        var second = Extract(text);
        Assert.Equal(first.Select(e => e.Id), second.Select(e => e.Id));
        Assert.Equal(2, first.Select(e => e.Id).Distinct().Count());
        Assert.All(first, e => Assert.StartsWith("ev_", e.Id));
    }

    [Fact]
    public void Confidence_grows_with_the_fields_found()
    {
        var bare = Assert.Single(Extract("A blast was heard."));
        var full = Assert.Single(Extract("Taliban militants detonated a car bomb at a police post in Ghazni."));
        Assert.True(full.Confidence > bare.Confidence);
        Assert.InRange(full.Confidence, 0.0, 0.95);
        Assert.Equal(0.85, full.Confidence); // 0.40 + 0.10 specific + 0.15 named agent + 0.10 target + 0.10 place
    }

    [Fact]
    public void Generic_agent_scores_lower_than_a_named_one()
    {
        var named = Assert.Single(Extract("The Taliban attacked a police post in Ghazni."));
        var generic = Assert.Single(Extract("Gunmen attacked a police post in Ghazni."));
        Assert.Equal(0.10, Math.Round(named.Confidence - generic.Confidence, 2));
    }

    [Fact]
    public void Headline_lines_do_not_repeat_the_story_as_events()
    {
        var text = "Taliban kill 37 Afghan policemen in Kunduz\n\nThe Taliban attacked police posts in Kunduz overnight.";
        var e = Assert.Single(Extract(text));
        Assert.Equal("attacked", e.TriggerText);
    }

    [Fact]
    public void Demand_is_a_request_with_the_demand_mode()
    {
        var e = Assert.Single(Extract("Pompeo demanded that the Taliban reduce violence before a deal."), x => x.Plover == "REQUEST");
        Assert.Equal("demand", e.PloverMode);
        Assert.Equal("p_pompeo", e.Agent?.ActorId);
    }

    [Fact]
    public void Background_mention_of_an_agreement_with_nobody_acting_is_not_an_event()
    {
        Assert.Empty(Extract("Following the peace agreement, trade routes reopened."));
    }

    [Fact]
    public void Non_counting_modalities_are_kept_with_their_cue()
    {
        var e = Assert.Single(Extract("Trump said he could kill millions of people in Afghanistan."));
        Assert.Equal(Modality.Hypothetical, e.Modality);
        Assert.False(e.Counts);
        var cue = Assert.Single(e.Evidence, ev => ev.Field == "modality");
        Assert.Equal("modality.modal", cue.Rule);
        Assert.Equal("could", cue.Text);
    }
}
