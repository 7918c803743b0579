using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Events;

/// <summary>
/// "an attack by gunmen affiliated with X": a generic head tied to a named group stands for that
/// group, under the head's own preposition, so the group is the attacker and not an ally "with" it.
/// </summary>
public class AffiliatedGroupTests
{
    private static readonly SitrepPipeline Pipeline = PipelineBuilder.Default();

    private static EventMention Violent(string text) =>
        Assert.Single(Pipeline.Process(Article.Create(text, "test", published: new DateOnly(2020, 9, 10))).Events.Where(e => e.Counts),
            e => e.EventType is "Battles" or "Explosions/Remote violence" or "Violence against civilians");

    [Theory]
    [InlineData("Police repelled an attack by gunmen affiliated with the Taliban on a checkpoint in Ghazni city on Monday.", "Taliban")]
    [InlineData("Soldiers repulsed an assault by militants linked to the Taliban on a base in Kunduz city on Sunday.", "Taliban")]
    [InlineData("Security forces repelled an attack by fighters loyal to the Islamic State on an outpost in Jalalabad on Friday.", "Islamic State (Afghanistan)")]
    public void The_group_a_generic_attacker_is_tied_to_is_the_attacker(string text, string attacker) =>
        Assert.Equal(attacker, Violent(text).Agent?.ActorName);
}
