using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Casualties;

/// <summary>
/// Updates of a toll (issue #18, session 15): a toll brought to its figure ("rose to", "bringing the toll to") is the
/// whole count so far, superseding the dead named before it, and the wounded who later died add to the dead, also
/// when a later sentence tells them. Sentences are invented for these tests.
/// </summary>
public class TollUpdateTests
{
    private static readonly SitrepPipeline Full = PipelineBuilder.Default();

    private static long? KilledOfFirstEvent(string text) =>
        Full.Process(Article.Create(text, "test")).Events.FirstOrDefault(e => e.Counts)?.Fatalities?.Best;

    [Theory]
    [InlineData("A roadside mine struck a tractor in Nad Ali on Friday, killing three farmers. One of the wounded died in hospital on Saturday, bringing the death toll to four.", 4)]
    [InlineData("Gunmen opened fire on a wedding party in Zurmat on Monday, killing six guests, police said. Two of the wounded later died in hospital.", 8)]
    [InlineData("A bomb hidden in a cart exploded at a bus stop in Kunduz city on Sunday, killing five people; two of the 12 wounded later died.", 7)]
    public void A_later_death_updates_the_events_toll(string text, long killed) =>
        Assert.Equal(killed, KilledOfFirstEvent(text));

    [Fact]
    public void A_toll_put_at_a_figure_by_another_source_is_a_rival_figure()
    {
        var (killed, _) = CasualtyTotals.For(CasualtyPipeline.Run(
            "Gunmen killed eight villagers in an attack on Dogo village on Sunday, police said. Residents put the death toll at 12.").Casualties);
        Assert.Equal(8, killed?.Best);
    }
}
