namespace Sitrep.Time;

/// <summary>
/// Calendar arithmetic for resolving dates: which year a month-day without a year falls in,
/// which Tuesday "on Tuesday" means, the Monday-Sunday week around a day, parts of a month.
/// </summary>
public static class CalendarMath
{
    /// <summary>How many years to look back or ahead for a valid month-day (29 February: up to 8).</summary>
    private const int MaxYearSearch = 8;

    /// <summary>
    /// Days a month-day may fall after the reference date and still keep its year: publication
    /// dates are often a day or two early (time zones, a crawl or print date), and "on July 31" in
    /// a story dated July 30 is one day off, not a year.
    /// </summary>
    public const int ReportingGraceDays = 3;

    public static DateOnly? TryDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>
    /// A month-day without a year: the latest such date on or before <paramref name="reference"/>
    /// (plus <paramref name="graceDays"/>), or when <paramref name="future"/>, the earliest on or
    /// after it. 29 February skips to a leap year.
    /// </summary>
    public static DateOnly? InferYear(int month, int day, DateOnly reference, bool future, int graceDays = 0)
    {
        if (month is < 1 or > 12 || day is < 1 or > 31 || day > DateTime.DaysInMonth(2000, month)) return null;
        var latest = reference.AddDays(graceDays);
        var step = future ? 1 : -1;
        var firstYear = future ? reference.Year : latest.Year;
        for (var i = 0; i <= MaxYearSearch; i++)
        {
            if (TryDate(firstYear + i * step, month, day) is { } date && (future ? date >= reference : date <= latest))
                return date;
        }
        return null;
    }

    /// <summary>The year of a month named without a year: the latest that has begun by the reference date, or the next not yet over.</summary>
    public static int InferMonthYear(int month, DateOnly reference, bool future) =>
        future
            ? (month >= reference.Month ? reference.Year : reference.Year + 1)
            : (month <= reference.Month ? reference.Year : reference.Year - 1);

    public static (DateOnly Start, DateOnly End) Month(int year, int month) =>
        (new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    public static (DateOnly Start, DateOnly End) Year(int year) => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>The Monday-Sunday week containing <paramref name="day"/>.</summary>
    public static (DateOnly Start, DateOnly End) Week(DateOnly day)
    {
        var monday = day.AddDays(-(IsoDay(day) - 1));
        return (monday, monday.AddDays(6));
    }

    public static int IsoDay(DateOnly day) => day.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek;

    /// <summary>
    /// The weekday <paramref name="isoDay"/> nearest the reference in the given direction:
    /// -1 = on or before, -2 = strictly before, +1 = on or after, +2 = strictly after.
    /// </summary>
    public static DateOnly Weekday(int isoDay, DateOnly reference, int direction)
    {
        var delta = isoDay - IsoDay(reference);
        return direction switch
        {
            -1 => reference.AddDays(delta <= 0 ? delta : delta - 7),
            -2 => reference.AddDays(delta < 0 ? delta : delta - 7),
            1 => reference.AddDays(delta >= 0 ? delta : delta + 7),
            _ => reference.AddDays(delta > 0 ? delta : delta + 7),
        };
    }

    /// <summary>The fraction [from, to] of a month: "early July" = days 1 to round(0.33 * 31).</summary>
    public static (DateOnly Start, DateOnly End) PartOfMonth(int year, int month, double from, double to)
    {
        var days = DateTime.DaysInMonth(year, month);
        var first = from <= 0 ? 1 : (int)Math.Round(from * days, MidpointRounding.AwayFromZero) + 1;
        var last = Math.Max(first, (int)Math.Round(to * days, MidpointRounding.AwayFromZero));
        return (new DateOnly(year, month, Math.Min(first, days)), new DateOnly(year, month, Math.Min(last, days)));
    }

    /// <summary>The fraction [from, to] of a year in whole months: "early 2019" = January to April.</summary>
    public static (DateOnly Start, DateOnly End) PartOfYear(int year, double from, double to)
    {
        var first = from <= 0 ? 1 : (int)Math.Round(from * 12, MidpointRounding.AwayFromZero) + 1;
        var last = Math.Max(first, (int)Math.Round(to * 12, MidpointRounding.AwayFromZero));
        return (new DateOnly(year, Math.Min(first, 12), 1), Month(year, Math.Min(last, 12)).End);
    }

    /// <summary>ACLED-style precision of an interval: one day, up to a week, up to a month, else a year.</summary>
    public static DatePrecision PrecisionOf(DateOnly start, DateOnly end)
    {
        var days = end.DayNumber - start.DayNumber + 1;
        return days <= 1 ? DatePrecision.Day : days <= 7 ? DatePrecision.Week : days <= 31 ? DatePrecision.Month : DatePrecision.Year;
    }
}
