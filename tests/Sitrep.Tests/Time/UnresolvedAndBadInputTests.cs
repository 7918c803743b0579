using Sitrep.Time;
using static Sitrep.Tests.Time.TimeTestSupport;

namespace Sitrep.Tests.Time;

public class UnresolvedAndBadInputTests
{
    [Theory]
    [InlineData("On July 7, fighters attacked.", "July 7", "date.md")]
    [InlineData("Two were killed yesterday.", "yesterday", "date.relative")]
    [InlineData("Last week, a post fell.", "Last week", "date.relative")]
    [InlineData("Gunmen struck on Tuesday.", "Tuesday", "date.weekday")]
    [InlineData("Gunmen struck two days ago.", "two days ago", "date.relative.ago")]
    [InlineData("Gunmen struck in July.", "July", "date.month")]
    [InlineData("Gunmen struck in early July.", "early July", "date.part.month")]
    [InlineData("Gunmen struck in the first three weeks of July.", "the first three weeks of July", "date.weeks-of")]
    [InlineData("Gunmen struck on the night of July 25 to 26.", "the night of July 25 to 26", "date.range.md-d.night")]
    [InlineData("Gunmen struck between March and May.", "between March and May", "date.range.month")]
    [InlineData("Gunmen struck in recent weeks.", "in recent weeks", "date.relative")]
    [InlineData("Gunmen struck last July.", "last July", "date.month.relative")]
    [InlineData("Gunmen struck in the past week.", "in the past week", "date.relative.back")]
    [InlineData("Gunmen struck from 22 to 28 February.", "from 22 to 28 February", "date.range.d-dm")]
    public void RelativeExpressionsStayUnresolvedWithoutAReferenceDate(string text, string expression, string rule)
    {
        var t = Expression(text, null, expression);
        Assert.Null(t.Start);
        Assert.Null(t.End);
        Assert.False(t.IsResolved);
        Assert.StartsWith(rule, t.Rule, StringComparison.Ordinal);
        Assert.Equal("unresolved: no reference date", t.Anchor);
    }

    [Theory]
    [InlineData("On 7 July 2019 fighters attacked.", "7 July 2019", "2019-07-07", "2019-07-07")]
    [InlineData("Bombs fell in 2019.", "2019", "2019-01-01", "2019-12-31")]
    [InlineData("Bombs fell in July 2019.", "July 2019", "2019-07-01", "2019-07-31")]
    [InlineData("Bombs fell on 7/7/2019.", "7/7/2019", "2019-07-07", "2019-07-07")]
    [InlineData("Bombs fell on 2019-07-07.", "2019-07-07", "2019-07-07", "2019-07-07")]
    [InlineData("Bombs fell in the first three weeks of July 2019.", "the first three weeks of July 2019", "2019-07-01", "2019-07-21")]
    [InlineData("Bombs fell in late July 2019.", "late July 2019", "2019-07-22", "2019-07-31")]
    [InlineData("Bombs fell between 2001 and 2014.", "between 2001 and 2014", "2001-01-01", "2014-12-31")]
    public void AbsoluteDatesResolveWithoutAReferenceDate(string text, string expression, string start, string end)
    {
        var t = Expression(text, null, expression);
        Assert.Equal((Date(start), Date(end), "absolute"), (t.Start, t.End, t.Anchor));
    }

    [Fact]
    public void ChainedDateWithoutAnEarlierDateStaysUnresolved()
    {
        var t = Expression("The next day, the post was retaken.", "2019-07-30", "The next day");
        Assert.False(t.IsResolved);
        Assert.Equal("unresolved: no earlier date in the text", t.Anchor);
    }

    [Fact]
    public void ChainedDateNamesItsAnchor()
    {
        var t = Expression("On July 3 a convoy was hit. Two days later another.", "2019-07-30", "Two days later");
        Assert.Contains("\"July 3\"", t.Anchor, StringComparison.Ordinal);
    }

    [Fact]
    public void RelativeDateNamesThePublicationDate()
    {
        var published = Annotator.Find("Two were killed yesterday.", Date("2019-07-30"), Date("2019-07-30"));
        var other = Annotator.Find("Two were killed yesterday.", Date("2019-07-30"), Date("2019-08-01"));
        Assert.Equal("published 2019-07-30", published.Single().Anchor);
        Assert.Equal("reference 2019-07-30", other.Single().Anchor);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("May God protect them.")]
    [InlineData("They march on the capital.")]
    [InlineData("2000 troops arrived at the base.")]
    [InlineData("The US would withdraw 5,400 troops.")]
    [InlineData("On July 32 nothing happened.")]
    [InlineData("31 June 2019 never existed.")]
    [InlineData("Code 2019-13-01 is not a date.")]
    [InlineData("Code 2019-02-30 is not a date.")]
    [InlineData("Call 0700 123 456 for help.")]
    [InlineData("Article 2019 of the code applies.")]
    [InlineData("The Sun reported the story.")]
    [InlineData("They sat down and may leave.")]
    [InlineData("ETH & TOKENS: 0x3cbded43efdaf0fc77b9c55f6fc9988fcc9b757d")]
    [InlineData("Version 12.4 was released with 3.5 percent growth.")]
    [InlineData("mayday july augusta")]
    public void FindsNothingInTextWithoutDates(string text) => Assert.Empty(Find(text, "2019-07-30"));

    [Fact]
    public void SurvivesVeryLongAndOddText()
    {
        var text = string.Concat(Enumerable.Repeat("On July 7 \u00A0 \t 2019\u2013 ,,, 12/ /2019 --- early mid late of the ", 2000));
        var found = Find(text, "2019-07-30");
        Assert.NotEmpty(found);
        Assert.All(found, t => Assert.Equal(t.Text, text.Substring(t.Span.Start, t.Span.Length)));
        Assert.Equal(found.OrderBy(t => t.Span.Start).Select(t => t.Span), found.Select(t => t.Span));
    }
}
