namespace Sitrep.Analysis;

/// <summary>
/// Counts per period, zero-filled: every period from the first to the last day asked has a row
/// (and, when split, every key seen anywhere in the range has a row in every period), so a
/// quiet week reads 0 instead of going missing. Periods are whole: a week or month cut by the
/// range's ends still shows its full dates, and counts only the days inside the range.
/// </summary>
public static class Trend
{
    /// <summary>The key of events that have no province, actor or type for the split.</summary>
    public const string Unknown = "(unknown)";

    public static IReadOnlyList<TrendRow> Build(IEnumerable<DailyTally> days, DateRange range, Period period, bool split)
    {
        var cells = new Dictionary<(DateOnly Start, string Key), long[]>();
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var d in days)
        {
            if (!range.Contains(d.Day)) continue;
            var key = split ? d.Key ?? Unknown : "";
            keys.Add(key);
            var cell = (PeriodMath.StartOf(d.Day, period), key);
            if (!cells.TryGetValue(cell, out var s)) cells[cell] = s = new long[7];
            if (d.PartisanOnly)
            {
                s[4] += d.Events;
                s[5] += d.Low;
                s[6] += d.High;
            }
            else
            {
                s[0] += d.Events;
                s[1] += d.Low;
                s[2] += d.Best;
                s[3] += d.High;
            }
        }
        if (!split || keys.Count == 0) keys = [split ? Unknown : ""];
        var rows = new List<TrendRow>();
        foreach (var start in PeriodMath.Starts(range.From, range.To, period))
        {
            var end = PeriodMath.Next(start, period).AddDays(-1);
            foreach (var key in keys)
            {
                var s = cells.GetValueOrDefault((start, key)) ?? new long[7];
                rows.Add(new TrendRow(start, end, split ? key : null, s[0], s[1], s[2], s[3], s[4], s[5], s[6]));
            }
        }
        return rows;
    }
}
