namespace Sitrep.Analysis;

/// <summary>
/// A window against a baseline: the daily event rates, their ratio with its interval and test,
/// the totals of each (fatalities, partisan-only events, corroboration), the breakdown by key and
/// the window's events with their sources. Rates count events with at least one independent
/// source; partisan-only events are counted apart (their fatalities are parties' claims).
/// </summary>
public sealed record WindowComparison(
    string WindowLabel, DateRange Window, string BaselineLabel, DateRange Baseline,
    RateRatio Ratio, KeyTotals WindowTotals, KeyTotals BaselineTotals,
    SplitBy By, IReadOnlyList<BreakdownRow> Breakdown,
    IReadOnlyList<Ledger.LedgerEvent> Events, long EventsInWindow)
{
    public static WindowComparison Run(LedgerFacts facts, LedgerSlice slice, string windowLabel, DateRange window, string baselineLabel, DateRange baseline,
        SplitBy by = SplitBy.None, RateModel model = RateModel.Poisson, int eventLimit = int.MaxValue)
    {
        var w = Total(facts.Totals(slice.Within(window), SplitBy.None));
        var b = Total(facts.Totals(slice.Within(baseline), SplitBy.None));
        var ratio = model == RateModel.Poisson
            ? PoissonRateTest.Compare(w.Events, window.Days, b.Events, baseline.Days)
            : NegativeBinomialRateTest.Compare(Blocks(facts, slice, window), Blocks(facts, slice, baseline));

        var breakdown = new List<BreakdownRow>();
        if (by != SplitBy.None)
        {
            var inWindow = facts.Totals(slice.Within(window), by).ToDictionary(t => t.Key ?? Trend.Unknown, StringComparer.Ordinal);
            var inBaseline = facts.Totals(slice.Within(baseline), by).ToDictionary(t => t.Key ?? Trend.Unknown, StringComparer.Ordinal);
            foreach (var key in inWindow.Keys.Union(inBaseline.Keys).Order(StringComparer.Ordinal))
            {
                var kw = inWindow.GetValueOrDefault(key) ?? new KeyTotals { Key = key };
                var kb = inBaseline.GetValueOrDefault(key) ?? new KeyTotals { Key = key };
                breakdown.Add(new BreakdownRow(key, kw, kb, PoissonRateTest.Compare(kw.Events, window.Days, kb.Events, baseline.Days)));
            }
            // the largest in the window first: who did the most while the truce held
            breakdown = [.. breakdown.OrderByDescending(r => r.Window.AllEvents).ThenByDescending(r => r.Baseline.AllEvents).ThenBy(r => r.Key, StringComparer.Ordinal)];
        }
        var events = facts.Events(slice.Within(window), eventLimit);
        return new WindowComparison(windowLabel, window, baselineLabel, baseline, ratio, w, b, by, breakdown, events, w.AllEvents);
    }

    private static KeyTotals Total(IReadOnlyList<KeyTotals> rows) => rows.Count == 1 ? rows[0] : new KeyTotals();

    /// <summary>Weekly blocks of a range's daily counts of events with an independent source, for the negative-binomial model.</summary>
    private static IReadOnlyList<CountBlock> Blocks(LedgerFacts facts, LedgerSlice slice, DateRange range)
    {
        var perDay = facts.Daily(slice.Within(range)).Where(d => !d.PartisanOnly)
            .GroupBy(d => d.Day).ToDictionary(g => g.Key, g => g.Sum(d => d.Events));
        return NegativeBinomialRateTest.Blocks(range, perDay);
    }
}
