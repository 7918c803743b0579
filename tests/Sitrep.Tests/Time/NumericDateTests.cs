using Sitrep.Time;
using static Sitrep.Tests.Time.TimeTestSupport;

namespace Sitrep.Tests.Time;

/// <summary>
/// Numeric dates. When day-first and month-first are both valid and differ, the reading on or
/// before the reference date and nearest to it wins; with no reference, or both on the same side,
/// month first. The rule id says which reading was taken and that it was ambiguous.
/// </summary>
public class NumericDateTests
{
    [Theory]
    [InlineData("7/7/2019", "2019-07-30", "2019-07-07", "date.numeric.same")]
    [InlineData("3/4/2019", "2019-07-30", "2019-04-03", "date.numeric.ambiguous-dmy")]
    [InlineData("3/4/2019", "2019-03-20", "2019-03-04", "date.numeric.ambiguous-mdy")]
    [InlineData("3/4/2019", null, "2019-03-04", "date.numeric.ambiguous-mdy")]
    [InlineData("3/4/2019", "2019-01-10", "2019-03-04", "date.numeric.ambiguous-mdy")]
    [InlineData("3/4/2019", "2020-01-01", "2019-04-03", "date.numeric.ambiguous-dmy")]
    [InlineData("10/11/2019", "2019-10-15", "2019-10-11", "date.numeric.ambiguous-mdy")]
    [InlineData("10/11/2019", "2019-11-15", "2019-11-10", "date.numeric.ambiguous-dmy")]
    [InlineData("13/4/2019", "2019-07-30", "2019-04-13", "date.numeric.dmy")]
    [InlineData("4/13/2019", "2019-07-30", "2019-04-13", "date.numeric.mdy")]
    [InlineData("7.3.2019", "2019-07-30", "2019-03-07", "date.numeric.dmy")]
    [InlineData("12/31/2019", "2020-01-05", "2019-12-31", "date.numeric.mdy")]
    [InlineData("31/12/2019", "2020-01-05", "2019-12-31", "date.numeric.dmy")]
    [InlineData("2/29/2020", "2020-03-05", "2020-02-29", "date.numeric.mdy")]
    [InlineData("29/02/2020", "2020-03-05", "2020-02-29", "date.numeric.dmy")]
    [InlineData("7/7/19", "2019-07-30", "2019-07-07", "date.numeric.same")]
    [InlineData("07/07/2019", "2019-07-30", "2019-07-07", "date.numeric.same")]
    public void ReadsNumericDates(string written, string? reference, string expected, string rule)
    {
        var t = Expression($"The attack of {written} killed four.", reference, written);
        Assert.Equal((Date(expected), Date(expected), DatePrecision.Day, rule, "absolute"), (t.Start, t.End, t.Precision, t.Rule, t.Anchor));
    }

    [Theory]
    [InlineData("13/13/2019")]
    [InlineData("2/30/2020")]
    [InlineData("29/2/2019")]
    [InlineData("0/5/2019")]
    [InlineData("He scored 7/10 in the test.")]
    [InlineData("Room 12/4 was booked.")]
    [InlineData("Serial 1/2/3456 was logged.")]
    public void IgnoresImpossibleOrPartialNumericDates(string text) =>
        Assert.DoesNotContain(Find(text, "2020-03-05"), t => t.Rule.StartsWith("date.numeric", StringComparison.Ordinal));
}
