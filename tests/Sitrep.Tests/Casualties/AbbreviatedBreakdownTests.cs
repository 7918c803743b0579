using Sitrep.Events;

namespace Sitrep.Tests.Casualties;

/// <summary>
/// "8 civilians incl. 5 children killed": casualty notes abbreviate "including"; the period neither
/// ends the sentence nor makes the breakdown the total.
/// </summary>
public class AbbreviatedBreakdownTests
{
    [Theory]
    [InlineData("6 civilians incl. 4 women killed, 2 injured in mortar fire, Sangin, Helmand, 3 May 2019", 6, 2)]
    [InlineData("11 people incl. 3 police officers killed in a car bomb in Kandahar city on Sunday.", 11, -1)]
    public void An_abbreviated_including_keeps_the_total(string text, long killed, long injured)
    {
        var totals = CasualtyTotals.For(CasualtyPipeline.Run(text).Casualties);
        Assert.Equal(killed, totals.Killed?.Best);
        Assert.Equal(injured < 0 ? null : injured, totals.Injured?.Best);
    }
}
