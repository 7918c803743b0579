using Sitrep.Analysis;

namespace Sitrep.Tests.Analysis;

/// <summary>Every trend figure against the same figure computed with LINQ over the fixture's events in memory.</summary>
public class TrendTests : IClassFixture<FixtureLedger>
{
    private static readonly DateRange Range = new(new DateOnly(2019, 12, 20), new DateOnly(2020, 5, 10));
    private readonly FixtureLedger _fixture;

    public TrendTests(FixtureLedger fixture) => _fixture = fixture;

    private IReadOnlyList<TrendRow> Build(Period period, SplitBy split = SplitBy.None, LedgerSlice? slice = null)
    {
        using var facts = LedgerFacts.Open(_fixture.Db);
        return Trend.Build(facts.Daily((slice ?? new LedgerSlice()).Within(Range), split), Range, period, split != SplitBy.None);
    }

    [Theory]
    [InlineData(Period.Day)]
    [InlineData(Period.Week)]
    [InlineData(Period.Month)]
    public void Every_period_holds_the_events_and_fatality_sums_of_its_days_partisan_only_apart(Period period)
    {
        var rows = Build(period);
        foreach (var row in rows)
        {
            var inPeriod = _fixture.Counted.Where(r => r.Day >= row.Start && r.Day <= row.End && Range.Contains(r.Day!.Value)).ToList();
            var independent = inPeriod.Where(r => !r.Event.PartisanOnly).ToList();
            var partisan = inPeriod.Where(r => r.Event.PartisanOnly).ToList();
            Assert.Equal(independent.Count, row.Events);
            Assert.Equal(independent.Sum(r => r.Low), row.FatalitiesLow);
            Assert.Equal(independent.Sum(r => r.Best), row.Fatalities);
            Assert.Equal(independent.Sum(r => r.High), row.FatalitiesHigh);
            Assert.Equal(partisan.Count, row.PartisanEvents);
            Assert.Equal(partisan.Sum(r => r.Low), row.PartisanFatalitiesLow);
            Assert.Equal(partisan.Sum(r => r.High), row.PartisanFatalitiesHigh);
        }
        Assert.Equal(_fixture.Counted.Count(r => Range.Contains(r.Day!.Value)), rows.Sum(r => r.Events + r.PartisanEvents));
    }

    [Fact]
    public void Periods_are_zero_filled_and_contiguous()
    {
        var weeks = Build(Period.Week);
        // 2019-12-16 (the Monday of 20 Dec) to the week of 10 May 2020 (Monday 4 May): 21 weeks
        Assert.Equal(21, weeks.Count);
        Assert.Equal(new DateOnly(2019, 12, 16), weeks[0].Start);
        Assert.Equal(new DateOnly(2020, 5, 4), weeks[^1].Start);
        Assert.All(weeks.Zip(weeks.Skip(1)), p => Assert.Equal(p.First.End.AddDays(1), p.Second.Start));
        Assert.Equal(0, weeks[0].Events + weeks[0].PartisanEvents); // December is before the fixture's first event
        Assert.Equal(6, Build(Period.Month).Count);
        Assert.Equal(Range.Days, Build(Period.Day).Count);
    }

    [Theory]
    [InlineData(SplitBy.Province)]
    [InlineData(SplitBy.Actor)]
    [InlineData(SplitBy.Type)]
    public void A_split_gives_every_key_a_row_in_every_period_with_its_own_counts(SplitBy split)
    {
        var rows = Build(Period.Month, split);
        IEnumerable<string> KeysOf(FixtureLedger.Row r) => split switch
        {
            SplitBy.Province => [r.Admin1 ?? Trend.Unknown],
            SplitBy.Type => [r.Event.EventType.Value],
            _ => new[] { r.Actor1, r.Actor2 }.Where(a => a is not null).Distinct().DefaultIfEmpty(null).Select(a => a ?? Trend.Unknown)!,
        };
        var expectedKeys = _fixture.Counted.SelectMany(KeysOf).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expectedKeys, rows.Select(r => r.Key!).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(6 * expectedKeys.Count, rows.Count);
        foreach (var row in rows)
        {
            var cell = _fixture.Counted.Where(r => r.Day >= row.Start && r.Day <= row.End && KeysOf(r).Contains(row.Key)).ToList();
            Assert.Equal(cell.Count(r => !r.Event.PartisanOnly), row.Events);
            Assert.Equal(cell.Where(r => !r.Event.PartisanOnly).Sum(r => r.Best), row.Fatalities);
            Assert.Equal(cell.Count(r => r.Event.PartisanOnly), row.PartisanEvents);
        }
    }

    [Fact]
    public void Filters_by_stored_province_actor_type_and_sources_match_linq()
    {
        var slice = new LedgerSlice { Provinces = ["Herat", "Hirat"], Actors = ["Taliban"], EventType = "battles", MinSources = 2 };
        var rows = Build(Period.Week, slice: slice);
        var expected = _fixture.Counted.Where(r => r.Admin1 is "Herat" or "Hirat" && (r.Actor1 == "Taliban" || r.Actor2 == "Taliban")
            && r.Event.EventType.Value == "Battles" && r.Event.IndependentSources >= 2).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, rows.Sum(r => r.Events + r.PartisanEvents));
        Assert.Equal(expected.Where(r => !r.Event.PartisanOnly).Sum(r => r.High), rows.Sum(r => r.FatalitiesHigh));
    }

    [Fact]
    public void Superseded_undated_and_political_rows_are_not_counted_but_undated_ones_are_reported()
    {
        using var facts = LedgerFacts.Open(_fixture.Db);
        var all = facts.Daily(new LedgerSlice()).Sum(d => d.Events);
        Assert.Equal(_fixture.Counted.Count(), all);
        var undated = _fixture.Rows.Count(r => r.Status == "current" && r.Day is null && r.Event.EventType.Value != Sitrep.Events.EventMention.PoliticalInteraction);
        Assert.True(undated > 0);
        Assert.Equal(undated, facts.Undated(new LedgerSlice()));
        var political = facts.Daily(new LedgerSlice { EventType = Sitrep.Events.EventMention.PoliticalInteraction }).Sum(d => d.Events);
        Assert.Equal(_fixture.Rows.Count(r => r.Status == "current" && r.Day is not null && r.Event.EventType.Value == Sitrep.Events.EventMention.PoliticalInteraction), political);
    }
}
