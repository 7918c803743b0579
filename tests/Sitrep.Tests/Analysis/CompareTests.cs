using Sitrep.Analysis;

namespace Sitrep.Tests.Analysis;

/// <summary>Comparison figures against LINQ over the fixture, and the rate test on the counts LINQ finds.</summary>
public class CompareTests : IClassFixture<FixtureLedger>
{
    private static readonly DateRange Window = new(new DateOnly(2020, 2, 22), new DateOnly(2020, 2, 28));
    private readonly FixtureLedger _fixture;

    public CompareTests(FixtureLedger fixture) => _fixture = fixture;

    private List<FixtureLedger.Row> In(DateRange range) => [.. _fixture.Counted.Where(r => range.Contains(r.Day!.Value))];

    [Theory]
    [InlineData(RateModel.Poisson)]
    [InlineData(RateModel.Negbin)]
    public void Rates_ratio_and_totals_match_an_independent_count(RateModel model)
    {
        var baseline = new DateRange(new DateOnly(2020, 1, 4), new DateOnly(2020, 2, 21));
        using var facts = LedgerFacts.Open(_fixture.Db);
        var c = WindowComparison.Run(facts, new LedgerSlice(), "riv-2020", Window, "before", baseline, model: model);
        var w = In(Window);
        var b = In(baseline);
        long x1 = w.Count(r => !r.Event.PartisanOnly), x2 = b.Count(r => !r.Event.PartisanOnly);
        Assert.Equal(x1, c.Ratio.WindowEvents);
        Assert.Equal(x2, c.Ratio.BaselineEvents);
        Assert.Equal(x1 / 7.0, c.Ratio.WindowRate, 12);
        Assert.Equal(x2 / 49.0, c.Ratio.BaselineRate, 12);
        Assert.Equal(x1 / 7.0 / (x2 / 49.0), c.Ratio.Estimate, 12);
        if (model == RateModel.Poisson) Assert.Equal(PoissonRateTest.Compare(x1, 7, x2, 49), c.Ratio);
        Assert.Equal(w.Count(r => r.Event.PartisanOnly), c.WindowTotals.PartisanEvents);
        Assert.Equal(w.Where(r => !r.Event.PartisanOnly).Sum(r => r.Best), c.WindowTotals.Fatalities);
        Assert.Equal(w.Where(r => !r.Event.PartisanOnly).Sum(r => r.Low), c.WindowTotals.FatalitiesLow);
        Assert.Equal(w.Where(r => !r.Event.PartisanOnly).Sum(r => r.High), c.WindowTotals.FatalitiesHigh);
        Assert.Equal(b.Where(r => !r.Event.PartisanOnly).Sum(r => r.Best), c.BaselineTotals.Fatalities);
        Assert.Equal(w.Sum(r => (long)r.Event.Outlets), c.WindowTotals.Outlets);
        Assert.Equal(w.Count(r => r.Event.IndependentSources >= 2), c.WindowTotals.Corroborated);
        Assert.Equal(w.Select(r => r.Event.Id).Order(StringComparer.Ordinal), c.Events.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal(w.Count, c.EventsInWindow);
    }

    [Fact]
    public void The_breakdown_by_actor_counts_each_side_with_its_corroboration()
    {
        using var facts = LedgerFacts.Open(_fixture.Db);
        var c = WindowComparison.Run(facts, new LedgerSlice(), "riv-2020", Window, "before", Window.Before(), SplitBy.Actor);
        var w = In(Window);
        var b = In(Window.Before());
        Assert.NotEmpty(c.Breakdown);
        foreach (var row in c.Breakdown)
        {
            bool Has(FixtureLedger.Row r) => row.Key == Trend.Unknown ? r.Actor1 is null && r.Actor2 is null : r.Actor1 == row.Key || r.Actor2 == row.Key;
            var mine = w.Where(Has).ToList();
            Assert.Equal(mine.Count(r => !r.Event.PartisanOnly), row.Window.Events);
            Assert.Equal(mine.Count(r => r.Event.PartisanOnly), row.Window.PartisanEvents);
            Assert.Equal(mine.Sum(r => (long)r.Event.IndependentSources), row.Window.IndependentSources);
            Assert.Equal(mine.Count(r => r.Event.IndependentSources >= 2), row.Window.Corroborated);
            Assert.Equal(b.Where(Has).Count(r => !r.Event.PartisanOnly), row.Baseline.Events);
            Assert.Equal(PoissonRateTest.Compare(row.Window.Events, 7, row.Baseline.Events, 7), row.Ratio);
        }
        // the largest in the window first
        Assert.True(c.Breakdown.Zip(c.Breakdown.Skip(1)).All(p => p.First.Window.AllEvents >= p.Second.Window.AllEvents));
    }

    [Fact]
    public void The_default_baseline_is_as_many_days_just_before_the_window()
    {
        Assert.Equal(new DateRange(new DateOnly(2020, 2, 15), new DateOnly(2020, 2, 21)), Window.Before());
        Assert.Equal(new DateRange(new DateOnly(2020, 5, 21), new DateOnly(2020, 5, 23)), new DateRange(new DateOnly(2020, 5, 24), new DateOnly(2020, 5, 26)).Before());
    }
}
