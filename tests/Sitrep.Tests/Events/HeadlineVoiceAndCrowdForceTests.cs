using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Events;

/// <summary>
/// Sentences written for these tests, run through the default pipeline: headline grammar that drops the
/// auxiliary ("Four traders shot dead in ..."), protesters killed by the state, and who the two sides are
/// when only tolls or party claims are told.
/// </summary>
public class HeadlineVoiceAndCrowdForceTests
{
    private static readonly SitrepPipeline Pipeline = PipelineBuilder.Default();

    private static EventMention Single(string text)
    {
        var doc = Pipeline.Process(Article.Create(text, "test", published: new DateOnly(2021, 3, 10)));
        var counted = doc.Events.Where(e => e.Counts).ToList();
        Assert.True(counted.Count == 1, $"expected one counted event, got: {string.Join("; ", doc.Events.Select(e => $"{e.SubEventType} [{e.TriggerText}] {e.Modality} {e.Agent?.ActorId}->{e.Target?.ActorId}"))}");
        return counted[0];
    }

    [Fact]
    public void A_headline_participle_after_its_noun_tells_the_victims()
    {
        var attack = Single("Four traders shot dead in Kandahar market");

        Assert.Equal("Attack", attack.SubEventType);
        Assert.Equal("civilians_af", attack.Target?.ActorId);
        Assert.NotEqual("civilians_af", attack.Agent?.ActorId);
    }

    [Fact]
    public void A_figure_after_the_verb_is_its_object_not_a_headline_passive()
    {
        var force = Single("Troops shot dead at least 9 protesters in Mandalay on Friday, witnesses said.");

        Assert.Equal("Excessive force against protesters", force.SubEventType);
        Assert.Equal(9, force.Fatalities?.Best);
    }

    [Fact]
    public void Protesters_killed_with_no_killer_named_are_a_protest_met_with_force()
    {
        var force = Single("Five demonstrators shot dead in Mazar-e-Sharif rally, hospital says");

        Assert.Equal("Protests", force.EventType);
        Assert.Equal("Excessive force against protesters", force.SubEventType);
        Assert.Equal(5, force.Fatalities?.Best);
    }

    [Fact]
    public void Dead_counted_after_forces_fire_on_protesters_are_the_crowds()
    {
        var force = Single("Riot police fired rubber bullets and tear gas at protesters in Basra on Tuesday, killing three and wounding 40, medics said.");

        Assert.Equal("Excessive force against protesters", force.SubEventType);
        Assert.Equal(3, force.Fatalities?.Best);
        Assert.Equal(40, force.Injuries?.Best);
    }

    [Fact]
    public void A_conventional_crowd_agent_is_of_the_articles_country()
    {
        var protest = Single("Hundreds of residents rallied in Kano on Monday against rising fuel prices.");

        Assert.Equal("Protesters (Nigeria)", protest.Agent?.ActorName);
    }

    [Fact]
    public void A_speaker_named_after_says_is_no_target()
    {
        var strike = Single("Helmand: 14 insurgents killed in Nad Ali air strike, says police");

        Assert.NotEqual("police_af", strike.Target?.ActorId);
        Assert.NotEqual("police_af", strike.Agent?.ActorId);
    }

    [Fact]
    public void A_one_word_actor_after_a_preposition_modifies_the_attack_noun()
    {
        var attack = Single("Three soldiers killed in Taliban attack on Kajaki outpost");

        Assert.Equal("taliban", attack.Agent?.ActorId);
        Assert.Equal("military_af", attack.Target?.ActorId);
    }

    [Fact]
    public void The_dead_of_a_post_say_whose_post_it_was()
    {
        var attack = Single("Badghis: Taliban overrun outpost in Muqur, 6 police killed");

        Assert.Equal("police_af", attack.Target?.ActorId);
    }

    [Fact]
    public void A_party_that_counts_its_enemys_dead_claims_to_have_killed_them()
    {
        var clash = Single("Taliban claim 25 soldiers killed in Ghormach; army says 2 dead");

        Assert.Equal("taliban", clash.Agent?.ActorId);
        Assert.Equal("military_af", clash.Target?.ActorId);
    }

    [Fact]
    public void Tolls_of_both_sides_name_both_sides()
    {
        var clash = Single("Army says 12 al-Shabaab fighters killed near Jowhar; 3 soldiers dead");

        Assert.Equal("Armed clash", clash.SubEventType);
        Assert.Equal("al_shabaab", clash.Target?.ActorId);
        Assert.Equal("military_so", clash.Agent?.ActorId);
    }
    [Fact]
    public void Firing_from_across_a_border_on_a_post_is_an_attack()
    {
        var attack = Single("On 3 March 2021 militants fired from across the border on a police post in Shorabak district, killing two policemen.");

        Assert.Equal("Armed clash", attack.SubEventType);
        Assert.Equal(2, attack.Fatalities?.Best);
    }

    [Fact]
    public void Encountering_a_named_armed_group_is_a_fight()
    {
        var clash = Single("Troops encountered Taliban fighters near Qarabagh on Tuesday.");

        Assert.Equal("Armed clash", clash.SubEventType);
        Assert.Equal("taliban", clash.Target?.ActorId);
    }

    [Fact]
    public void A_subject_that_opens_a_statement_acts_not_the_heading_speaker()
    {
        var clash = Single("Ministry of Defence: Afghan commandos cleared the villages of Sangin district on Friday, killing nine Taliban.");

        Assert.Equal("special_forces_af", clash.Agent?.ActorId);
    }

    [Fact]
    public void An_operation_against_rebels_followed_by_a_killing_is_a_fight_with_no_figure()
    {
        var doc = Pipeline.Process(Article.Create("On Monday the army launched an operation against armed bandits near Tsafe. Several bandits were neutralised.", "test", published: new DateOnly(2021, 3, 10)));

        Assert.Contains(doc.Events, e => e.Counts && e.SubEventType == "Armed clash");
    }
}
