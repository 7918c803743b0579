using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Events;

/// <summary>A coder's stated total ("Fatalities coded as N") is the event's total, with its span and rule (issue #18).</summary>
public class CodedTotalTests
{
    private static readonly SitrepPipeline Pipeline = PipelineBuilder.Default();
    private static readonly CodedTotals Totals = CodedTotals.Load(DataPack.Default);

    private static EventMention Counted(string text) =>
        Assert.Single(Pipeline.Process(Article.Create(text, "test", published: new DateOnly(2020, 3, 12))).Events, e => e.Counts);

    [Theory]
    [InlineData("Fatalities coded as 12 ('dozens').", 12, 12, null)]
    [InlineData("Coded fatalities: 2 (own losses only).", 2, 2, null)]
    [InlineData("Ambush in the north. [5 fatalities]", 5, 5, null)]
    [InlineData("Coded as abduction; 4 fatalities.", 4, 4, null)]
    [InlineData("An estimated 200 to 800 were killed. Coded 200 (low), high 800.", 200, 200, 800L)]
    // a note that shows its sum codes the sum; a bracketed breakdown codes what it ends on
    [InlineData("Scores died in the raid. Fatalities coded 20 (scores) + 3 = 23.", 23, 23, null)]
    [InlineData("A bus was hit. [Fatalities: 5 pilgrims + 1 driver per a later tally; coded 6]", 6, 6, null)]
    // a GED-style note's three estimates
    [InlineData("Deaths side A 3, side B 8, civilians 1, unknown 0. Best 12, low 11, high 20 (party statement).", 12, 11, 20L)]
    [InlineData("Deaths A: 4, B: 0, civilians: 2 (best 6; low 6; high 9). Sources: local media.", 6, 6, 9L)]
    public void Finds_the_stated_total(string text, long best, long low, long? high)
    {
        var found = Totals.Find(text);
        Assert.NotNull(found);
        Assert.Equal((best, low, high), (found.Value.Best, found.Value.Low, found.Value.High));
    }

    [Theory]
    [InlineData("The colour-coded map shows 12 districts.")]
    [InlineData("Officials said 14 people were killed and 3 wounded.")]
    [InlineData("The unit was decoded 5 times.")]
    [InlineData("The best 5 of the low 20 of the high 30 teams.")]
    public void Ordinary_text_states_no_total(string text) => Assert.Null(Totals.Find(text));

    [Fact]
    public void The_stated_total_overrides_the_sentences_figures_and_keeps_the_claim_in_high()
    {
        var e = Counted("On 3 March 2020, Taliban fighters clashed with police in Nad-e-Ali district, Helmand. The interior ministry said 14 Taliban were killed. Fatalities coded as 0 (only party claims).");
        Assert.Equal((0L, 0L), (e.Fatalities!.Best, e.Fatalities.Low));
        Assert.Equal(14L, e.Fatalities.High);
        var evidence = Assert.Single(e.Evidence, ev => ev.Field == "fatalities");
        Assert.Equal(CodedTotals.Rule, evidence.Rule);
        Assert.StartsWith("Fatalities coded as 0", evidence.Text);
    }
}

/// <summary>People joined by possessives and "killed with" count one by one (issue #18, coordinated victims).</summary>
public class JoinedVictimTests
{
    private static readonly SitrepPipeline Pipeline = PipelineBuilder.Default();

    private static long? Best(string text) =>
        Assert.Single(Pipeline.Process(Article.Create(text, "test", published: new DateOnly(2020, 3, 12))).Events, e => e.Counts).Fatalities?.Best;

    [Theory]
    [InlineData("Unknown armed men shot and killed a shopkeeper, his son and nephew in Fayzabad city on Monday.", 3)]
    [InlineData("Mortar rounds landed on a residential area in Tirinkot city, Uruzgan, on Monday, killing a woman and her two daughters.", 3)]
    [InlineData("Taliban militants stormed a district headquarters in Takhar province on Sunday, killing the district police chief, his deputy and four other officers.", 6)]
    [InlineData("ALP commander Abdul Qadir was killed with four of his guards in a Taliban ambush in Sancharak district, Sar-e-Pul, on Monday.", 5)]
    [InlineData("Mortars hit houses in Sarkani district of Kunar on Monday; a woman and her two sons were killed.", 3)]
    public void Each_joined_person_counts(string text, long best) => Assert.Equal(best, Best(text));

    [Fact]
    public void Killed_with_a_weapon_adds_nobody() =>
        Assert.Equal(1L, Best("A policeman was killed with two grenades in Kandahar city on Monday."));
}

/// <summary>Titles and foreign places as real feeds write them (issue #18).</summary>
public class RealWorldTitleTests
{
    private static readonly SitrepPipeline Pipeline = PipelineBuilder.Default();

    private static EventMention Counted(string text) =>
        Assert.Single(Pipeline.Process(Article.Create(text, "test", published: new DateOnly(2021, 1, 5))).Events, e => e.Counts);

    [Fact]
    public void A_title_without_articles_counts_its_bare_nouns()
    {
        var e = Counted("Gunmen kill district chief, bodyguard in Kunar");
        Assert.Equal(2L, e.Fatalities?.Best);
        Assert.Contains(e.Evidence, ev => ev.Field == "fatalities" && ev.Rule == "casualty.bare-noun");
    }

    [Fact]
    public void A_title_bare_subject_is_one_person() =>
        Assert.Equal(1L, Counted("Policeman guarding vaccination team shot dead in Kunduz city").Fatalities?.Best);

    [Fact]
    public void Neutralised_is_a_killing()
    {
        var e = Counted("Troops of Operation Hadin Kai neutralised 11 terrorists around Kareto in Mobbar LGA of Borno State on Thursday.");
        Assert.Equal(11L, e.Fatalities?.Best);
        Assert.Equal("Borno", e.Place?.Place.Admin1);
    }

    [Theory]
    [InlineData("Gunmen kill 11 villagers in Diyala's Muqdadiya district", "Diyala", "Al-Muqdadiya District")] // Arabic article left off
    [InlineData("Somalia: Roadside blast kills 2 guards in Afgoye", "Lower Shabeelle", "Afgooye")] // doubled vowel written single
    public void A_foreign_place_in_the_press_spelling_gets_its_admin1_and_admin2(string text, string admin1, string admin2)
    {
        var e = Counted(text);
        Assert.Equal((admin1, admin2), (e.Place?.Place.Admin1, e.Place?.Place.Admin2));
    }
}

/// <summary>More dead in the same account add up; a lead's toll goes with the placed event it previews (issue #18).</summary>
public class AddedDeadTests
{
    private static readonly SitrepPipeline Pipeline = PipelineBuilder.Default();

    private static EventMention Counted(string text) =>
        Assert.Single(Pipeline.Process(Article.Create(text, "test", published: new DateOnly(2019, 7, 13))).Events, e => e.Counts);

    [Fact]
    public void Attackers_also_killed_add_to_a_toll_officials_gave()
    {
        var e = Counted("Gunmen attacked a hotel in Kandahar city late on Friday, killing at least 26 people including a journalist, officials said Saturday. Four attackers were also killed.");
        Assert.Equal(30L, e.Fatalities?.Best);
    }

    [Fact]
    public void The_leads_toll_moves_to_the_placed_event_it_previews()
    {
        var e = Counted("BAMAKO (Reuters) - Suspected jihadists killed 24 soldiers in an attack on an army base in central Mali on Thursday, the army said, adding that 17 assailants were also killed. The attack on the base at Boulkessi in Mopti region was one of the deadliest this year.");
        Assert.Equal(41L, e.Fatalities?.Best);
        Assert.Contains(e.Evidence, ev => ev.Field == "fatalities" && ev.Rule.EndsWith("+event.preview", StringComparison.Ordinal));
    }
}
