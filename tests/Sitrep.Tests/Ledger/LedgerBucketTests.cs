using Sitrep.Ledger;
using static Sitrep.Tests.Ledger.TestMentions;

namespace Sitrep.Tests.Ledger;

/// <summary>
/// Reports link only inside one bucket (type family × the calendar month of the middle of the
/// reported dates): link groups stay within a month whatever the size of the corpus (#21), and one
/// bucket's fusion can run alone (#16).
/// </summary>
public class LedgerBucketTests
{
    private readonly LedgerBuilder _builder = new();

    [Fact]
    public void A_day_and_the_month_holding_it_share_a_bucket_and_the_next_month_does_not()
    {
        var day = M("d", "a1", date: "2020-09-12");
        var september = M("s", "a2", date: "2020-09-01") with { DateEnd = new DateOnly(2020, 9, 30), DatePrecision = 3 };
        Assert.Equal("Political violence|2020-09", day.Bucket);
        Assert.Equal(day.Bucket, september.Bucket);
        Assert.Equal("Political violence|2020-10", M("o", "a3", date: "2020-10-01").Bucket);
        Assert.Equal("Demonstrations|2020-09", M("p", "a4", date: "2020-09-12", type: "Protests").Bucket);
    }

    [Fact]
    public void A_week_across_two_months_is_anchored_by_its_middle_day_and_an_undated_report_has_no_bucket()
    {
        Assert.EndsWith("|2020-07", M("w", "a1", date: "2020-06-29", precision: 2).Bucket); // 29 June - 5 July
        Assert.EndsWith("|2020-06", M("v", "a2", date: "2020-06-25", precision: 2).Bucket); // 25 June - 1 July
        Assert.Null((M("u", "a3") with { DateStart = null, DatePrecision = 0 }).Bucket);
        Assert.Null((M("y", "a4") with { DatePrecision = 4 }).Bucket);
    }

    [Fact]
    public void Reports_in_neighbouring_months_do_not_link_even_when_their_windows_meet()
    {
        var june = M("a", "a1", date: "2020-06-22", precision: 2, words: ["convoy", "bridge"]);
        var july = M("b", "a2", date: "2020-06-29", precision: 2, words: ["convoy", "bridge"]);
        Assert.True(DateWindow.Of(june)!.Value.Overlaps(DateWindow.Of(july)!.Value)); // ±3 days of slack meet
        Assert.Null(_builder.Scorer.Score(june, july));
        Assert.True(_builder.Scorer.Links(july, july with { Id = "c", ArticleId = "a3" })); // the same bucket still links
    }

    [Fact]
    public void A_chain_of_weekly_reports_never_forms_a_link_group_wider_than_a_month()
    {
        // two outlets report the same kind of weekly bombing in one district for a year: every
        // report's window meets the next week's, which used to chain the whole year into one group
        var mentions = new List<LedgerMention>();
        var monday = new DateOnly(2020, 1, 6);
        for (var week = 0; week < 52; week++)
            foreach (var outlet in new[] { "x", "y" })
                mentions.Add(M($"m{week:D2}{outlet}", $"a{week:D2}{outlet}", date: monday.AddDays(7 * week).ToString("yyyy-MM-dd"),
                    precision: 2, type: "Explosions/Remote violence", words: ["market", "roadside"]));

        var groups = _builder.Streaming(FusionConstraints.None)
            .Components(mentions.OrderBy(LedgerBuilder.WindowStart).ThenBy(m => m.Id, StringComparer.Ordinal)).ToList();

        Assert.All(groups, g => Assert.Single(g.Select(m => m.Bucket).Distinct()));
        Assert.Equal(12, groups.Count); // one linked group per month of 2020
        Assert.All(groups, g => Assert.InRange(g.Count, 8, 10)); // its four or five weeks, two reports each
    }
}
