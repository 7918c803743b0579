using Sitrep.Events;

namespace Sitrep.Tests.Casualties;

/// <summary>
/// The dead named beside a victim ("shot him dead along with four relatives"), the wounded who died named with their
/// noun ("two of the injured policemen later died"), a breakdown between commas that names persons with "a"
/// ("Three civilians, a shopkeeper and two boys, were killed"), and a toll update that already counts the wounded who
/// died. Sentences are invented for these tests.
/// </summary>
public class CompanionAndBreakdownTests
{
    private static long? Killed(string text) => CasualtyTotals.For(CasualtyPipeline.Run(text).Casualties).Killed?.Best;

    [Theory]
    [InlineData("Gunmen broke into the house of a tribal elder in Chora on Sunday night and shot him dead along with four relatives.", 5)]
    [InlineData("Gunmen stopped the bus and shot the driver dead together with two passengers.", 3)]
    [InlineData("Gunmen killed the district chief along with two of his guards.", 3)]
    public void The_dead_named_with_the_victim_add_to_it(string text, long killed) => Assert.Equal(killed, Killed(text));

    [Theory]
    [InlineData("Two of the injured policemen later died in hospital.", 2)]
    [InlineData("One of the wounded officers died later in the provincial hospital.", 1)]
    public void Wounded_named_by_their_noun_who_died_are_dead(string text, long killed) => Assert.Equal(killed, Killed(text));

    [Theory]
    [InlineData("Three civilians, a shopkeeper and two boys, were killed when rockets hit the bazaar.", 3)]
    [InlineData("Two civilians, a policeman and a child, were killed in the blast.", 4)]
    [InlineData("Two soldiers, a policeman and a civilian, were killed in the blast.", 4)]
    public void A_civilian_breakdown_between_commas_is_no_more_dead(string text, long killed) => Assert.Equal(killed, Killed(text));

    [Fact]
    public void A_toll_update_counts_the_wounded_who_died()
    {
        Assert.Equal(11, Killed("The toll from Sunday's car bombing rose to 11 on Monday after two of the wounded died overnight, officials said."));
    }
}
