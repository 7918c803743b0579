namespace Sitrep.Tests.Casualties;

/// <summary>
/// One total per event for the constructions of issue #18: coordinated persons, two joined
/// participles, breakdowns between dashes or in brackets, subsets before an article, and lists
/// that end with a singular noun. Each construction has a near miss that must not change.
/// </summary>
public class TotalGrammarTests
{
    [Theory]
    [InlineData("The district chief and his bodyguard were killed in the blast.", 2)]
    [InlineData("The head of the provincial council and his driver were killed when a bomb exploded.", 2)]
    [InlineData("A prosecutor and his son were shot and killed by gunmen.", 2)]
    [InlineData("Gunmen shot dead the district governor and his bodyguard.", 2)]
    [InlineData("A magnetic bomb killed a journalist and his brother.", 2)]
    [InlineData("A roadside bomb killed an army officer and two of his guards.", 3)]
    public void Coordinated_persons_are_each_counted(string sentence, long killed) =>
        Assert.Equal(killed, CasualtyPipeline.Totals(sentence).Killed);

    [Theory]
    [InlineData("Three health workers were shot and killed by gunmen.", 3)]
    [InlineData("Four road workers were abducted and later killed by militants.", 4)]
    [InlineData("Five civilians were hacked to death by rebels.", 5)]
    public void Joined_participles_share_their_subject(string sentence, long killed) =>
        Assert.Equal(killed, CasualtyPipeline.Totals(sentence).Killed);

    [Theory]
    [InlineData("Eight security personnel - five soldiers, two police officers and an intelligence operative - were killed in an ambush.", 8)]
    [InlineData("A mortar round killed 6 civilians (3 men, 2 women and a child).", 6)]
    [InlineData("Shelling killed five civilians - two women and three children - and wounded eleven.", 5)]
    [InlineData("12 Taliban fighters including a local commander were killed in a clash.", 12)]
    [InlineData("Seven militants, among them a senior commander, were killed.", 7)]
    public void A_breakdown_or_subset_is_not_counted_again(string sentence, long killed) =>
        Assert.Equal(killed, CasualtyPipeline.Totals(sentence).Killed);

    [Theory]
    [InlineData("Militants attacked the village, killing 3 volunteers, 40 civilians and a gendarme.", 44)]
    [InlineData("Attacks on checkpoints killed 4 police officers, 2 militia members and 1 soldier.", 7)]
    [InlineData("Drone strikes killed two fighters, a child and three other civilians.", 6)]
    public void A_list_of_victims_is_summed(string sentence, long killed) =>
        Assert.Equal(killed, CasualtyPipeline.Totals(sentence).Killed);

    [Fact]
    public void A_possessive_that_is_no_second_victim_adds_nothing()
    {
        // "his" after the verb's objects, not joined by "and", is not another person
        Assert.Equal(1, CasualtyPipeline.Totals("Gunmen killed a shopkeeper in his shop.").Killed);
        Assert.Equal(2, CasualtyPipeline.Totals("Two soldiers were killed and their commander was wounded.").Killed);
    }
}
