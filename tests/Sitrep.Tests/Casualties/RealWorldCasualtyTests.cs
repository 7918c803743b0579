using Sitrep.Events;

namespace Sitrep.Tests.Casualties;

/// <summary>
/// Casualty figures written the way real-world notes, titles and statements write them (issue #18,
/// session 11): victims listed in an aside or apposition, a family sized by its members, a running
/// tally, title verbs in the present tense, and a statement opened by a dated or possessive speaker.
/// Sentences are invented for these tests.
/// </summary>
public class RealWorldCasualtyTests
{
    [Theory]
    // an aside with no figure before it lists the dead one by one
    [InlineData("The victims \u2014 a teacher, his wife and their two sons \u2014 were killed in the blast.", 4)]
    [InlineData("The victims - a driver and his three passengers - were killed when the mine went off.", 4)]
    // an apposition between commas breaks down the total before it
    [InlineData("Four members of a household, a grandmother and her three grandchildren, were shot dead by gunmen.", 4)]
    [InlineData("Five relatives of the mayor, two brothers and three cousins, were killed in the ambush.", 5)]
    [InlineData("The victims, a shepherd and his son, were killed by a landmine.", 2)]
    // a list closed by a comma is still the subject
    [InlineData("Three soldiers, a policeman and a civilian, were killed in the attack on the base.", 5)]
    // "members of one family": the figure of the "of" complement sizes the family, not the dead
    [InlineData("Two members of one clan were killed in the feud.", 2)]
    // an apposition "N of them ..." is part of the total before it, not a second figure or a break
    [InlineData("Six villagers, four of them children, were killed when the shell hit the market.", 6)]
    [InlineData("Three labourers, two of them brothers, were shot dead at the quarry.", 3)]
    public void Asides_and_appositions(string text, long killed)
    {
        Assert.Equal(killed, CasualtyPipeline.Totals(text).Killed);
    }

    [Fact]
    public void An_aside_list_keeps_its_rule_and_spans()
    {
        var doc = CasualtyPipeline.Run("The victims \u2014 a teacher, his wife and their two sons \u2014 were killed in the blast.");
        Assert.All(doc.Casualties, c => Assert.Contains("+aside-list", c.Rule, StringComparison.Ordinal));
        Assert.Contains(doc.Casualties, c => c.Count.Value == 2 && doc.Text[c.Span.Start..c.Span.End].Contains("two sons", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Mortar shell kills family of five in Marjah", 5)]
    [InlineData("The air strike killed a family of nine in the village.", 9)]
    [InlineData("Gunmen killed a household of six near the border.", 6)]
    public void A_family_is_counted_by_its_size(string text, long killed)
    {
        var doc = CasualtyPipeline.Run(text);
        Assert.Equal(killed, CasualtyTotals.For(doc.Casualties).Killed?.Best);
        Assert.Contains(doc.Casualties, c => c.Rule == "casualty.collective");
    }

    [Theory]
    [InlineData("The number of people killed in Thursday's bombing of the bus station in Quetta has risen to 31, officials said.", 31)]
    [InlineData("According to the health department, the total number of worshippers killed in the mosque attack, in the south of the city, has reached 57.", 57)]
    [InlineData("The number of dead climbed to 12 on Monday.", 12)]
    public void A_running_tally_takes_the_figure_it_reaches(string text, long killed)
    {
        var doc = CasualtyPipeline.Run(text);
        var c = Assert.Single(doc.Casualties, c => c.Kind == CasualtyKind.Killed);
        Assert.Equal((killed, "casualty.tally"), (c.Count.Value, c.Rule));
    }

    [Fact]
    public void A_number_of_people_with_no_tally_verb_is_no_figure()
    {
        Assert.Equal(-1, CasualtyPipeline.Totals("The number of people killed in the province is not known.").Killed);
    }

    [Theory]
    [InlineData("Militants execute three truck drivers in Lower Juba", 3)]
    [InlineData("Gunmen assassinate district commissioner in Afgoye", 1)]
    [InlineData("Bomb kills mayor, 3 bodyguards in northern town", 4)]
    [InlineData("Roadside mine kills 6 travellers on the Kandahar highway", 6)]
    public void Title_verbs_and_titles_of_officials(string text, long killed)
    {
        Assert.Equal(killed, CasualtyPipeline.Totals(text).Killed);
    }

    [Theory]
    // the dated aside in the speaker's name does not stop it being the speaker's own statement
    [InlineData("MoD press statement (4 May 2020): Commandos raided a Taliban hideout in Chak district. 14 Taliban were killed. Two of our soldiers were martyred.", 2)]
    // a unit named by its ordinal
    [InlineData("Press release \u2014 215th Maiwand Corps: 22 Taliban fighters were killed in an operation in Nad-e Ali district.", 0)]
    // a possessive speaker is that party's voice
    [InlineData("Kunduz governor's press office: Taliban attacked a checkpoint last night. Nine Taliban were killed while a police officer was martyred.", 1)]
    public void A_party_statement_counts_its_own_losses_only(string text, long killed)
    {
        Assert.Equal(killed, CasualtyPipeline.Totals(text).Killed);
    }

    [Fact]
    public void A_party_whose_name_has_a_possessive_is_still_found_as_written()
    {
        // "People's Defence Force" is a party: its claim of enemy dead is not counted
        var (killed, _) = CasualtyPipeline.Totals("The People's Defence Force said its fighters had killed 9 junta soldiers near the bridge on Friday.");
        Assert.Equal(0, killed);
    }

    [Fact]
    public void Outlets_of_a_citation_list_are_sources_of_one_toll()
    {
        var doc = CasualtyPipeline.Run("Ariana News | 2020-06-02 | Four killed in Logar blast || Tolo News | 2020-06-02 | Logar explosion kills four");
        var killed = CasualtyTotals.For(doc.Casualties).Killed!;
        Assert.Equal((4L, 4L), (killed.Best, killed.High));
        Assert.Equal(new[] { "Ariana News", "Tolo News" }, doc.Casualties.Select(c => c.ClaimedBy ?? "").ToArray());
    }

    [Theory]
    // a figure after a comma that a reporting verb follows is the source, not more victims
    [InlineData("A drone strike hit the market on Monday, killing 31 people, two medics said.", 31)]
    [InlineData("Gunmen attacked the bus, killing 12 passengers, three survivors told reporters.", 12)]
    // a plain list of victims is still summed
    [InlineData("The blast killed 4 soldiers, two policemen and a child.", 7)]
    public void A_source_after_the_victims_is_not_counted(string text, long killed)
    {
        Assert.Equal(killed, CasualtyPipeline.Totals(text).Killed);
    }

    [Theory]
    // "both" counts exactly two
    [InlineData("Both gunmen were shot dead by the guards at the gate.", 2)]
    [InlineData("The missile hit the helicopter, killing both pilots.", 2)]
    // a party's own dead in its statement's words
    [InlineData("Four of our comrades sacrificed their lives in the battle for the bridge.", 4)]
    [InlineData("Two volunteers gave their lives defending the checkpoint.", 2)]
    public void Both_and_the_words_a_party_uses_for_its_own_dead(string text, long killed)
    {
        Assert.Equal(killed, CasualtyPipeline.Totals(text).Killed);
    }
}
