namespace Sitrep.Tests.Casualties;

/// <summary>Totals over a period or a whole war are claims, not event tolls.</summary>
public class StatisticalClaimTests
{
    [Theory]
    [InlineData("In a March 2018 report, the UN said that more than 28,000 civilians had died.", 28000, "civilians killed", "the UN")]
    [InlineData("The Watson Institute says 61,000 security personnel and 39,000 opposition combatants have been killed.", 61000, "security forces killed", "The Watson Institute")]
    [InlineData("Nearly 3,500 members of the coalition forces have died in the country since the 2001 invasion.", 3500, "foreign troops killed", null)]
    [InlineData("Tens of thousands of government soldiers have been killed and injured.", 10000, "soldiers killed", null)]
    [InlineData("The US has spent billions since 2001, losing thousands of soldiers in the fight.", 1000, "soldiers killed", null)]
    [InlineData("At least 9 pilots have been assassinated in recent months, most of them away from their bases.", 9, "soldiers killed", null)]
    [InlineData("Over the past few weeks, bombing raids have led to the killing and wounding of hundreds of civilians.", 100, "civilians killed", null)]
    [InlineData("In 2019, 3,403 civilians were killed and 6,989 injured, the UN mission said.", 3403, "civilians killed", "the UN mission")]
    [InlineData("More than 1,200 children were killed in the first half of 2021, UNICEF said.", 1200, "children killed", "UNICEF")]
    [InlineData("So far this year 400 policemen have died, the interior ministry said.", 400, "police killed", "the interior ministry")]
    [InlineData("The war has killed more than 100,000 people.", 100000, "people killed", null)]
    [InlineData("About 2,400 US service members died during the 19-year war.", 2400, "foreign troops killed", null)]
    [InlineData("Insurgents kill an average of 30 policemen every week, officials say.", 30, "police killed", "officials")]
    [InlineData("Since the deal was signed, 900 civilians have been killed.", 900, "civilians killed", null)]
    public void Keeps_aggregates_as_claims(string sentence, long value, string unit, string? source)
    {
        var doc = CasualtyPipeline.Run(sentence);
        Assert.Empty(doc.Casualties);
        var claim = doc.StatisticalClaims.First();
        Assert.Equal(value, claim.Value.Value);
        Assert.Equal(unit, claim.Unit);
        Assert.Equal(source, claim.Source);
    }

    [Theory]
    [InlineData("A drone strike killed 14 farmers resting after a day of work in the fields.", 14)]
    [InlineData("Five soldiers have been killed in an attack on a checkpoint in Ghazni, officials said.", 5)]
    [InlineData("The Taliban killed 8 policemen a day after the talks collapsed.", 8)]
    public void Codes_a_single_event_as_a_casualty(string sentence, long killed)
    {
        var doc = CasualtyPipeline.Run(sentence);
        Assert.Empty(doc.StatisticalClaims);
        Assert.Equal(killed, global::Sitrep.Events.CasualtyTotals.For(doc.Casualties).Killed!.Best);
    }

    [Fact]
    public void Names_the_period()
    {
        var doc = CasualtyPipeline.Run("Nearly 3,500 coalition troops have died in the country since the 2001 invasion.");
        Assert.Equal("since the 2001 invasion", Assert.Single(doc.StatisticalClaims).Period);
    }

    [Fact]
    public void Codes_a_dated_event_in_a_year_as_an_event()
    {
        var doc = CasualtyPipeline.Run("On July 7, 2019, eight policemen were killed in Ghazni.");
        Assert.Empty(doc.StatisticalClaims);
        Assert.Equal(8, Assert.Single(doc.Casualties).Count.Value);
    }

    [Fact]
    public void Lists_statistics_among_all_annotations()
    {
        var doc = CasualtyPipeline.Run("The war has killed more than 100,000 people.");
        Assert.Contains(doc.AllAnnotations(), a => a.Kind == "statistic");
    }
}
