using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Events;

/// <summary>
/// Short articles written for these tests, run through the whole default pipeline: how a news
/// story's lead, body and background sentences become (or do not become) counted events.
/// </summary>
public class ArticleReadingTests
{
    private static readonly SitrepPipeline Pipeline = PipelineBuilder.Default();

    private static Document Read(string text, DateOnly published) => Pipeline.Process(Article.Create(text, "test", published: published));

    private static List<EventMention> Counted(Document doc) => [.. doc.Events.Where(e => e.Counts)];

    private static string Describe(Document doc) => string.Join("\n", doc.Events.Select(e =>
        $"{e.EventType}/{e.SubEventType}/{e.Plover} {e.Agent?.ActorName}>{e.Target?.ActorName} @{e.Place?.Text} {e.Date?.Start} {e.Modality} [{e.TriggerText}]"));

    [Fact]
    public void A_later_sentence_naming_the_strike_gives_its_day_district_and_wounded()
    {
        const string text = """
            MAZAR-I-SHARIF, Afghanistan - An air strike aimed at a Taliban hideout in northern Balkh province killed at least 12 civilians, provincial officials said on Thursday.

            The strike hit a house in Chahar Bolak district late on Tuesday night, said a member of the provincial council. About 15 people were wounded, he said.
            """;
        var doc = Read(text, new DateOnly(2020, 7, 30));

        var strike = Assert.Single(Counted(doc));
        Assert.Equal("Air/drone strike", strike.SubEventType);
        Assert.Equal(new DateOnly(2020, 7, 28), strike.Date?.Start);
        Assert.Equal("Chahar Bolak", strike.Place?.Text);
        Assert.Equal(12, strike.Fatalities?.Best);
        Assert.Equal(15, strike.Injuries?.Best);
        Assert.Contains(strike.Evidence, e => e.Field == "date" && e.Rule.EndsWith("+event.anaphora"));
        Assert.Contains(strike.Evidence, e => e.Field == "place" && e.Rule.EndsWith("+event.anaphora"));
        Assert.Contains(strike.Evidence, e => e.Field == "injuries" && e.Text == "About 15" && e.Rule.EndsWith("+event.continuation"));
    }

    [Fact]
    public void Casualties_told_in_the_referring_sentence_say_so_in_their_evidence()
    {
        const string text = """
            A car bomb exploded near a police station in Ghazni city on Monday, killing four policemen, officials said.

            The blast also wounded nine civilians, a hospital official said.
            """;
        var doc = Read(text, new DateOnly(2020, 7, 30));

        var bomb = Assert.Single(Counted(doc));
        Assert.Equal((4, 9), (bomb.Fatalities?.Best, bomb.Injuries?.Best));
        Assert.Contains(bomb.Evidence, e => e.Field == "injuries" && e.Text == "nine" && e.Rule.EndsWith("+event.anaphora"));
    }

    [Fact]
    public void A_definite_noun_in_another_province_is_another_event()
    {
        const string text = """
            A roadside bomb killed three policemen in Kandahar city on Monday, officials said.

            The bomb in Herat on Tuesday wounded two shopkeepers, police said.
            """;
        var doc = Read(text, new DateOnly(2020, 7, 30));

        Assert.Equal<string?[]>(["Kandahar", "Herat"], [.. Counted(doc).Select(e => e.Place?.Place.Admin1)]);
    }

    [Fact]
    public void Talks_are_a_political_interaction_outside_acleds_types()
    {
        var doc = Read("DOHA, Qatar - Taliban negotiators held talks with a US delegation in Doha on Monday.", new DateOnly(2020, 9, 15));

        var talks = Assert.Single(Counted(doc));
        Assert.Equal(EventMention.PoliticalInteraction, talks.EventType);
        Assert.True(talks.IsPoliticalInteraction);
        Assert.Null(talks.SubEventType);
        Assert.Equal("CONSULT", talks.Plover);
    }

    [Theory]
    [InlineData("The Taliban announced a three-day ceasefire for the Eid holiday on Saturday.")]
    [InlineData("A ten-day truce between the government and the Taliban began on Saturday.")]
    [InlineData("Tribal elders brokered a local ceasefire between the Taliban and Afghan forces in Spera on Saturday.")]
    public void An_agreement_counts_when_it_is_made_or_takes_effect(string sentence)
    {
        var doc = Read(sentence, new DateOnly(2020, 5, 26));

        var agreement = Assert.Single(Counted(doc));
        Assert.Equal("Agreement", agreement.SubEventType);
        Assert.Equal(new DateOnly(2020, 5, 23), agreement.Date?.Start);
    }

    [Theory]
    [InlineData("A three-day ceasefire largely held on Monday, officials said.")]
    [InlineData("A deal with the Taliban was close, a US official said on Monday.")]
    public void An_agreement_only_named_is_no_event(string sentence)
    {
        var doc = Read(sentence, new DateOnly(2020, 5, 26));

        Assert.True(Counted(doc).Count == 0, Describe(doc));
    }

    [Fact]
    public void A_national_announcement_with_no_place_is_coded_at_the_dateline_under_the_organisation_of_the_person()
    {
        var doc = Read("KABUL, Afghanistan - Markets reopened on Sunday. President Ashraf Ghani announced a ceasefire with the Taliban on Saturday.", new DateOnly(2020, 5, 26));

        var agreement = Assert.Single(Counted(doc));
        Assert.Equal("KABUL", agreement.Place?.Text);
        Assert.Contains(agreement.Evidence, e => e.Field == "place" && e.Rule.StartsWith("event.place.dateline-fallback"));
        Assert.Equal("p_ghani", agreement.Agent?.ActorId);
        Assert.Equal("Government of Afghanistan (2014-2021)", agreement.Agent?.ActorName);
    }

    [Fact]
    public void The_help_an_operation_had_does_not_type_it()
    {
        var doc = Read("Afghan commandos backed by air strikes recaptured the centre of Dehrawud district in Urozgan on Sunday.", new DateOnly(2020, 11, 2));

        // unnamed support is the operation's own air arm: one event
        var retaken = Assert.Single(Counted(doc));
        Assert.Equal("Government regains territory", retaken.SubEventType);
        Assert.Contains(retaken.Evidence, e => e.Field == "trigger" && e.Text == "air strikes");
    }

    [Fact]
    public void People_gathered_for_a_wedding_are_no_protest()
    {
        var doc = Read("On Friday night, an air strike in Chora district hit a house where a family had gathered for a wedding. Five civilians were killed.", new DateOnly(2020, 11, 2));

        var strike = Assert.Single(Counted(doc));
        Assert.Equal("Air/drone strike", strike.SubEventType);
        Assert.Equal(5, strike.Fatalities?.Best);
    }

    [Theory]
    [InlineData("Police in Tarin Kot found and defused a large bomb hidden in a culvert on Saturday morning.")]
    [InlineData("Intelligence officers discovered a cache of explosives in a house in Herat city on Saturday.")]
    public void A_bomb_found_or_defused_is_disrupted_weapons_use_not_an_explosion(string sentence)
    {
        var doc = Read(sentence, new DateOnly(2020, 11, 2));

        var found = Assert.Single(Counted(doc));
        Assert.Equal("Disrupted weapons use", found.SubEventType);
    }

    [Fact]
    public void Fighting_a_province_has_seen_since_a_month_is_a_summary()
    {
        var doc = Read("Urozgan has seen heavy fighting since the Taliban began an offensive in the south in October.", new DateOnly(2020, 11, 2));

        Assert.True(Counted(doc).Count == 0, Describe(doc));
        Assert.Contains(doc.Events, e => e.Modality == Modality.Historical);
    }

    [Fact]
    public void A_past_perfect_after_a_present_report_verb_is_background()
    {
        var doc = Read("The United States says the Taliban had agreed to a reduction in violence in talks in Doha.", new DateOnly(2020, 11, 2));

        Assert.DoesNotContain(doc.Events, e => e.Counts && e.SubEventType == "Agreement");
    }

    [Fact]
    public void A_past_perfect_with_a_recent_day_of_its_own_is_news()
    {
        var doc = Read("On Monday, a smaller group of protesters had gathered peacefully in front of the district office in Nawur.", new DateOnly(2020, 6, 10));

        var protest = Assert.Single(Counted(doc));
        Assert.Equal("Peaceful protest", protest.SubEventType);
        Assert.Equal(new DateOnly(2020, 6, 8), protest.Date?.Start);
    }

    [Fact]
    public void An_event_told_as_the_backdrop_of_another_does_not_count_without_its_own_day_and_place()
    {
        var doc = Read("Afghan forces recaptured the centre of Dehrawud district in Urozgan on Sunday, a week after it fell to the Taliban.", new DateOnly(2020, 11, 2));

        var retaken = Assert.Single(Counted(doc));
        Assert.Equal("Government regains territory", retaken.SubEventType);
        var fall = Assert.Single(doc.Events, e => e.TriggerText == "fell to");
        Assert.Equal(Modality.Historical, fall.Modality);
        Assert.Contains(fall.Evidence, e => e.Field == "modality" && e.Rule == "modality.background-clause" && e.Text == "after");
    }

    [Fact]
    public void An_unplaced_mention_in_the_lead_previews_the_event_the_body_places()
    {
        const string text = """
            KABUL, Afghanistan - The Eid ceasefire largely held on Monday, officials said, although a roadside bomb killed two civilians in the north.

            In Baghlan province, a bomb planted on the roadside exploded under a car in Dahana-e-Ghori district on Monday, killing a man and his son, police said.
            """;
        var doc = Read(text, new DateOnly(2020, 5, 26));

        var bomb = Assert.Single(Counted(doc));
        Assert.Equal("Baghlan", bomb.Place?.Place.Admin1);
        var preview = Assert.Single(doc.Events, e => e.TriggerText == "roadside bomb");
        Assert.Null(preview.Place);
        Assert.Equal(Modality.Repeat, preview.Modality);
        Assert.Contains(preview.Evidence, e => e.Field == "modality" && e.Rule == "event.preview" && e.Span == bomb.Trigger);
    }

    [Fact]
    public void Entering_a_town_is_an_assault_not_a_capture()
    {
        var doc = Read("Taliban fighters entered the city of Pul-e Khumri on Monday night before army reinforcements drove them back.", new DateOnly(2021, 6, 30));

        var assault = Assert.Single(Counted(doc), e => e.TriggerText.StartsWith("entered"));
        Assert.Equal(("Battles", "Armed clash", "Taliban"), (assault.EventType, assault.SubEventType, assault.Agent?.ActorName));
        Assert.Contains(assault.Evidence, e => e.Field == "event_type" && e.Rule == "trigger.territory.enter");
    }

    [Theory]
    [InlineData("On Friday, the Taliban took Maimana, the capital of Faryab province, after two weeks of fighting.", "Maimana")]
    [InlineData("On Friday the insurgents entered Farah, and no resistance was reported.", "Farah")]
    public void A_town_named_right_after_took_or_entered_is_taken(string sentence, string town)
    {
        var doc = Read(sentence, new DateOnly(2021, 8, 9));

        var taken = Assert.Single(Counted(doc));
        Assert.Equal(town, taken.Place?.Text);
        Assert.Contains(taken.SubEventType, new[] { "Non-state actor overtakes territory", "Non-violent transfer of territory" });
    }

    [Theory]
    [InlineData("Relatives took the wounded to the hospital in Kunduz on Monday.")]
    [InlineData("The delegation entered talks in Doha on Monday.")]
    public void Took_or_entered_without_a_town_right_after_is_no_capture(string sentence)
    {
        var doc = Read(sentence, new DateOnly(2021, 8, 9));

        Assert.DoesNotContain(doc.Events, e => e.SubEventType is "Non-state actor overtakes territory" or "Armed clash" or "Non-violent transfer of territory");
    }

    [Fact]
    public void The_defenders_leaving_told_in_the_next_sentence_makes_the_capture_a_transfer()
    {
        const string text = """
            On Saturday, the Taliban entered Qalat, the capital of Zabul province. Officials and the police had left the city the night before, and no resistance was reported.

            On Sunday, the Taliban captured Pul-e Alam after heavy fighting. Government troops retreated toward Kabul.
            """;
        var doc = Read(text, new DateOnly(2021, 8, 10));

        var qalat = Assert.Single(Counted(doc), e => e.Place?.Place.Admin1 == "Zabul");
        Assert.Equal("Non-violent transfer of territory", qalat.SubEventType);
        Assert.Contains(qalat.Evidence, e => e.Field == "transfer");
        // a capture told with its battle was fought for, and "toward Kabul" names where they went
        var pulAlam = Assert.Single(Counted(doc), e => e.Place?.Place.Admin1 == "Logar");
        Assert.Equal("Non-state actor overtakes territory", pulAlam.SubEventType);
    }

    [Fact]
    public void Towns_falling_in_one_list_are_one_event_each_and_the_same_day_is_the_day_before()
    {
        const string text = """
            On Sunday, the Taliban captured Kunduz city after days of fighting.

            On the same day, Aybak and Taloqan, the capital of Takhar province, also fell to the Taliban.
            """;
        var doc = Read(text, new DateOnly(2021, 8, 9));

        var fallen = Counted(doc).Where(e => e.TriggerText == "fell to").ToList();
        Assert.Equal(["Aybak", "Taloqan"], fallen.Select(e => e.Place?.Text).Order());
        Assert.All(fallen, e => Assert.Equal(new DateOnly(2021, 8, 8), e.Date?.Start));
        Assert.Contains(fallen, e => e.Evidence.Any(x => x.Rule == "event.split-place-list"));
    }

    [Fact]
    public void A_district_followed_by_its_province_is_one_place_not_a_list()
    {
        var doc = Read("On Monday the Taliban captured Ghormach, Faryab province, after a week-long siege.", new DateOnly(2021, 6, 30));

        Assert.Single(Counted(doc), e => e.SubEventType == "Non-state actor overtakes territory");
    }

    [Theory]
    [InlineData("The Afghan Air Force struck Taliban hideouts in Chora district of Uruzgan on Tuesday, the defence ministry said.")]
    [InlineData("On Tuesday, the US Air Force attacked a Taliban convoy near Tarinkot in Uruzgan province.")]
    public void An_attack_by_an_air_arm_is_an_air_strike(string sentence)
    {
        var doc = Read(sentence, new DateOnly(2020, 7, 30));

        var strike = Assert.Single(Counted(doc));
        Assert.Equal("Air/drone strike", strike.SubEventType);
        Assert.Contains(strike.Evidence, e => e.Field == "sub_event_type" && e.Rule.EndsWith("+type.aerial-agent"));
    }

    [Fact]
    public void A_ground_force_attack_stays_a_battle()
    {
        var doc = Read("Afghan commandos attacked Taliban hideouts in Chora district of Uruzgan on Tuesday, the defence ministry said.", new DateOnly(2020, 7, 30));

        Assert.Equal("Armed clash", Assert.Single(Counted(doc)).SubEventType);
    }

    [Fact]
    public void A_religious_scholar_shot_dead_is_an_attack_on_a_civilian()
    {
        var doc = Read("Unknown gunmen shot dead a religious scholar in Khost city on Sunday, police said.", new DateOnly(2020, 7, 30));

        var attack = Assert.Single(Counted(doc));
        Assert.Equal(("Violence against civilians", "Attack"), (attack.EventType, attack.SubEventType));
        Assert.Equal("Civilians (Afghanistan)", attack.Target?.ActorName);
    }

    [Fact]
    public void Air_strikes_backing_a_ground_fight_are_their_own_event_against_the_insurgents()
    {
        var doc = Read("Afghan commandos backed by US air strikes repelled a Taliban attack on Maimana city in Faryab on Monday, officials said.", new DateOnly(2020, 7, 30));

        var strike = Assert.Single(Counted(doc), e => e.SubEventType == "Air/drone strike");
        Assert.Equal(("Military Forces of the United States (2017-2021)", "Taliban"), (strike.Agent?.ActorName, strike.Target?.ActorName));
        Assert.Contains(strike.Evidence, e => e.Rule == "event.support-strike");
        Assert.Single(Counted(doc), e => e.SubEventType == "Armed clash");
    }

    [Fact]
    public void The_toll_in_the_paragraph_after_the_lead_belongs_to_the_lead_event()
    {
        const string text = """
            Taliban fighters attacked police posts around Gereshk city in Helmand early on Friday.
            The governor's spokesman gave no further details.

            Six policemen were killed and nine were wounded, the provincial police chief said.
            """;
        var doc = Read(text, new DateOnly(2020, 7, 30));

        var attack = Assert.Single(Counted(doc));
        Assert.Equal((6, 9), (attack.Fatalities?.Best, attack.Injuries?.Best));
    }

    [Fact]
    public void A_vague_handful_of_attacks_with_no_day_of_its_own_is_a_tally()
    {
        const string text = """
            A week-long truce began on Saturday. Officials said the week had been quiet, although a handful of small attacks were reported in rural Balkh.
            """;
        var doc = Read(text, new DateOnly(2020, 3, 1));

        var tally = Assert.Single(doc.Events, e => e.TriggerText == "attacks");
        Assert.False(tally.Counts);
        Assert.Contains(tally.Evidence, e => e.Field == "modality" && e.Rule == "modality.aggregate-vague");
    }

    [Fact]
    public void A_toll_told_for_two_attacks_is_shared_between_them()
    {
        var doc = Read("On Tuesday, in two attacks in Kohsan in Herat and in Ghormach in Badghis, a total of seven soldiers were killed, officials said.", new DateOnly(2020, 7, 30));

        var attacks = Counted(doc).OrderBy(e => e.Place?.Place.Admin1).ToList();
        Assert.Equal(2, attacks.Count);
        Assert.Equal([3, 4], attacks.Select(e => e.Fatalities?.Best ?? 0).Order());
        Assert.Equal(7, attacks.Sum(e => e.Fatalities?.Best ?? 0));
        Assert.All(attacks, e => Assert.Contains(e.Evidence, x => x.Field == "fatalities" && x.Rule.Contains("+casualty.shared-by-2")));
    }

    [Fact]
    public void Fighting_in_one_place_as_well_as_another_is_two_events()
    {
        var doc = Read("Heavy fighting went on on Sunday in Nad Ali district of Helmand, as well as on the outskirts of Tarinkot city.", new DateOnly(2020, 10, 14));

        Assert.Equal(["Helmand", "Uruzgan"], Counted(doc).Select(e => e.Place?.Place.Admin1).Order());
    }

    [Fact]
    public void A_crowd_act_named_the_demonstration_in_the_next_sentence_is_a_protest()
    {
        const string text = """
            Villagers carried the coffins of four farmers to the governor's office in Mehtar Lam on Sunday and demanded that the killers be tried. The demonstration broke up peacefully in the evening.
            """;
        var doc = Read(text, new DateOnly(2020, 7, 30));

        var protest = Assert.Single(Counted(doc));
        Assert.Equal(("Protests", "Peaceful protest"), (protest.EventType, protest.SubEventType));
        Assert.Contains(protest.Evidence, e => e.Rule == "event.named-later");
    }

    [Fact]
    public void Stones_thrown_by_the_crowd_in_a_later_sentence_make_the_protest_a_riot_with_its_injured()
    {
        const string text = """
            Police fired tear gas on Tuesday to disperse hundreds of people who had blocked the main road in Bamyan city after the killing of two drivers. Some of them threw stones at the police, and at least six people were injured, a spokesman said.
            """;
        var doc = Read(text, new DateOnly(2020, 6, 10));

        var riot = Assert.Single(Counted(doc), e => e.EventType is "Riots" or "Protests");
        Assert.Equal("Violent demonstration", riot.SubEventType);
        Assert.Equal(6, riot.Injuries?.Best);
        Assert.Null(riot.Fatalities); // the drivers were killed before, in another event
        Assert.Contains(riot.Evidence, e => e.Rule == "event.protest-turned-violent");
    }

    [Fact]
    public void A_strike_told_again_loosely_with_no_day_is_a_repeat()
    {
        const string text = """
            A US drone strike killed nine Islamic State fighters in Achin district of Nangarhar late on Tuesday, officials said.

            US forces said in a statement that they had carried out a strike against militants in Nangarhar.
            """;
        var doc = Read(text, new DateOnly(2020, 7, 30));

        Assert.Single(Counted(doc));
        Assert.Contains(doc.Events, e => e.Modality == Modality.Repeat && e.TriggerText == "strike");
    }

    [Fact]
    public void Aircraft_that_collide_or_crash_are_an_accident_not_a_strike()
    {
        var doc = Read("Late on Tuesday, two army helicopters collided while evacuating wounded soldiers in Nad-e-Ali district, killing nine people on board, the defence ministry said.", new DateOnly(2020, 10, 14));

        Assert.Empty(Counted(doc));
    }

    [Fact]
    public void A_weapon_named_beside_a_crash_is_still_an_attack()
    {
        var doc = Read("An army helicopter crashed in Nad-e-Ali district on Tuesday after it was hit by a rocket, killing two pilots, officials said.", new DateOnly(2020, 10, 14));

        Assert.Contains(Counted(doc), e => e.SubEventType == "Shelling/artillery/missile attack");
    }

    [Theory]
    [InlineData("\"These strikes were in defence of our partners in Helmand,\" a spokesman for US forces said.")]
    [InlineData("The fighting in Helmand has put new pressure on the peace talks in Doha.")]
    public void A_sentence_that_comments_on_told_fighting_is_no_new_event(string comment)
    {
        var doc = Read("US aircraft struck Taliban positions near Lashkar Gah in Helmand on Monday, officials said. " + comment, new DateOnly(2020, 10, 14));

        Assert.Single(Counted(doc));
    }

    [Fact]
    public void The_militants_opening_a_paragraph_are_the_group_the_lead_named()
    {
        const string text = """
            Thousands of families have fled their homes around Lashkar Gah as the Taliban pressed on, officials said on Wednesday.

            The militants captured the centre of Nad Ali district on Tuesday, a provincial council member said.
            """;
        var doc = Read(text, new DateOnly(2020, 10, 14));

        var capture = Assert.Single(Counted(doc), e => e.SubEventType == "Non-state actor overtakes territory");
        Assert.Equal("Taliban", capture.Agent?.ActorName);
    }

    [Theory]
    [InlineData("Thousands of families fled their homes around Tarinkot as the Taliban pressed an offensive that began on Sunday, officials said.")]
    [InlineData("The Taliban have captured four of Faryab's districts in the past three weeks, local officials said.")]
    [InlineData("A spokesman said dozens of rockets had been fired into Dangam district since the beginning of the month.")]
    [InlineData("No one has been killed in attacks on teachers in Paktika this year, according to the education department.")]
    public void Campaigns_tallies_and_running_totals_are_no_event(string sentence)
    {
        var doc = Read(sentence, new DateOnly(2021, 7, 3));

        Assert.Empty(Counted(doc));
    }

    [Fact]
    public void A_siege_before_the_fall_is_part_of_the_capture()
    {
        var doc = Read("Taliban fighters overran the centre of Ghormach district in Faryab province on Monday after a week-long siege, officials said.", new DateOnly(2021, 6, 22));

        Assert.Equal("Non-state actor overtakes territory", Assert.Single(Counted(doc)).SubEventType);
    }

    [Fact]
    public void Police_abandoning_their_posts_without_a_fight_is_how_the_district_changed_hands()
    {
        const string text = """
            In Faryab province, the militants took control of Pashtun Kot district on Saturday. Police in the district centre abandoned their posts and moved to Maymana without a fight, two officials said.
            """;
        var doc = Read(text, new DateOnly(2021, 6, 22));

        var transfer = Assert.Single(Counted(doc));
        Assert.Equal("Non-violent transfer of territory", transfer.SubEventType);
    }

    [Fact]
    public void Blame_in_the_next_paragraph_names_the_abductors()
    {
        const string text = """
            Gunmen abducted three teachers from a school in Kohistanat district of Sar-e Pul province on Monday, officials said.

            The men were taken shortly after dark, said the governor's spokesman. He blamed the Taliban.
            """;
        var doc = Read(text, new DateOnly(2020, 1, 24));

        var abduction = Assert.Single(Counted(doc), e => e.SubEventType == "Abduction/forced disappearance");
        Assert.Equal("Taliban", abduction.Agent?.ActorName);
    }

    [Theory]
    [InlineData("Unknown gunmen stopped a minibus in Dara-e Suf district on Tuesday and took away three passengers, police said.", "Abduction/forced disappearance")]
    [InlineData("Relatives of soldiers held by the Taliban gathered outside the parliament in Kabul on Wednesday.", "Peaceful protest")]
    public void More_wordings_of_abductions_and_protests(string sentence, string subEventType)
    {
        var doc = Read(sentence, new DateOnly(2020, 6, 10));

        Assert.Equal(subEventType, Assert.Single(Counted(doc)).SubEventType);
    }

    [Theory]
    [InlineData("The Taliban still are refusing to meet the government's negotiators in Doha.")]
    [InlineData("Washington has been negotiating with the Taliban for years.")]
    [InlineData("The United States has mobilized its allies in the region against the group.")]
    [InlineData("Eleven meetings have been held between the two delegations so far.")]
    [InlineData("The whole region is watching the American surrender.")]
    public void States_recaps_and_rhetoric_are_no_event(string sentence)
    {
        var doc = Read(sentence, new DateOnly(2020, 2, 6));

        Assert.DoesNotContain(doc.Events, e => e.Counts);
    }

    [Fact]
    public void A_political_act_with_its_own_day_is_still_news()
    {
        var doc = Read("On Monday, the US envoy met Taliban negotiators in Doha.", new DateOnly(2020, 2, 6));

        Assert.Single(Counted(doc), e => e.Plover == "CONSULT");
    }

    [Fact]
    public void The_movement_is_the_group_the_article_named()
    {
        const string text = """
            The Taliban are advancing in the west.

            On August 6th, the movement entered Farah, the capital of Farah province. Officials had fled, and no resistance was reported.
            """;
        var doc = Read(text, new DateOnly(2021, 8, 9));

        var transfer = Assert.Single(Counted(doc));
        Assert.Equal(("Non-violent transfer of territory", "Taliban"), (transfer.SubEventType, transfer.Agent?.ActorName));
    }

    [Fact]
    public void Strikes_in_support_of_a_force_do_not_hit_it()
    {
        var doc = Read("The US military said it had carried out air strikes in support of Afghan forces in Helmand on Monday.", new DateOnly(2020, 10, 14));

        var strike = Assert.Single(Counted(doc));
        Assert.NotEqual("Military Forces of Afghanistan (2014-2021)", strike.Target?.ActorName);
    }

    [Fact]
    public void Civilians_killed_by_a_strike_aimed_at_militants_are_its_target()
    {
        var doc = Read("A drone strike aimed at an Islamic State hideout in Achin district killed at least 12 civilians on Tuesday, officials said.", new DateOnly(2020, 10, 14));

        Assert.Equal("Civilians (Afghanistan)", Assert.Single(Counted(doc)).Target?.ActorName);
    }

    [Fact]
    public void The_toll_told_with_a_repeat_goes_to_the_event_it_repeats()
    {
        const string text = """
            On Monday, Taliban units entered the eastern outskirts of Qalat, the capital of Zabul province, and clashed with Afghan commandos near the governor's compound. According to residents, at least 11 fighters and 4 soldiers were killed in the fighting.
            """;
        var doc = Read(text, new DateOnly(2021, 7, 30));

        var fight = Assert.Single(Counted(doc));
        Assert.Equal(15, fight.Fatalities?.Best);
        Assert.Contains(fight.Evidence, e => e.Field == "fatalities" && e.Rule.EndsWith("+event.repeat"));
    }

    [Theory]
    [InlineData("Jets struck a Taliban compound on Monday, the defence ministry said.")]
    [InlineData("On the anniversary of the 11 September 2001 attacks, a rocket landed near the airport in Kabul on Wednesday.")]
    [InlineData("A car bomb exploded in Bamyan city on Tuesday, killing nine people, in the first such attack in the province since 2001.")]
    [InlineData("Fighting over the past two days in Qaisar district of Faryab has killed 20 Taliban fighters, officials said on Wednesday.")]
    [InlineData("On Tuesday, gunmen stopped a minibus in Jalrez district of Wardak and took 12 passengers away.")]
    public void Plural_subjects_anniversaries_comparisons_and_short_spans_do_not_hide_the_event(string sentence)
    {
        var doc = Read(sentence, new DateOnly(2021, 6, 18));

        Assert.Single(Counted(doc));
    }
}
