using Sitrep.Time;
using static Sitrep.Tests.Time.TimeTestSupport;

namespace Sitrep.Tests.Time;

public class CalendarMathTests
{
    [Theory]
    [InlineData(12, 30, "2020-01-02", false, "2019-12-30")]
    [InlineData(1, 2, "2020-01-02", false, "2020-01-02")]
    [InlineData(2, 29, "2019-07-30", false, "2016-02-29")]
    [InlineData(2, 29, "2020-02-21", true, "2020-02-29")]
    [InlineData(2, 29, "2020-03-01", true, "2024-02-29")]
    [InlineData(7, 3, "2019-07-30", true, "2020-07-03")]
    [InlineData(12, 31, "2019-12-31", true, "2019-12-31")]
    public void InfersTheYearOfAMonthDay(int month, int day, string reference, bool future, string expected) =>
        Assert.Equal(Date(expected), CalendarMath.InferYear(month, day, Date(reference)!.Value, future));

    [Theory]
    [InlineData(7, 31, "2019-07-30", 0, "2018-07-31")]
    [InlineData(7, 31, "2019-07-30", 3, "2019-07-31")]
    [InlineData(8, 2, "2019-07-30", 3, "2019-08-02")]
    [InlineData(8, 3, "2019-07-30", 3, "2018-08-03")]
    [InlineData(1, 1, "2019-12-30", 3, "2020-01-01")]
    public void AGraceKeepsTheYearOfADateJustAfterTheReference(int month, int day, string reference, int grace, string expected) =>
        Assert.Equal(Date(expected), CalendarMath.InferYear(month, day, Date(reference)!.Value, false, grace));

    [Theory]
    [InlineData(2, 30)]
    [InlineData(4, 31)]
    [InlineData(13, 1)]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    public void ImpossibleMonthDaysHaveNoYear(int month, int day) =>
        Assert.Null(CalendarMath.InferYear(month, day, new DateOnly(2020, 1, 1), false));

    [Theory]
    [InlineData(2, "2019-07-30", -1, "2019-07-30")]
    [InlineData(2, "2019-07-30", -2, "2019-07-23")]
    [InlineData(2, "2019-07-30", 1, "2019-07-30")]
    [InlineData(2, "2019-07-30", 2, "2019-08-06")]
    [InlineData(7, "2020-01-01", -1, "2019-12-29")]
    [InlineData(1, "2019-12-31", 2, "2020-01-06")]
    public void FindsWeekdays(int isoDay, string reference, int direction, string expected) =>
        Assert.Equal(Date(expected), CalendarMath.Weekday(isoDay, Date(reference)!.Value, direction));

    [Theory]
    [InlineData("2019-07-30", "2019-07-29", "2019-08-04")]
    [InlineData("2019-12-31", "2019-12-30", "2020-01-05")]
    [InlineData("2020-03-01", "2020-02-24", "2020-03-01")]
    public void WeeksRunMondayToSunday(string day, string monday, string sunday) =>
        Assert.Equal((Date(monday)!.Value, Date(sunday)!.Value), CalendarMath.Week(Date(day)!.Value));

    [Theory]
    [InlineData("2019-07-07", "2019-07-07", DatePrecision.Day)]
    [InlineData("2019-07-25", "2019-07-26", DatePrecision.Week)]
    [InlineData("2019-07-01", "2019-07-21", DatePrecision.Month)]
    [InlineData("2019-01-01", "2019-12-31", DatePrecision.Year)]
    public void PrecisionFollowsTheIntervalLength(string start, string end, DatePrecision expected) =>
        Assert.Equal(expected, CalendarMath.PrecisionOf(Date(start)!.Value, Date(end)!.Value));
}
