namespace Sitrep.Tests.Casualties;

/// <summary>
/// How a subject's asides and a person's name are read (issue #18, round 7): an age after a name counts
/// nobody, a rank before a name is one person, a participle with its own object stays inside the subject,
/// a trailing "among them" closes a part of the total, a quoted title in a citation counts its bare noun,
/// a dateline's date does not swallow the word figure after its dash, "died along with N" adds the N, and
/// "the wounded driver" counts nobody again. Sentences are invented for these tests.
/// </summary>
public class PersonAsideTests
{
    [Theory]
    [InlineData("Provincial council member Gul Ahmad, 52, was shot dead outside his home in Mehtar Lam.", 1)]
    [InlineData("Unknown gunmen killed tribal elder Haji Sattar, 61, near Gardez on Friday.", 1)]
    [InlineData("Driver Noor Agha, aged 40, died when the truck hit a mine.", 1)]
    public void An_age_after_a_name_counts_nobody(string text, long killed) =>
        Assert.Equal(killed, CasualtyPipeline.Totals(text).Killed);

    [Theory]
    [InlineData("Army statement: Militants fired on a patrol near Datta Khel. In the exchange Havildar Rafiq Khan, age 33, embraced shahadat.", 1)]
    [InlineData("After an hour of shelling Sergeant Milo Varga was killed at the bridge.", 1)]
    public void A_rank_and_a_name_are_one_person(string text, long killed) =>
        Assert.Equal(killed, CasualtyPipeline.Totals(text).Killed);

    [Theory]
    [InlineData("Four guards protecting a clinic near Asadabad were killed when militants stormed it.", 4)]
    [InlineData("All nine soldiers manning an outpost in the hills of Kamdesh were killed overnight.", 9)]
    public void A_participle_with_its_own_object_stays_inside_the_subject(string text, long killed) =>
        Assert.Equal(killed, CasualtyPipeline.Totals(text).Killed);

    [Theory]
    [InlineData("Fourteen militants, three group leaders among them, were killed in the raid on the camp.", 14)]
    [InlineData("Five pilgrims, among them two boys, died when a mine hit their minibus.", 5)]
    [InlineData("MAZAR, June 3 - Eight members of a wedding party, among them three women, were killed by a roadside bomb.", 8)]
    public void A_trailing_among_them_closes_a_part_of_the_total(string text, long killed) =>
        Assert.Equal(killed, CasualtyPipeline.Totals(text).Killed);

    [Theory]
    [InlineData("HERAT, Feb 12 - Three shepherds were killed by a mine on Sunday, police said.", 3)]
    [InlineData("KUNDUZ, Sept 7 - Ten militants died in an air strike on Friday, the army said.", 10)]
    public void A_word_figure_after_a_datelines_dash_is_a_count(string text, long killed) =>
        Assert.Equal(killed, CasualtyPipeline.Totals(text).Killed);

    [Theory]
    [InlineData("Salaam Times, \"Soldier killed, four hurt as rocket hits base in Gereshk\", 2 Feb 2021.", 1, 4)]
    [InlineData("Tolo News, \"Prosecutor shot dead in Kabul\", 9 Jan 2020.", 1, -1)]
    public void A_quoted_titles_bare_noun_is_one_person(string text, long killed, long injured) =>
        Assert.Equal((killed, injured), CasualtyPipeline.Totals(text));

    [Theory]
    [InlineData("The mayor of Gao died along with three of his bodyguards when the convoy was hit.", 4)]
    [InlineData("Two border guards died together with 5 gunmen in the shootout.", 7)]
    public void The_dead_along_with_a_subject_that_died_add_to_it(string text, long killed) =>
        Assert.Equal(killed, CasualtyPipeline.Totals(text).Killed);

    [Theory]
    [InlineData("Gunmen killed a nurse and wounded a driver in Khost. The injured driver died on Monday.", 1)]
    [InlineData("A blast wounded a guard at the gate. The wounded guard was flown to Kabul.", 1)]
    public void A_participle_after_an_article_describes_someone_already_counted(string text, long injured) =>
        Assert.Equal(injured, CasualtyPipeline.Totals(text).Injured);
}
