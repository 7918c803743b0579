using Sitrep.Evaluation;

namespace Sitrep.Tests.Ledger;

public class ExtraEventsTests
{
    private static CaseResult Case(string id, bool gold, int predicted) =>
        new(new GoldCase(id, "text", null, ReferenceDateKind.Published, gold ? new GoldEvent() : null, "f:1"), null, predicted, []);

    [Fact]
    public void Counts_events_beyond_the_matched_one_and_every_event_of_a_case_without_gold()
    {
        CaseResult[] cases = [Case("a", true, 1), Case("b", true, 3), Case("c", false, 2), Case("d", true, 0)];
        var extra = ExtraEvents.Over(cases);
        Assert.Equal((4, 4), (extra.Cases, extra.Extra));
        Assert.Equal(1.0, extra.PerCase);
        Assert.Equal(["b", "c"], ExtraEvents.Worst(cases, 5).Select(c => c.Case.Id));
    }
}
