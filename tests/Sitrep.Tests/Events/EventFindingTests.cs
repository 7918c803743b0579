using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Events;

/// <summary>
/// Finding the event and giving it its dead (issue #18), on the whole pipeline: a fight told as
/// an exchange of fire, a fight going on "since Friday", the fighting that won a place, a crowd
/// that died where forces broke up its protest, and a title that tells a party's claimed toll.
/// </summary>
public class EventFindingTests
{
    private static readonly SitrepPipeline Pipeline = PipelineBuilder.Default();

    private static List<EventMention> Counted(string text, DateOnly published) =>
        [.. Pipeline.Process(Article.Create(text, "test", published: published)).Events.Where(e => e.Counts)];

    private static EventMention One(string text, int year = 2020, int month = 6, int day = 14) =>
        Assert.Single(Counted(text, new DateOnly(year, month, day)));

    [Theory]
    [InlineData("DAMASCUS (AP) - Government troops and rebel fighters exchanged fire near Saraqib in Idlib province on Monday, leaving four soldiers and three of the rebels dead, a war monitor said.", 7)]
    [InlineData("KANDAHAR - Border police and Taliban gunmen traded fire at a checkpoint in Spin Boldak district on Friday, leaving two policemen dead, officials said.", 2)]
    public void An_exchange_of_fire_told_as_a_verb_is_a_clash_with_its_dead(string text, int dead)
    {
        var e = One(text);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal(dead, e.Fatalities?.Best);
    }

    [Fact]
    public void Fighting_since_a_recent_weekday_is_news_not_a_recap()
    {
        var e = One("TALOQAN, Afghanistan - Taliban fighters and Afghan forces have been fighting in Dasht-e-Qala district of Takhar since Thursday, a police spokesman said on Sunday, adding that 25 Taliban and four policemen had been killed.");
        Assert.Equal(29, e.Fatalities?.Best);
    }

    [Theory]
    [InlineData("KUNDUZ, Afghanistan, June 14 (Reuters) - Afghan commandos recaptured the Khan Abad district centre in Kunduz province from the Taliban on Saturday after clashes in which four commandos and 21 militants died, a provincial official told Reuters.", "Government regains territory", 25)]
    [InlineData("GHAZNI - Afghan forces retook Andar district headquarters from the Taliban on Sunday following heavy fighting that killed three soldiers and 11 insurgents, the governor's spokesman said.", "Government regains territory", 14)]
    public void The_fighting_that_won_a_place_is_the_captures_own_battle(string text, string subType, int dead)
    {
        var e = One(text);
        Assert.Equal(subType, e.SubEventType);
        Assert.Equal(dead, e.Fatalities?.Best);
    }

    [Theory]
    [InlineData("Police in Kaduna fired tear gas at students protesting the killing of a trader on Monday, and one student died of gunshot wounds, witnesses said.", 1)]
    [InlineData("MANDALAY, Myanmar (AFP) - Three demonstrators were shot dead on Friday when soldiers fired into a crowd marching against the junta in Mandalay, a medic said.", 3)]
    [InlineData("On 3 June 2020, riot police used live ammunition and tear gas to disperse a sit-in outside the governor's office in Nasiriyah city. 2 protesters killed; several injured.", 2)]
    [InlineData("On 5 June 2020, police dispersed a student protest in Kabul city with batons and water cannon. A hospital said 1 protester died.", 1)]
    [InlineData("On 2 June 2020, hundreds of students marched in Kunduz city against higher fees. Police opened fire on the crowd: 3 students killed, 9 wounded.", 3)]
    [InlineData("On 4 June 2020, shopkeepers rallied in Taloqan over new taxes. Soldiers fired on the demonstrators, killing two.", 2)]
    public void A_crowd_that_died_where_forces_broke_up_its_protest_is_excessive_force(string text, int dead)
    {
        var e = One(text);
        Assert.Equal(("Protests", "Excessive force against protesters"), (e.EventType, e.SubEventType));
        Assert.Equal(dead, e.Fatalities?.Best);
    }

    [Fact]
    public void Taliban_firing_on_a_crowd_after_their_takeover_is_force_on_a_protest()
    {
        var e = Assert.Single(Counted("On 3 March 2022, some two hundred women marched in Mazar-e-Sharif city demanding the right to work. Taliban gunmen fired on the crowd; one woman was killed and four injured.",
            new DateOnly(2022, 3, 5)), e => !e.IsPoliticalInteraction);
        Assert.Equal(("Protests", "Excessive force against protesters"), (e.EventType, e.SubEventType));
        Assert.Equal(1, e.Fatalities?.Best);
        Assert.Equal("military_af_ie", e.Target?.ActorId);
    }

    [Fact]
    public void A_crowd_fired_on_in_another_province_is_no_force_on_the_protest_before()
    {
        var events = Counted("On 2 June 2020, hundreds of students marched in Kunduz city against higher fees. In Herat, police opened fire on the crowd at a wedding: 3 guests killed.", new DateOnly(2020, 6, 14));
        Assert.DoesNotContain(events, e => e.SubEventType == "Excessive force against protesters");
    }

    [Theory]
    [InlineData("Three nomads were killed on Tuesday when their pickup hit a mine in Khash Rod district of Nimroz, officials said.", 3)]
    [InlineData("Four border guards killed as mine hits patrol near Zaranj", 4)]
    [InlineData("A tractor struck an old mine in Nad Ali district of Helmand on Sunday, killing two farmers.", 2)]
    public void A_vehicle_that_hits_a_mine_is_a_landmine_explosion(string text, int dead)
    {
        var e = One(text);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
        Assert.Equal(dead, e.Fatalities?.Best);
    }

    [Fact]
    public void Who_laid_the_mine_a_vehicle_hit_is_the_agent_and_its_riders_the_target()
    {
        var e = One("A police spokesman said five shepherds were killed on Friday when the cart they were travelling on struck a Taliban mine in Shindand district of Herat.");
        Assert.Equal(("taliban", "civilians_af"), (e.Agent?.ActorId, e.Target?.ActorId));
    }

    [Fact]
    public void A_crowd_that_beats_a_man_to_death_is_mob_violence_against_him()
    {
        var e = Assert.Single(Counted("On 12 May 2020, a crowd in the old bazaar of Kunduz city beat to death a shopkeeper accused of blasphemy; two policemen were hurt trying to stop them.",
            new DateOnly(2020, 6, 14)), e => !e.IsPoliticalInteraction);
        Assert.Equal(("Riots", "Mob violence"), (e.EventType, e.SubEventType));
        Assert.Equal("civilians_af", e.Target?.ActorId);
        Assert.Equal(1, e.Fatalities?.Best);
    }

    [Theory]
    [InlineData("Hundreds of angry residents torched two police vehicles in Taloqan city on Sunday, officials said.")]
    [InlineData("A mob set fire to the district court in Khost city on Wednesday.")]
    public void Property_a_crowd_destroys_is_a_riot(string text)
    {
        var e = One(text);
        Assert.Equal(("Riots", "Violent demonstration"), (e.EventType, e.SubEventType));
    }

    [Fact]
    public void Property_unknown_persons_destroy_stays_property_destruction()
    {
        var e = One("On 4 June 2020, unknown persons set fire to a boys' school in Arghandab district of Kandahar at night.");
        Assert.Equal("Looting/property destruction", e.SubEventType);
    }

    [Theory]
    [InlineData("Miners at the Dara-e-Suf coal mine struck for higher pay on Monday.")]
    [InlineData("Workers said the gold mine hit record output this year.")]
    public void A_mine_that_is_a_pit_is_no_explosive(string text) =>
        Assert.DoesNotContain(Counted(text, new DateOnly(2020, 6, 14)), e => e.SubEventType == "Remote explosive/landmine/IED");

    [Fact]
    public void A_protest_over_a_killing_by_police_stays_a_protest_beside_the_killing()
    {
        var events = Counted("Relatives protested in Jalalabad on Tuesday after police shot dead two youths on Monday.", new DateOnly(2020, 6, 14));
        Assert.DoesNotContain(events, e => e.SubEventType == "Excessive force against protesters");
    }

    [Fact]
    public void Riot_police_are_no_riot()
    {
        var e = One("On 3 June 2020, riot police fired tear gas to disperse a sit-in outside the council building in Basra city.");
        Assert.Equal("Protests", e.EventType);
    }

    [Theory]
    [InlineData("Kachin Independence Army says 30 Tatmadaw soldiers killed in Hpakant fighting; army silent", 30)]
    [InlineData("Al-Shabaab claims it killed 15 Kenyan troops in Gedo attack; no independent confirmation", 15)]
    [InlineData("Burkina army says it 'neutralised' 40 terrorists near Djibo", 40)]
    public void A_title_that_tells_a_partys_claimed_toll_is_an_event_counting_none(string title, int claimed)
    {
        var e = One(title);
        Assert.Equal(0, e.Fatalities?.Best);
        Assert.Equal(claimed, e.Fatalities?.High);
    }

    [Theory]
    [InlineData("On 12 June 2020, ANA and police forces conducted an operation against the Taliban in Chahar Bolak district, Balkh. 9 Taliban fighters were killed according to local elders.", 9)]
    [InlineData("Security forces carried out a search operation in the Khan Abad district of Kunduz on Friday, killing four insurgents, officials said.", 4)]
    [InlineData("ISPR: On 11 June 2020 security forces conducted an intelligence-based operation in the Spinwam area of North Waziristan. During a heavy exchange of fire 2 terrorists were killed and a soldier was injured.", 0)]
    public void An_operation_with_a_toll_is_a_battle(string text, int dead)
    {
        var e = One(text);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal(dead, e.Fatalities?.Best);
    }

    [Theory]
    [InlineData("NDS special forces conducted an operation in Kabul's PD 8 on Sunday and arrested four suspects.")]
    [InlineData("Afghan forces launched a clearance operation in Dand district of Kandahar on Monday, officials said.")]
    public void An_operation_that_hurt_nobody_is_no_battle(string text) =>
        Assert.DoesNotContain(Counted(text, new DateOnly(2020, 6, 14)), e => e.EventType == "Battles");

    [Fact]
    public void A_clearing_operation_by_a_force_names_its_agent()
    {
        var e = One("Ministry of Defense: As a result of a clearing operation by ANA commandos in Shah Wali Kot district of Kandahar province yesterday, 14 Taliban terrorists were killed.");
        Assert.Equal("military_af", e.Agent?.ActorId); // not the ministry that speaks
    }

    [Fact]
    public void A_martyrdom_operation_stays_a_suicide_bombing()
    {
        var e = One("Islamic Emirate: On Friday, mujahideen conducted a martyrdom operation on an enemy base in Grishk. Dozens of soldiers were killed.");
        Assert.Equal("Suicide bomb", e.SubEventType);
    }

    [Theory]
    [InlineData("Mogadishu: gunmen on motorbike kill senior police officer and one of his bodyguards in Hodan", 2)]
    [InlineData("Hodeidah: Houthi sniper kills 12-year-old boy in Hays district - local monitor", 1)]
    public void A_headline_casualty_verb_after_an_unknown_subject_is_the_event(string title, int dead) =>
        Assert.Equal(dead, One(title).Fatalities?.Best);

    [Fact]
    public void Wounds_after_a_possessive_are_no_verb()
    {
        var events = Counted("A policeman who was shot in Kabul on Monday died of his wounds in hospital.", new DateOnly(2020, 6, 14));
        Assert.DoesNotContain(events, e => e.TriggerText == "wounds");
    }

    [Fact]
    public void Burning_homes_is_property_destruction()
    {
        var e = One("Niger: militants burn about 40 homes in Diffa villages, no casualties reported");
        Assert.Equal("Looting/property destruction", e.SubEventType);
    }

    [Theory]
    [InlineData("Kunduz: Angry protesters storm Imam Sahib district office over killing of local elder; 3 injured")]
    [InlineData("Villagers stormed the district headquarters in Kandahar on Monday over the killing of a shopkeeper.")]
    public void A_crowd_that_storms_an_office_riots_and_the_death_it_protests_is_not_its_toll(string text)
    {
        var e = One(text);
        Assert.Equal(("Riots", "Violent demonstration"), (e.EventType, e.SubEventType));
        Assert.True(e.Fatalities is null || e.Fatalities.Best == 0);
    }

    [Fact]
    public void An_operation_beside_a_named_act_of_violence_is_its_frame()
    {
        var events = Counted("Afghan commandos carried out an operation in Andar district of Ghazni on Monday, killing six insurgents. Jets also struck a Taliban compound in the district, killing four more.", new DateOnly(2020, 6, 14));
        Assert.Contains(events, e => e.SubEventType == "Air/drone strike");
        Assert.DoesNotContain(events, e => e.Evidence.Any(ev => ev.Rule.StartsWith("trigger.clash.operation", StringComparison.Ordinal) && ev.Field == "event_type"));
    }

    [Theory]
    [InlineData("Afghan police shot dead a would-be suicide bomber on Monday as he approached a mosque in Kandahar city, officials said.")]
    [InlineData("On 3 June 2020, NDS officers shot and killed a suspected Taliban gunman who attempted to throw a grenade at a checkpoint in Ghazni city.")]
    public void Killing_a_man_before_his_attack_is_the_event_not_the_attack_he_meant(string text)
    {
        var e = One(text);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal(1, e.Fatalities?.Best);
    }

    [Fact]
    public void A_would_be_bomber_arrested_is_no_bombing() =>
        Assert.DoesNotContain(Counted("Police arrested a would-be suicide bomber in Kabul on Monday.", new DateOnly(2020, 6, 14)),
            e => e.EventType == "Explosions/Remote violence");

    [Fact]
    public void Force_used_to_disperse_a_crowd_is_an_intervention_that_happened()
    {
        var e = Assert.Single(Counted("KABUL - Protesters in Karte Se burned tyres and blocked roads on Sunday to denounce the killing of a cleric, and police fired warning shots to disperse them. Two protesters were injured.", new DateOnly(2020, 6, 14)),
            e => e.EventType == "Protests");
        Assert.Equal("Protest with intervention", e.SubEventType);
    }

    [Theory]
    [InlineData("FAMa communique: On 10 June 2020 FAMa units intercepted terrorists near Boni (Douentza circle). Toll: on the friendly side, 2 soldiers killed and 4 wounded; on the enemy side, 11 terrorists neutralised.", 2)]
    [InlineData("Ministry of Defense: ANA commandos cleared five villages in Maiwand district of Kandahar province on Tuesday. Eighteen Taliban insurgents were killed. One commando was martyred during the operation.", 1)]
    public void Intercepting_or_clearing_with_a_toll_is_a_battle(string text, int dead)
    {
        var e = One(text);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal(dead, e.Fatalities?.Best);
    }

    [Fact]
    public void An_interception_that_hurt_nobody_is_no_battle() =>
        Assert.Empty(Counted("Customs officers intercepted a truck carrying fuel near Herat on Monday.", new DateOnly(2020, 6, 14)));

    [Fact]
    public void The_hospital_where_the_wounded_died_is_no_new_scene() =>
        Assert.Equal(10, One("Taliban insurgents ambushed a police convoy in Badghis province on Monday, killing seven officers. Three more died of their wounds in hospital in Qala-e-Naw, provincial police said on Tuesday.").Fatalities?.Best);

    [Fact]
    public void A_toll_told_with_the_attackers_retreat_continues_the_fight()
    {
        var e = One("8th Infantry Division, Philippine Army: Troops of the 20th Infantry Battalion clashed with about 30 NPA rebels in Las Navas, Northern Samar, on Monday. Two soldiers were killed in action; the rebels withdrew carrying their wounded.");
        Assert.Equal(2, e.Fatalities?.Best);
    }

    [Fact]
    public void The_dead_of_a_capture_were_not_taken_captive()
    {
        var e = One("The Taliban conquered Khwaja Ghar on Saturday. Six soldiers were killed in the fighting.");
        Assert.Equal("Battles", e.EventType);
    }

    [Fact]
    public void A_title_that_counts_the_dead_of_attacks_tells_one_incident()
    {
        var e = One("Burkina Faso: Dozens killed in attacks on two villages near Seytenga, Sahel region");
        Assert.Equal(12, e.Fatalities?.Best);
    }

    [Theory]
    [InlineData("Over 300 killed in attacks across Afghanistan this month")]
    [InlineData("Several attacks reported in Kandahar")]
    public void A_title_that_sums_up_many_attacks_is_no_event(string title) =>
        Assert.Empty(Counted(title, new DateOnly(2020, 6, 14)));
}
