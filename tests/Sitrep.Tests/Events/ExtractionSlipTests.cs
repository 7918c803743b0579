using static Sitrep.Tests.Events.EventTestKit;

namespace Sitrep.Tests.Events;

/// <summary>Slips seen while trying the CLI as an analyst (issue #20), in sentences written for these tests.</summary>
public class ExtractionSlipTests
{
    [Theory]
    [InlineData("Provincial officials rejected the Taliban's figure of 30 dead soldiers in Zabul.")]
    [InlineData("The governor's office in Ghazni rejected the insurgents' death toll as propaganda.")]
    [InlineData("Kabul rejected the militants' version of the fighting in Faryab.")]
    public void Rejecting_someone_elses_figure_or_account_is_a_dispute_not_a_rejection_event(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence), e => e.Plover == "REJECT");
    }

    [Fact]
    public void Rejecting_a_demand_after_a_possessive_is_still_a_rejection()
    {
        Assert.Contains(Extract("Officials in Herat rejected the Taliban's demand for a prisoner exchange."), e => e.Plover == "REJECT");
    }
}
