using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Casualties;

/// <summary>
/// Object phrases of a kill verb that name the attacker or the owner first ("killing himself and
/// five soldiers", "killing its two occupants"), and a zero that is one side's only ("no civilian
/// casualties" beside militants killed).
/// </summary>
public class ObjectPhraseTests
{
    private static readonly SitrepPipeline Pipeline = PipelineBuilder.Default();

    private static CasualtyCount Killed(string text) =>
        CasualtyTotals.For(CasualtyPipeline.Run(text).Casualties).Killed ?? throw new Xunit.Sdk.XunitException("no killed figure in: " + text);

    private static long? EventBest(string text) =>
        Assert.Single(Pipeline.Process(Article.Create(text, "test", published: new DateOnly(2020, 3, 12))).Events, e => e.Counts).Fatalities?.Best;

    [Theory]
    [InlineData("A drone struck a pickup near Ghazni city on Monday, killing its three passengers.", 3)]
    [InlineData("Gunmen stopped a minibus on the highway in Kandahar on Sunday, killing its driver and two passengers.", 3)]
    [InlineData("A mortar round hit a house in Kunduz city on Friday, killing its four residents.", 4)]
    public void An_owner_told_before_leaves_the_figure_to_the_object(string text, long best) =>
        Assert.Equal(best, EventBest(text));

    [Theory]
    [InlineData("A suicide bomber rammed a checkpoint in Ghazni city on Monday, killing himself and four policemen, officials said.", 5)]
    [InlineData("A bomber blew himself up at a mosque in Kunduz city on Friday, killing himself and 12 worshippers.", 13)]
    [InlineData("Two suicide attackers stormed a base in Kandahar on Sunday, killing themselves and three soldiers.", 5)]
    public void The_attacker_killing_himself_and_others_counts_both(string text, long best) =>
        Assert.Equal(best, EventBest(text));

    [Theory]
    [InlineData("Local sources said 6 militants were killed in the strike. There were no civilian casualties, officials said.", 6)]
    [InlineData("Residents reported 3 insurgents killed. Officials reported no civilian casualties.", 3)]
    public void No_civilian_casualties_zeroes_only_the_civilians(string text, long best) =>
        Assert.Equal(best, Killed(text).Best);

    [Fact]
    public void No_casualties_from_another_source_still_disputes_the_toll() =>
        Assert.Equal(0, Killed("Residents said 3 people were killed. The army said there were no casualties.").Best);

    [Theory]
    [InlineData("A district governor and two men guarding him were shot dead in Ghazni city on Monday.", 3)]
    [InlineData("Three guards escorting them were killed in Ghazni city on Monday.", 3)]
    [InlineData("A judge and four policemen accompanying her were killed in Kunduz city on Sunday.", 5)]
    public void A_participle_with_a_pronoun_object_stays_inside_the_victim_phrase(string text, long best) =>
        Assert.Equal(best, EventBest(text));
}
