namespace Sitrep.Analysis;

/// <summary>The length of one row of a trend: a day, an ISO week (Monday to Sunday) or a calendar month.</summary>
public enum Period
{
    Day,
    Week,
    Month,
}

public static class PeriodMath
{
    /// <summary>The first day of the period holding <paramref name="day"/>: itself, its week's Monday, its month's first.</summary>
    public static DateOnly StartOf(DateOnly day, Period period) => period switch
    {
        Period.Day => day,
        Period.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        _ => new DateOnly(day.Year, day.Month, 1),
    };

    public static DateOnly Next(DateOnly start, Period period) => period switch
    {
        Period.Day => start.AddDays(1),
        Period.Week => start.AddDays(7),
        _ => start.AddMonths(1),
    };

    /// <summary>Every period start from the one holding <paramref name="from"/> to the one holding <paramref name="to"/>: the rows of a zero-filled trend.</summary>
    public static IEnumerable<DateOnly> Starts(DateOnly from, DateOnly to, Period period)
    {
        for (var s = StartOf(from, period); s <= to; s = Next(s, period)) yield return s;
    }
}
