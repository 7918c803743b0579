using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Events;

/// <summary>
/// "killing nine officers. Two more died of their wounds": "more" right after a later count, or
/// "another", adds to the toll of the event told before (one total across sentences); "more than"
/// bounds a rival figure and adds nothing.
/// </summary>
public class MoreDeadTests
{
    private static readonly SitrepPipeline Pipeline = PipelineBuilder.Default();

    private static long? Fatalities(string text) =>
        Assert.Single(Pipeline.Process(Article.Create(text, "test", published: new DateOnly(2020, 3, 12))).Events, e => e.Counts).Fatalities?.Best;

    [Theory]
    [InlineData("Gunmen ambushed a police patrol in Ghazni city on Monday, killing five officers. Three more died in hospital, police said.", 8)]
    [InlineData("A roadside bomb hit a minibus in Kandahar city on Friday, killing six passengers. Two more succumbed to their injuries later.", 8)]
    [InlineData("Taliban fighters attacked a checkpoint in Kunduz city on Sunday, killing four soldiers. Another two soldiers died of their wounds.", 6)]
    public void More_dead_in_a_later_sentence_add_to_the_toll(string text, long best) =>
        Assert.Equal(best, Fatalities(text));

    [Fact]
    public void More_than_a_figure_is_a_rival_figure_not_more_dead() =>
        Assert.Equal(5, Fatalities("Gunmen ambushed a police patrol in Ghazni city on Monday, killing five officers. Residents said more than ten officers were killed."));
}
