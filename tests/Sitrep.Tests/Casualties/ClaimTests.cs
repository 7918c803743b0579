using Sitrep.Events;

namespace Sitrep.Tests.Casualties;

/// <summary>Who claims a figure, and what an event's totals are when claims disagree.</summary>
public class ClaimTests
{
    [Theory]
    [InlineData("Five soldiers were killed, the ministry said.", "the ministry")]
    [InlineData("According to the provincial governor, 12 civilians were killed.", "the provincial governor")]
    [InlineData("Seven policemen were killed, according to a police spokesman in Kunduz.", "a police spokesman in Kunduz")]
    [InlineData("The Afghan army said 32 insurgents were killed.", "The Afghan army")]
    [InlineData("Nine civilians were wounded, said Abdul Rahman, a local official.", "Abdul Rahman")]
    [InlineData("Taliban spokesman Zabihullah Mujahid claimed 40 soldiers were killed.", "Taliban spokesman Zabihullah Mujahid")]
    [InlineData("A village elder, Haji Gul, said 17 farmers had been killed.", "Haji Gul")]
    [InlineData("Qari Yousuf, a Taliban spokesman, claimed responsibility and said 22 soldiers were killed.", "a Taliban spokesman")]
    [InlineData("The army's 215th Corps said 9 insurgents were killed.", "The army's 215th Corps")]
    [InlineData("The ministry denied that any soldiers were killed, but the Taliban said they killed 6.", "the Taliban")]
    [InlineData("Five soldiers were killed in the attack on the checkpoint.", null)]
    [InlineData("He said five soldiers were killed.", null)]
    [InlineData("The envoy said talks were off after the group admitted to killing a US soldier.", null)]
    [InlineData("Three guards were killed when a bomb exploded at the gate, police said.", "police")]
    public void Attributes_the_figure(string sentence, string? claimant) =>
        Assert.Equal(claimant, CasualtyPipeline.Run(sentence).Casualties.First().ClaimedBy);

    [Fact]
    public void Keeps_both_sides_of_a_disputed_toll()
    {
        var doc = CasualtyPipeline.Run("The ministry said 5 soldiers were killed; the Taliban claimed 40.");
        Assert.Equal(["The ministry", "the Taliban"], doc.Casualties.Select(c => c.ClaimedBy));
        var (killed, injured) = CasualtyTotals.For(doc.Casualties);
        Assert.NotNull(killed);
        Assert.Null(injured);
        Assert.Equal((5L, 5L, 40L), (killed.Best, killed.Low, killed.High));
        Assert.True(killed.Disputed);
        Assert.Equal([("The ministry", 5L), ("the Taliban", 40L)], killed.Claims.Select(c => (c.ClaimedBy!, c.Best)));
        Assert.Equal(2, killed.Parts.Count);
    }

    [Fact]
    public void Takes_the_most_conservative_claim_across_sentences()
    {
        var doc = CasualtyPipeline.Run(
            "Taliban fighters attacked a base in Kunduz. The Taliban said they killed 27 soldiers. " +
            "The defence ministry said three soldiers were killed and five wounded.");
        var (killed, injured) = CasualtyTotals.For(doc.Casualties);
        Assert.Equal((3L, 3L, 27L), (killed!.Best, killed.Low, killed.High));
        Assert.Equal(5, injured!.Best);
        Assert.Equal(["The Taliban", "The defence ministry"], killed.Claims.Select(c => c.ClaimedBy));
    }

    [Fact]
    public void Compares_disputed_figures_side_by_side()
    {
        var doc = CasualtyPipeline.Run(
            "Officials said 20 militants and 3 policemen were killed; the Taliban claimed to have killed 11 policemen.");
        var killed = CasualtyTotals.For(doc.Casualties).Killed!;
        Assert.Equal((23L, 23L, 31L), (killed.Best, killed.Low, killed.High));
        Assert.Equal(3, killed.BySide["government"]);
        Assert.Equal(20, killed.BySide["insurgent"]);
        Assert.True(killed.Disputed);
    }

    [Fact]
    public void Adds_figures_for_different_sides_from_different_sources()
    {
        var doc = CasualtyPipeline.Run(
            "Troops repelled the assault, killing about 25 insurgents, the army said. A local official said four soldiers were also killed.");
        Assert.Equal(29, CasualtyTotals.For(doc.Casualties).Killed!.Best);
    }

    [Fact]
    public void Codes_a_denied_claim_as_zero_with_the_claim_as_high()
    {
        var doc = CasualtyPipeline.Run("The Taliban said they had killed 15 soldiers, but the ministry denied any casualties.");
        var killed = CasualtyTotals.For(doc.Casualties).Killed!;
        Assert.Equal((0L, 0L, 15L), (killed.Best, killed.Low, killed.High));
        Assert.Equal(["The Taliban", "the ministry"], killed.Claims.Select(c => c.ClaimedBy));
    }

    [Fact]
    public void Codes_a_denial_that_nobody_was_hurt_against_a_claimed_toll()
    {
        var doc = CasualtyPipeline.Run(
            "The army's 209th Corps said the strike killed 18 militants. The Taliban said none of their fighters were hurt.");
        var killed = CasualtyTotals.For(doc.Casualties).Killed!;
        Assert.Equal((0L, 0L, 18L), (killed.Best, killed.Low, killed.High));
        Assert.Equal("The army's 209th Corps", doc.Casualties[0].ClaimedBy);
    }

    [Fact]
    public void Sums_parts_from_one_source()
    {
        var doc = CasualtyPipeline.Run("Insurgents killed 17 members of the Afghan National Police and 20 police special forces.");
        var killed = CasualtyTotals.For(doc.Casualties).Killed!;
        Assert.Equal((37L, 37L, 37L), (killed.Best, killed.Low, killed.High));
        Assert.False(killed.Disputed);
        Assert.Equal(37, CasualtyCount.Sum(doc.Casualties)!.Best);
    }

    [Fact]
    public void Keeps_per_side_counts()
    {
        var doc = CasualtyPipeline.Run("Seven soldiers and 15 militants were killed in the clash.");
        var killed = CasualtyTotals.For(doc.Casualties).Killed!;
        Assert.Equal(22, killed.Best);
        Assert.Equal(7, killed.BySide["government"]);
        Assert.Equal(15, killed.BySide["insurgent"]);
    }

    [Fact]
    public void Spans_vague_bounds()
    {
        var doc = CasualtyPipeline.Run("Dozens of people were killed in the attack.");
        var killed = CasualtyTotals.For(doc.Casualties).Killed!;
        Assert.Equal((12L, 12L, 99L), (killed.Best, killed.Low, killed.High));
    }

    [Fact]
    public void Uses_the_low_end_of_a_range_as_best()
    {
        var doc = CasualtyPipeline.Run("Between 20 and 30 militants were killed in the offensive.");
        var killed = CasualtyTotals.For(doc.Casualties).Killed!;
        Assert.Equal((20L, 20L, 30L), (killed.Best, killed.Low, killed.High));
    }
}
