using Sitrep.Events;

namespace Sitrep.Tests.Casualties;

/// <summary>
/// How casualty figures are read once their sentence is known (issue #18, session 13): tolls
/// counted in lives or martyrs, bodies as the dead, a party mourning its own, a subset closed by
/// "among them", and a battle lasting a few days that is no statistic. Sentences are invented
/// for these tests.
/// </summary>
public class FigureReadingTests
{
    [Theory]
    // lives counted are the dead
    [InlineData("The truck bombing in the market of Pul-e-Alam has now claimed 19 lives, a doctor said.", 19)]
    [InlineData("The shelling of the camp cost 8 lives.", 8)]
    // a count of martyrs updated like a toll, past a number that names a place
    [InlineData("The number of martyrs from the attack on the Police District 6 station in Herat city has risen to eleven.", 11)]
    [InlineData("The number of deaths from Sunday's blast rose to 23.", 23)]
    public void A_toll_in_lives_or_martyrs_is_the_dead(string text, long killed) =>
        Assert.Equal(killed, CasualtyPipeline.Totals(text).Killed);

    [Theory]
    [InlineData("The provincial hospital said it had received the bodies of six people and 17 wounded after the blast.", 6, 17)]
    [InlineData("Villagers recovered the bodies of three shepherds from the river on Friday.", 3, -1)]
    [InlineData("Police found 14 bodies in a ditch outside the town.", 14, -1)]
    public void Bodies_are_the_dead_and_the_wounded_beside_them_are_not(string text, long killed, long injured) =>
        Assert.Equal((killed, injured), CasualtyPipeline.Totals(text));

    [Theory]
    [InlineData("Mourners carrying the bodies of two boys marched to the governor's compound in Ghazni.")]
    [InlineData("Relatives blocked the Herat-Kandahar highway with the bodies of five men they said were killed by troops.")]
    public void Bodies_carried_to_a_protest_are_the_dead_of_an_earlier_event(string text) =>
        Assert.Equal(-1, CasualtyPipeline.Totals(text).Killed);

    [Theory]
    [InlineData("Army statement: A supply convoy was ambushed near Tessit on Monday. We mourn four soldiers, and six others are hurt.", 4)]
    [InlineData("The battalion mourns two of its officers after the raid.", 2)]
    public void A_party_mourning_its_men_admits_their_deaths(string text, long killed) =>
        Assert.Equal(killed, CasualtyPipeline.Totals(text).Killed);

    [Fact]
    public void Mourning_needs_a_victim_noun() =>
        Assert.Equal(-1, CasualtyPipeline.Totals("Thousands mourn 3 days after the flood.").Killed);

    [Theory]
    [InlineData("A drone strike in Chahar Bolak killed seven villagers, four boys among them, and wounded three others.", 7, 3)]
    [InlineData("Gunmen shot dead five passengers, two of them women, and injured a driver.", 5, 1)]
    public void A_later_item_closed_by_among_them_is_part_of_the_total(string text, long killed, long injured) =>
        Assert.Equal((killed, injured), CasualtyPipeline.Totals(text));

    [Theory]
    [InlineData("Clashes in Qaisar district over the past three days have killed 17 insurgents and two soldiers, the governor said.", 19)]
    [InlineData("Fighting in the valley in the last two days has killed 8 militants, officials said.", 8)]
    public void A_battle_of_a_few_days_is_an_event_not_a_statistic(string text, long killed)
    {
        var doc = CasualtyPipeline.Run(text);
        Assert.Empty(doc.StatisticalClaims);
        Assert.Equal(killed, CasualtyTotals.For(doc.Casualties).Killed?.Best);
    }

    [Theory]
    [InlineData("In the past few weeks 120 civilians have been killed in the province, the UN said.")]
    [InlineData("Over the past ten days 45 people were killed across the region.")]
    public void Longer_or_vaguer_periods_stay_statistics(string text) =>
        Assert.NotEmpty(CasualtyPipeline.Run(text).StatisticalClaims);
}

/// <summary>
/// Subjects whose figure stands far from the kill word (issue #18, session 13): a participle with its
/// own object or adjuncts, an "of one family" complement before a subset aside, and people said to be
/// "also among the dead". Sentences invented for these tests.
/// </summary>
public class DistantSubjectTests
{
    [Theory]
    [InlineData("Four pilgrims returning from a shrine were killed when the mine exploded.", 4)]
    [InlineData("Two farmers working in a field near Gereshk were killed by a mine on Friday.", 2)]
    [InlineData("Three students travelling to Kabul University were killed when a bomb hit their minibus.", 3)]
    // no participle: the article's noun is the subject
    [InlineData("A teacher from the village was killed in the crossfire.", 1)]
    public void The_figure_before_a_participle_is_the_subject(string text, long killed) =>
        Assert.Equal(killed, CasualtyPipeline.Totals(text).Killed);

    [Theory]
    [InlineData("Eight members of one family, among them five children, died when the shell hit their house.", 8)]
    [InlineData("Five members of a single clan, including two elders, were shot dead at the well.", 5)]
    public void A_family_before_a_subset_aside_is_sized_by_its_members(string text, long killed) =>
        Assert.Equal(killed, CasualtyPipeline.Totals(text).Killed);

    [Theory]
    [InlineData("An air strike killed eight fighters in the valley. Two shepherds were also among the dead.", 10)]
    [InlineData("Gunmen killed four guards at the gate. Three passers-by were also among those killed.", 7)]
    public void People_also_among_the_dead_add_to_the_toll(string text, long killed) =>
        Assert.Equal(killed, CasualtyPipeline.Totals(text).Killed);

    [Fact]
    public void People_among_the_dead_without_also_are_part_of_the_toll() =>
        Assert.Equal(6, CasualtyPipeline.Totals("A bomb killed six people in the market. Two children were among the dead.").Killed);
}

/// <summary>
/// A one-line list of several outlets' titles joined by single bars (issue #18, session 13): each
/// title is one report of the same toll, so rival figures are not summed. Strings invented for these tests.
/// </summary>
public class BarredTitleTests
{
    [Fact]
    public void Titles_joined_by_bars_are_rival_reports_of_one_toll()
    {
        var doc = CasualtyPipeline.Run("\"Rocket strikes bazaar in Maidan Shahr, killing 3\" - Salaam Times, 2 May 2020 | \"Three dead in Wardak rocket attack\" - Shamshad, 2 May 2020 | \"Rocket kills 5 in Wardak market, elders say\" - Bakhtar, 3 May 2020");
        var killed = CasualtyTotals.For(doc.Casualties).Killed!;
        Assert.Equal((3L, 5L), (killed.Best, killed.High));
        Assert.Contains(doc.Casualties, c => c.ClaimedBy == "Salaam Times");
        Assert.Contains(doc.Casualties, c => c.ClaimedBy == "elders");
    }

    [Fact]
    public void Titles_without_an_outlet_dash_are_numbered()
    {
        var doc = CasualtyPipeline.Run("Blast in Jalalabad kills 2 | Jalalabad explosion leaves two dead");
        Assert.Equal(2L, CasualtyTotals.For(doc.Casualties).Killed!.Best);
        Assert.Equal(new[] { "title 1", "title 2" }, doc.Casualties.Select(c => c.ClaimedBy ?? "").ToArray());
    }

    [Fact]
    public void A_heading_whose_bars_separate_speaker_and_date_is_one_statement()
    {
        var doc = CasualtyPipeline.Run("Regional police command | 9 May 2021 | Update: officers killed 6 kidnappers and 2 officers were wounded.");
        Assert.DoesNotContain(doc.Casualties, c => c.ClaimedBy is { } by && by.StartsWith("title ", StringComparison.Ordinal));
    }
}

/// <summary>
/// Two sides' conflicting figures (issue #18, session 13): when one side's figure is a claim and the other
/// side is told admitting its own losses, the other side speaks as a party too, and only what each admits
/// of its own counts. Sentences invented for these tests.
/// </summary>
public class MutualClaimTests
{
    [Theory]
    [InlineData("The Taliban claimed to have killed 28 policemen in an assault on a base in Shirin Tagab on Sunday, while the interior ministry put its own losses at five dead and said 16 attackers had been killed.", 5, 44)]
    [InlineData("The defence ministry said 30 Taliban were killed near Kajaki on Friday, and admitted that two soldiers died. The Taliban said they had killed 14 soldiers.", 2, 44)]
    public void A_side_admitting_its_own_losses_answers_the_others_claim(string text, long best, long high)
    {
        var killed = CasualtyTotals.For(CasualtyPipeline.Run(text).Casualties).Killed!;
        Assert.Equal((best, high), (killed.Best, killed.High));
    }

    [Fact]
    public void Without_an_admission_the_armys_figures_are_a_report()
    {
        var doc = CasualtyPipeline.Run("Clashes in Maiwand left 22 militants and 3 soldiers dead, according to the army. The Taliban said in a statement that 19 soldiers had been killed.");
        Assert.DoesNotContain(doc.Casualties, c => c.PartyClaim is not null && c.Count.Value == 22);
    }
}

/// <summary>
/// A party speaking of its own side in the first person (issue #18, session 13): the text is its statement
/// even when it does not open "Party:", and bodies its enemy left behind are its claim. Sentences invented for these tests.
/// </summary>
public class FirstPersonStatementTests
{
    [Fact]
    public void Our_side_makes_the_named_speaker_a_party()
    {
        var text = "Kandahar police spokesman Jamal Barakzai said in a statement that insurgents attacked checkpoints in Arghistan overnight. 18 insurgents were killed. On our side, two policemen were martyred and four were wounded.";
        var (killed, injured) = CasualtyTotals.For(CasualtyPipeline.Run(text).Casualties);
        Assert.Equal((2L, 20L), (killed!.Best, killed.High));
        Assert.Equal(4L, injured!.Best);
    }

    [Fact]
    public void Without_a_first_person_side_a_relayed_figure_is_a_report()
    {
        var text = "Kandahar police spokesman Jamal Barakzai said insurgents attacked checkpoints in Arghistan overnight. 18 insurgents were killed and two policemen died.";
        Assert.Equal(20, CasualtyPipeline.Totals(text).Killed);
    }

    [Fact]
    public void Bodies_the_enemy_left_behind_are_the_partys_claim()
    {
        var text = "Army communique: A patrol was ambushed near Gossi on Friday. We mourn one soldier. The assailants left 11 bodies behind as they fled.";
        var killed = CasualtyTotals.For(CasualtyPipeline.Run(text).Casualties).Killed!;
        Assert.Equal((1L, 12L), (killed.Best, killed.High));
    }
}

/// <summary>"The claim of X that N were killed" is X's claim, however it is relayed or denied (issue #18, session 13).</summary>
public class ClaimNounTests
{
    [Fact]
    public void The_claim_of_a_party_that_names_its_claimant()
    {
        var doc = CasualtyPipeline.Run("Statement of the Islamic Emirate: The claim of the puppet regime's defence ministry that 25 mujahideen were killed in Chak district is baseless. No mujahid was killed or injured.");
        var figure = Assert.Single(doc.Casualties, c => c.Count.Value == 25);
        Assert.Equal("the puppet regime's defence ministry", figure.ClaimedBy);
        Assert.Equal(0L, CasualtyTotals.For(doc.Casualties).Killed!.Best);
    }

    [Fact]
    public void A_claim_without_of_and_that_is_no_claimant() =>
        Assert.DoesNotContain(CasualtyPipeline.Run("The claim was rejected after 12 people were killed.").Casualties, c => c.ClaimedBy is not null);
}
