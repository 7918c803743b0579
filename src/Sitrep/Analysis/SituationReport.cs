using Sitrep.Framing;
using Sitrep.Ledger;

namespace Sitrep.Analysis;

/// <summary>
/// Everything the situation report shows, computed from the ledger for one period (and
/// province): headline totals, the weekly trend, events by province and actor, the largest
/// events, disputed figures, coverage by outlet, and each named window in the period against
/// the same number of days before it.
/// </summary>
public sealed record SituationReport(
    DateRange Range, string? Province, KeyTotals Totals, long Undated,
    IReadOnlyList<TrendRow> Weeks, IReadOnlyList<KeyTotals> ByProvince, IReadOnlyList<KeyTotals> ByActor,
    IReadOnlyList<LedgerEvent> TopEvents, IReadOnlyList<LedgerEvent> Disputed, IReadOnlyList<OutletCoverage> Coverage,
    IReadOnlyList<(NamedWindow Window, WindowComparison Comparison)> Windows,
    IReadOnlyDictionary<string, string> Urls)
{
    public const int TopCount = 15;
    public const int DisputedCount = 15;

    public static SituationReport Build(LedgerFacts facts, LedgerSlice slice, DateRange range, string? province, WindowCatalog windows)
    {
        var within = slice.Within(range);
        var totals = facts.Totals(within, SplitBy.None) is [var t] ? t : new KeyTotals();
        var top = facts.Events(within, TopCount, largestFirst: true);
        var disputed = facts.Disputed(within, DisputedCount);
        var inRange = windows.Windows.Where(w => w.Range.From <= range.To && w.Range.To >= range.From).ToList();
        return new SituationReport(range, province, totals, facts.Undated(slice),
            Trend.Build(facts.Daily(within), range, Period.Week, split: false),
            [.. facts.Totals(within, SplitBy.Province).OrderByDescending(k => k.AllEvents).ThenBy(k => k.Key, StringComparer.Ordinal)],
            [.. facts.Totals(within, SplitBy.Actor).OrderByDescending(k => k.AllEvents).ThenBy(k => k.Key, StringComparer.Ordinal)],
            top, disputed, facts.Coverage(within),
            [.. inRange.Select(w => (w, WindowComparison.Run(facts, slice, w.Id, w.Range, "the same number of days before", w.Range.Before(), eventLimit: 0)))],
            facts.ArticleUrls(top.Concat(disputed).SelectMany(e => e.Sources.Select(s => s.ArticleId))));
    }

    /// <summary>How each outlet's articles of the period frame the war (sitrep outlets over the same dates); empty when not read.</summary>
    public IReadOnlyList<OutletFramingRow> OutletFraming { get; init; } = [];

    /// <summary>Share of the period's events every source of which speaks for a party.</summary>
    public double PartisanShare => Totals.AllEvents == 0 ? 0 : (double)Totals.PartisanEvents / Totals.AllEvents;
}
