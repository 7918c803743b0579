using Sitrep.Geo;
using Sitrep.Pipeline;
using Sitrep.Documents;
using Sitrep.Events;
using static Sitrep.Tests.Events.EventTestKit;

namespace Sitrep.Tests.Events;

/// <summary>Article-level review: repeats, commentary without place or date, dates after publication.</summary>
public class EventReviewTests
{
    [Fact]
    public void A_later_sentence_retelling_the_same_bombing_is_a_repeat_that_does_not_count()
    {
        var text = "A roadside bomb exploded in Kandahar on Tuesday, killing four policemen. "
            + "Officials gave no more details. "
            + "A roadside bomb in Kandahar on Tuesday killed four policemen, a police spokesman said.";
        var doc = Doc(text)
            .WithDate("on Tuesday", new DateOnly(2020, 7, 28))
            .WithCasualty("four policemen", CasualtyKind.Killed, 4);
        var second = text.IndexOf("on Tuesday killed", StringComparison.Ordinal);
        doc.Times.Add(new Sitrep.Time.TimeExpression(new Sitrep.Text.Span(second, second + 10), "test.date", "on Tuesday",
            new DateOnly(2020, 7, 28), new DateOnly(2020, 7, 28), Sitrep.Time.DatePrecision.Day, "absolute"));
        var events = Run(doc).Events.Where(e => e.SubEventType == "Remote explosive/landmine/IED").ToList();

        Assert.Equal(2, events.Count);
        Assert.True(events[0].Counts);
        Assert.Equal(Modality.Repeat, events[1].Modality);
        Assert.False(events[1].Counts);
        Assert.Contains(events[1].Evidence, e => e.Field == "modality" && e.Rule == "event.repeat" && e.Span == events[0].Trigger);
    }

    [Fact]
    public void The_same_kind_of_event_in_another_province_is_no_repeat()
    {
        var text = "A roadside bomb exploded in Kandahar on Tuesday, killing four policemen. "
            + "Officials gave no more details. "
            + "Another roadside bomb exploded in Herat on Tuesday, a police spokesman said.";
        var doc = Doc(text)
            .WithDate("on Tuesday", new DateOnly(2020, 7, 28))
            .WithCasualty("four policemen", CasualtyKind.Killed, 4);
        var second = text.IndexOf("on Tuesday, a", StringComparison.Ordinal);
        doc.Times.Add(new Sitrep.Time.TimeExpression(new Sitrep.Text.Span(second, second + 10), "test.date", "on Tuesday",
            new DateOnly(2020, 7, 28), new DateOnly(2020, 7, 28), Sitrep.Time.DatePrecision.Day, "absolute"));
        var events = Run(doc).Events.Where(e => e.SubEventType == "Remote explosive/landmine/IED").ToList();

        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.True(e.Counts));
    }

    [Fact]
    public void A_commentary_sentence_with_neither_place_nor_date_does_not_count()
    {
        var events = Extract("Again and again the occupiers bomb the wedding parties of the poor.");

        var e = Assert.Single(events);
        Assert.Equal(Modality.Unanchored, e.Modality);
        Assert.Contains(e.Evidence, ev => ev.Field == "modality" && ev.Rule == "event.unanchored");
    }

    [Fact]
    public void A_country_name_does_not_anchor_an_undated_event()
    {
        var events = Extract("The Taliban attacked checkpoints across Afghanistan.");

        Assert.All(events, e => Assert.Equal(Modality.Unanchored, e.Modality));
        Assert.NotEmpty(events);
    }

    [Fact]
    public void An_event_with_a_place_keeps_counting_without_a_date_of_its_own()
    {
        var events = Extract("Taliban fighters attacked a checkpoint in Ghazni, killing three soldiers.");

        Assert.Contains(events, e => e.Counts && e.Place?.Text == "Ghazni");
    }

    [Fact]
    public void A_strike_dated_after_publication_is_future_even_when_written_as_a_noun()
    {
        var text = "The air strikes on Helmand on 12 August will end the offensive, the governor said.";
        var doc = Doc(text).WithDate("on 12 August", new DateOnly(2020, 8, 12));
        var e = Assert.Single(Run(doc).Events, e => e.EventType == "Explosions/Remote violence");

        Assert.Equal(Modality.Future, e.Modality);
    }

    [Fact]
    public void A_nominal_event_dated_after_publication_does_not_count()
    {
        var text = "The Taliban attack on Lashkar Gah on 12 August, the governor said.";
        var doc = Doc(text).WithDate("on 12 August", new DateOnly(2020, 8, 12));
        var e = Assert.Single(Run(doc).Events);

        Assert.Equal(Modality.Future, e.Modality);
        Assert.Contains(e.Evidence, ev => ev.Field == "modality" && ev.Rule == "modality.after-publication" && ev.Text == "on 12 August");
    }

    [Fact]
    public void A_past_tense_verb_dated_after_publication_still_counts_because_the_publication_date_is_wrong()
    {
        var text = "On 12 August the Taliban attacked Lashkar Gah from three sides.";
        var doc = Doc(text).WithDate("On 12 August", new DateOnly(2020, 8, 12));
        var e = Assert.Single(Run(doc).Events);

        Assert.True(e.Counts);
    }
}

public class BlameReviewTests
{
    [Fact]
    public void Blame_after_a_told_attack_names_its_agent_and_is_no_event_of_its_own()
    {
        var text = "A roadside bomb exploded in Kandahar on Tuesday, killing four policemen. "
            + "Officials gave no more details. "
            + "Provincial officials blamed the Taliban.";
        var doc = Doc(text)
            .WithDate("on Tuesday", new DateOnly(2020, 7, 28))
            .WithCasualty("four policemen", CasualtyKind.Killed, 4);
        var events = Run(doc).Events;

        // a sentence with no event between them does not part the blame from the bomb: it names its perpetrator
        Assert.DoesNotContain(events, e => e.Plover == "ACCUSE" && e.Counts);
        var bomb = Assert.Single(events, e => e.Counts && e.SubEventType == "Remote explosive/landmine/IED");
        Assert.Equal("taliban", bomb.Agent?.ActorId);
    }

    [Fact]
    public void A_placeless_accusation_after_a_told_fight_is_part_of_it()
    {
        var text = "A roadside bomb exploded in Kandahar on Tuesday, killing four policemen. "
            + "Officials gave no more details. "
            + "Provincial officials accused the Taliban of war crimes.";
        var doc = Doc(text)
            .WithDate("on Tuesday", new DateOnly(2020, 7, 28))
            .WithCasualty("four policemen", CasualtyKind.Killed, 4);
        var events = Run(doc).Events;

        var blame = Assert.Single(events, e => e.Plover == "ACCUSE");
        Assert.False(blame.Counts);
        Assert.Contains(blame.Evidence, e => e.Field == "modality" && e.Rule == "event.part-of-told-fight");
    }

    [Fact]
    public void A_placeless_surrender_after_a_told_fight_is_part_of_it()
    {
        var text = "Taliban fighters overran an army base in Ghazni on Tuesday. "
            + "Officials gave no more details. "
            + "Twenty soldiers surrendered, a local official said.";
        var doc = Doc(text).WithDate("on Tuesday", new DateOnly(2020, 7, 28));
        var events = Run(doc).Events;

        var surrender = Assert.Single(events, e => e.Plover == "CONCEDE");
        Assert.Contains(surrender.Evidence, e => e.Field == "modality" && e.Rule == "event.part-of-told-fight");
        Assert.Single(events, e => e.Counts);
    }

    [Fact]
    public void Blame_with_no_attack_told_before_still_counts()
    {
        var events = Extract("Provincial officials blamed the Taliban.");

        Assert.Contains(events, e => e.Plover == "ACCUSE" && e.Counts);
    }
}

public class BackgroundSinceTests
{
    [Fact]
    public void An_event_in_a_since_clause_is_background()
    {
        var events = Extract("Prices have risen since the Taliban captured the district in Ghazni.");

        var capture = Assert.Single(events);
        Assert.False(capture.Counts);
        Assert.Contains(capture.Evidence, ev => ev.Field == "modality" && ev.Rule == "modality.background-since");
    }

    [Fact]
    public void Since_followed_by_a_day_does_not_make_background()
    {
        var events = Run(Doc("Taliban fighters have attacked checkpoints in Ghazni since Sunday.").WithDate("Sunday", new DateOnly(2020, 7, 26))).Events;

        Assert.Contains(events, e => e.Counts);
    }
}

public class TallyAndNameTests
{
    [Fact]
    public void Deaths_in_a_month_with_no_place_are_a_tally()
    {
        var text = "More than 300 soldiers were killed in June, officials said.";
        var doc = Doc(text).WithDate("June", new DateOnly(2020, 6, 1), Sitrep.Time.DatePrecision.Month)
            .WithCasualty("More than 300 soldiers", CasualtyKind.Killed, 300);

        Assert.All(Run(doc).Events, e => Assert.False(e.Counts));
    }

    [Fact]
    public void A_capitalised_name_in_ed_does_not_narrate_a_future_date_in_the_past()
    {
        var text = "The bombing of the United Nations compound on 12 August will be investigated.";
        var doc = Doc(text).WithDate("on 12 August", new DateOnly(2020, 8, 12));

        Assert.All(Run(doc).Events, e => Assert.False(e.Counts));
    }
}

/// <summary>"the city" is resolved by the place annotator (PlaceAnaphora); the event takes that mention like any other.</summary>
public class PlaceAnaphorTests
{
    private static readonly SitrepPipeline Pipeline = PipelineBuilder.Default();

    private static List<EventMention> Extract(string text) =>
        Pipeline.Process(Article.Create(text, "test", published: EventTestKit.Published)).Events;

    [Fact]
    public void The_city_stands_for_the_city_named_in_the_sentence_before()
    {
        var attack = Assert.Single(Extract("Fighting broke out in Kunduz on Saturday. Taliban fighters attacked the city from three sides."),
            e => e.TriggerText == "attacked");
        Assert.Equal("Kunduz", attack.Place?.Place.Name);
        Assert.Contains(attack.Evidence, e => e.Field == "place" && e.Rule.EndsWith("place.anaphor", StringComparison.Ordinal) && e.Text == "the city");
    }

    [Fact]
    public void The_city_does_not_reach_for_a_province()
    {
        var attack = Assert.Single(Extract("Officials in Helmand gave no details. Taliban fighters attacked the city from three sides."),
            e => e.TriggerText == "attacked");
        Assert.NotEqual(PlaceKind.Province, attack.Place?.Place.Kind);
    }
}

public class HabitualTests
{
    [Fact]
    public void Planes_that_continue_to_bomb_with_no_date_are_a_habit()
    {
        var events = Extract("The regime's planes continue to drop bombs on the villages of Ghazni.");

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Contains(e.Evidence, ev => ev.Field == "modality" && ev.Rule == "modality.habitual"));
        Assert.All(events, e => Assert.False(e.Counts));
    }

    [Fact]
    public void A_dated_attack_that_continued_is_still_an_event()
    {
        var text = "Taliban fighters continued to attack checkpoints in Ghazni on Tuesday.";
        var doc = Doc(text).WithDate("on Tuesday", new DateOnly(2020, 7, 28));

        Assert.Contains(Run(doc).Events, e => e.Counts);
    }
}

public class BackgroundTests
{
    [Fact]
    public void A_sentence_opening_with_the_attack_that_came_as_something_else_refers_back()
    {
        var text = "A car bomb exploded in Ghazni on Tuesday. The attack came as envoys met in Kabul to discuss a truce.";
        var doc = Doc(text).WithDate("on Tuesday", new DateOnly(2020, 7, 28));
        var events = Run(doc).Events.Where(e => e.Counts && e.EventType == "Explosions/Remote violence" || e.TriggerText == "attack").ToList();

        var bomb = Assert.Single(events);
        Assert.Equal("car bomb", bomb.TriggerText);
    }

    [Fact]
    public void An_event_dated_to_a_month_long_before_publication_is_background()
    {
        var text = "The Taliban attacked Ghazni in March.";
        var doc = Doc(text).WithDate("March", new DateOnly(2020, 3, 1), Sitrep.Time.DatePrecision.Month);
        var e = Assert.Single(Run(doc).Events);

        Assert.Equal(Modality.Historical, e.Modality);
        Assert.Contains(e.Evidence, ev => ev.Field == "modality" && ev.Rule == "modality.old-month");
    }

    [Fact]
    public void An_event_dated_to_the_month_of_publication_still_counts()
    {
        var text = "The Taliban attacked Ghazni in July.";
        var doc = Doc(text).WithDate("July", new DateOnly(2020, 7, 1), Sitrep.Time.DatePrecision.Month);

        Assert.True(Assert.Single(Run(doc).Events).Counts);
    }
}

public class SameDayDetailTests
{
    [Fact]
    public void A_placeless_fight_on_the_day_of_a_told_bombing_is_part_of_it()
    {
        var text = "A suicide bomber struck a police station in Kandahar on Thursday. "
            + "Officials gave no more details. "
            + "Police battled the gunmen for two hours on Thursday, a spokesman said.";
        var doc = Doc(text).WithDate("on Thursday", new DateOnly(2020, 7, 23));
        var second = text.IndexOf("on Thursday, a", StringComparison.Ordinal);
        doc.Times.Add(new Sitrep.Time.TimeExpression(new Sitrep.Text.Span(second, second + 11), "test.date", "on Thursday",
            new DateOnly(2020, 7, 23), new DateOnly(2020, 7, 23), Sitrep.Time.DatePrecision.Day, "absolute"));
        var events = Run(doc).Events;

        var fight = Assert.Single(events, e => e.TriggerText == "battled");
        Assert.Equal(Modality.Repeat, fight.Modality);
        Assert.Single(events, e => e.Counts);
    }
}

public class RecapClauseTests
{
    [Fact]
    public void An_agreement_in_an_after_gerund_clause_is_background()
    {
        var text = "The Taliban stepped up attacks in Ghazni after signing their agreement with the United States on 1 July.";
        var doc = Doc(text).WithDate("on 1 July", new DateOnly(2020, 7, 1));
        var agreement = Assert.Single(Run(doc).Events, e => e.EventType == "Strategic developments");

        Assert.False(agreement.Counts);
        Assert.Contains(agreement.Evidence, e => e.Field == "modality" && e.Rule == "modality.background-gerund");
    }

    [Fact]
    public void Under_the_deal_refers_back_to_a_deal_already_told()
    {
        var events = Extract("Under the deal, Washington will withdraw 5,000 troops from Kandahar.");

        Assert.DoesNotContain(events, e => e.Plover == "AGREE");
    }

    [Fact]
    public void A_large_placeless_toll_is_a_tally()
    {
        var text = "More than 500 civilians were killed this week, the United Nations said.";
        var doc = Doc(text).WithDate("this week", new DateOnly(2020, 7, 27), Sitrep.Time.DatePrecision.Week)
            .WithCasualty("More than 500 civilians", CasualtyKind.Killed, 500);
        var e = Assert.Single(Run(doc).Events);

        Assert.False(e.Counts);
        Assert.Contains(e.Evidence, ev => ev.Field == "modality" && ev.Rule == "modality.placeless-tally");
    }
}

public class NegatedAndIrrealisNounTests
{
    [Fact]
    public void Talks_that_have_not_begun_are_negated()
    {
        var events = Extract("Talks between the government and the Taliban have not yet begun in Doha.");

        var talks = Assert.Single(events);
        Assert.Equal(Modality.Negated, talks.Modality);
        Assert.Contains(talks.Evidence, e => e.Field == "modality" && e.Rule == "modality.negated-occurrence");
    }

    [Fact]
    public void A_release_that_was_promised_is_not_yet_an_event()
    {
        var events = Extract("Washington lured the Taliban to Doha with promises of prisoner releases.");

        Assert.Contains(events, e => e.TriggerText.Contains("prisoner release") && e.Modality == Modality.Hypothetical);
    }

    [Fact]
    public void Rejecting_a_claim_is_a_denial_not_a_rejection_event()
    {
        var events = Extract("The Taliban rejected the claim and said their men had fired warning shots in Kunduz.");

        Assert.DoesNotContain(events, e => e.Plover == "REJECT");
    }

    [Fact]
    public void Rejecting_an_offer_is_still_a_rejection()
    {
        var events = Extract("The Taliban rejected the government's offer of a ceasefire in Kunduz.");

        Assert.Contains(events, e => e.Plover == "REJECT");
    }
}
