namespace Sitrep.Ledger;

/// <summary>
/// The days a mention's event may have happened on, widened by how precisely it is dated: a
/// day-precise report may be a day off (a late-night attack, "on Tuesday" read a day early), a
/// week's report three days, a month's a week; a follow-up ("the toll rose to 9") may come a week
/// after the event. A report dated only to a year (or not at all) has no window and fuses with no other.
/// </summary>
public readonly record struct DateWindow(DateOnly First, DateOnly Last)
{
    public static DateWindow? Of(LedgerMention m)
    {
        // a year is no anchor: such a report would meet every report of its year
        if (m.DateStart is not { } start || m.DatePrecision is < 1 or > 3) return null;
        var end = m.DateEnd ?? start;
        var slack = m.DatePrecision switch { 1 => 1, 2 => 3, 3 => 7, _ => 0 };
        // a follow-up is told after its event: its window reaches back
        return new DateWindow(start.AddDays(-slack - (m.FollowUp ? 7 : 0)), end.AddDays(slack));
    }

    /// <summary>
    /// The calendar month of the middle of the reported dates (year × 12 + month − 1): a day's
    /// month, a week's middle day's, the month itself. Null when the mention has no window.
    /// </summary>
    public static int? AnchorMonth(LedgerMention m)
    {
        if (m.DateStart is not { } start || m.DatePrecision is < 1 or > 3) return null;
        var middle = start.AddDays(((m.DateEnd ?? start).DayNumber - start.DayNumber) / 2);
        return MonthOf(middle);
    }

    public static int MonthOf(DateOnly date) => date.Year * 12 + date.Month - 1;

    public static DateOnly FirstDayOfMonth(int month) => new(month / 12, month % 12 + 1, 1);

    public bool Overlaps(DateWindow other) => First <= other.Last && other.First <= Last;
}
