using Sitrep.Ledger;
using static Sitrep.Tests.Ledger.TestMentions;

namespace Sitrep.Tests.Ledger;

public class PairScorerTests
{
    private readonly PairScorer _scorer = new();

    [Fact]
    public void Two_outlets_reporting_the_same_district_on_the_same_day_link()
    {
        Assert.True(_scorer.Links(M("m1", "a1"), M("m2", "a2")));
    }

    [Fact]
    public void Two_events_one_article_tells_are_never_one()
    {
        Assert.Null(_scorer.Score(M("m1", "a1"), M("m2", "a1")));
    }

    [Fact]
    public void Neighbouring_districts_on_the_same_day_are_two_events()
    {
        Assert.Null(_scorer.Score(M("m1", "a1", admin2: "Imam Sahib"), M("m2", "a2", admin2: "Qala-e-Zal")));
    }

    [Fact]
    public void Same_district_on_consecutive_days_does_not_link_without_more_evidence()
    {
        Assert.False(_scorer.Links(M("m1", "a1", date: "2020-06-02"), M("m2", "a2", date: "2020-06-03")));
    }

    [Fact]
    public void A_follow_up_a_few_days_later_still_meets_its_event()
    {
        var followUp = M("m2", "a2", date: "2020-06-05", followUp: true, killed: 9);
        Assert.NotNull(_scorer.Score(M("m1", "a1", date: "2020-06-02", killed: 5), followUp));
        Assert.Null(_scorer.Score(M("m1", "a1", date: "2020-06-02"), M("m3", "a3", date: "2020-06-05")));
    }

    [Fact]
    public void Different_type_families_never_link()
    {
        Assert.Null(_scorer.Score(M("m1", "a1", type: "Battles"), M("m2", "a2", type: "Protests")));
    }

    [Fact]
    public void A_week_precise_report_can_meet_a_dated_one()
    {
        var lastWeek = M("m2", "a2", date: "2020-06-01", precision: 2, words: ["checkpoint", "imam"]);
        Assert.True(_scorer.Links(M("m1", "a1", date: "2020-06-03", words: ["checkpoint", "imam"]), lastWeek));
    }
}
