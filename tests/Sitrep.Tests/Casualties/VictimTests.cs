using Sitrep.Events;

namespace Sitrep.Tests.Casualties;

/// <summary>Victim group and side of each figure, in text order: "kind count group side".</summary>
public class VictimTests
{
    private static string Describe(Casualty c) =>
        $"{c.Kind} {c.Count.Value} {c.Victims ?? "?"} {c.Side ?? "?"}";

    [Theory]
    [InlineData("Five soldiers were killed, including one US soldier.", "Killed 5 soldiers government")]
    [InlineData("A Croatian soldier was killed and two others were injured.", "Killed 1 foreign troops foreign|Injured 2 foreign troops foreign")]
    [InlineData("Insurgents killed 17 members of the Afghan National Police and 20 police special forces.", "Killed 17 police government|Killed 20 special forces government")]
    [InlineData("The head of a pro-government militia has been killed.", "Killed 1 pro-government militia government")]
    [InlineData("Nine government employees were killed.", "Killed 9 government employees government")]
    [InlineData("Twelve Taliban fighters were killed.", "Killed 12 militants insurgent")]
    [InlineData("An air strike killed 18 civilians.", "Killed 18 civilians civilian")]
    [InlineData("Three children died in the blast.", "Killed 3 children civilian")]
    [InlineData("Two NATO soldiers were wounded.", "Injured 2 foreign troops foreign")]
    [InlineData("Two American service members were killed.", "Killed 2 foreign troops foreign")]
    [InlineData("Six Afghan soldiers were killed.", "Killed 6 soldiers government")]
    [InlineData("Four policemen were killed and two wounded.", "Killed 4 police government|Injured 2 police government")]
    [InlineData("Eight security forces were killed on Sunday and many others injured.", "Killed 8 security forces government|Injured 10 security forces government")]
    [InlineData("A Taliban commander was killed in a drone strike.", "Killed 1 militants insurgent")]
    [InlineData("Five people were killed.", "Killed 5 people ?")]
    [InlineData("Two journalists were shot dead.", "Killed 2 journalists civilian")]
    [InlineData("The clash left 7 soldiers and 15 militants dead.", "Killed 7 soldiers government|Killed 15 militants insurgent")]
    [InlineData("Security forces killed 15 insurgents and lost 3 soldiers.", "Killed 15 militants insurgent|Killed 3 soldiers government")]
    public void Names_the_victims_and_their_side(string sentence, string expected) =>
        Assert.Equal(expected, string.Join("|", CasualtyPipeline.Run(sentence).Casualties.Select(Describe)));

    [Fact]
    public void Points_at_its_evidence()
    {
        const string text = "On Sunday, at least eight security forces were killed in Ghazni.";
        var c = Assert.Single(CasualtyPipeline.Run(text).Casualties);
        Assert.Equal("at least eight security forces were killed", c.Span.Of(text));
        Assert.Equal("at least eight", c.Count.Span.Of(text));
        Assert.Equal(Sitrep.Numbers.QuantityQualifier.AtLeast, c.Count.Qualifier);
        Assert.Equal("casualty.subject", c.Rule);
    }

    [Fact]
    public void Codes_an_article_as_one_with_its_own_rule()
    {
        const string text = "A Croatian soldier was killed.";
        var c = Assert.Single(CasualtyPipeline.Run(text).Casualties);
        Assert.Equal("casualty.article", c.Rule);
        Assert.Equal("A", c.Count.Text);
        Assert.Equal(1, c.Count.Value);
    }

    [Fact]
    public void Codes_killing_and_wounding_as_both_kinds()
    {
        var casualties = CasualtyPipeline.Run("The raids led to the killing and wounding of hundreds of villagers.").Casualties;
        Assert.Equal([CasualtyKind.Killed, CasualtyKind.Injured], casualties.Select(c => c.Kind));
        Assert.All(casualties, c => Assert.Equal(100, c.Count.Value));
        Assert.All(casualties, c => Assert.Equal("casualty.object+combined", c.Rule));
    }
}
