using Sitrep.Time;
using static Sitrep.Tests.Time.TimeTestSupport;

namespace Sitrep.Tests.Time;

public class DurationAndRoleTests
{
    [Theory]
    [InlineData("The US has fought for 20 years.", "for 20 years", DatePrecision.Year)]
    [InlineData("Troops will leave within 20 weeks.", "within 20 weeks", DatePrecision.Week)]
    [InlineData("A SEVEN-DAY reduction in violence began.", "SEVEN-DAY", DatePrecision.Day)]
    [InlineData("After a three-week stalemate, talks resumed.", "After a three-week", DatePrecision.Week)]
    [InlineData("Troops withdraw after 20 years of war.", "after 20 years", DatePrecision.Year)]
    [InlineData("They were at war for 19 years.", "for 19 years", DatePrecision.Year)]
    [InlineData("The siege lasted for two days.", "for two days", DatePrecision.Day)]
    [InlineData("The road was closed for years.", "for years", DatePrecision.Year)]
    [InlineData("The road was closed for several months.", "for several months", DatePrecision.Month)]
    [InlineData("A 24-hour ceasefire was agreed.", "24-hour", DatePrecision.Day)]
    [InlineData("Talks continue over the next two weeks.", "over the next two weeks", DatePrecision.Week)]
    [InlineData("The war could be won in a week.", "in a week", DatePrecision.Week)]
    [InlineData("Peace took a decade to come.", "a decade", DatePrecision.Year)]
    public void DurationsHaveNoInterval(string text, string expression, DatePrecision precision)
    {
        var t = Expression(text, "2019-07-30", expression);
        Assert.True(t.IsDuration);
        Assert.Null(t.Start);
        Assert.Equal("duration", t.Rule);
        Assert.Equal(precision, t.Precision);
        Assert.False(t.Future);
    }

    [Theory]
    [InlineData("The US has spent billions since 2001.", "since 2001", TimeRole.Since)]
    [InlineData("Since July 7, attacks have doubled.", "Since July 7", TimeRole.Since)]
    [InlineData("Ever since 2001 the war went on.", "Ever since 2001", TimeRole.Since)]
    [InlineData("NATO stayed until 2014.", "until 2014", TimeRole.Until)]
    [InlineData("The road stayed closed till March.", "till March", TimeRole.Until)]
    [InlineData("In a February 2019 report, monitors wrote.", "February 2019", TimeRole.Modifier)]
    [InlineData("He pledged during his 2016 presidential campaign to end it.", "2016", TimeRole.Modifier)]
    [InlineData("A 2018 UN study found more.", "2018", TimeRole.Modifier)]
    [InlineData("The July 2019 statement was ignored.", "July 2019", TimeRole.Modifier)]
    [InlineData("The US has been at war for the past 20 years.", "for the past 20 years", TimeRole.Since)]
    [InlineData("The July 7 attack killed eight.", "July 7", TimeRole.When)]
    [InlineData("On July 7 a report was published.", "July 7", TimeRole.When)]
    [InlineData("In 2019 the US dropped 7,423 bombs.", "2019", TimeRole.When)]
    public void RolesSayWhetherADateCanDateAnEvent(string text, string expression, TimeRole role) =>
        Assert.Equal(role, Expression(text, "2020-02-21", expression).Role);

    [Theory]
    [InlineData("Talks will resume next week.", "next week", true)]
    [InlineData("Talks resume tomorrow.", "tomorrow", true)]
    [InlineData("The signing is expected to take place on 29th February.", "29th February", true)]
    [InlineData("The talks will be held on 5 March 2020.", "5 March 2020", true)]
    [InlineData("Talks open next Friday.", "next Friday", true)]
    [InlineData("On July 7, militants attacked a post.", "July 7", false)]
    [InlineData("Two were killed yesterday.", "yesterday", false)]
    [InlineData("In 2019 the US dropped 7,423 bombs.", "2019", false)]
    public void FutureIsFlagged(string text, string expression, bool future) =>
        Assert.Equal(future, Expression(text, "2020-02-21", expression).Future);
}
