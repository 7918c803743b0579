using Sitrep.Events;

namespace Sitrep.Tests.Casualties;

/// <summary>
/// Scare quotes around a kill word or a figure ("says it 'neutralised' 57", "killed 'over 30'
/// Taliban") distance the wording, not the count: the figure is read as without them.
/// </summary>
public class QuotedFigureTests
{
    [Theory]
    [InlineData("An air strike killed 'more than 20' militants in Nad Ali district, the governor said.", 20)]
    [InlineData("Gunmen 'executed' 7 passengers on the highway near Ghazni, police said.", 7)]
    [InlineData("The blast killed \u201Cat least 13\u201D worshippers in the mosque, a doctor said.", 13)]
    [InlineData("Officials said a drone strike 'eliminated' four fighters near the border.", 4)]
    public void A_quoted_verb_or_figure_still_counts(string text, long best)
    {
        var killed = CasualtyTotals.For(CasualtyPipeline.Run(text).Casualties).Killed;
        Assert.NotNull(killed);
        Assert.Equal(best, killed.Best);
    }

    [Fact]
    public void A_quoted_figure_gives_no_extra_article_victim()
    {
        // the opening quote once left the verb without an object, so "An air strike" read as one victim
        var killed = CasualtyTotals.For(CasualtyPipeline.Run("An air strike killed 'over 30' Taliban in Kunduz, the governor said.").Casualties).Killed;
        Assert.Equal(30, killed?.Best);
    }
}
