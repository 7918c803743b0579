using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Time;
using static Sitrep.Tests.Time.TimeTestSupport;

namespace Sitrep.Tests.Time;

/// <summary>The default pipeline on a list of dated attacks, written for this project in the style of a monthly round-up.</summary>
public class TimePipelineTests
{
    private const string RoundUp = """
        Last week, officials in Kabul spoke of progress toward peace. The reality on the ground looks different.

        Over the first three weeks of July, the insurgents struck government forces again and again.

        On July 7, fighters drove a truck bomb into a checkpoint in Ghazni province. Six soldiers died.

        On July 12, a roadside bomb hit a police vehicle in Zabul, killing three officers.

        Gunmen attacked a district office in Faryab on July 18 and held it for two days.

        Militants fired on outposts in Kunduz on the night of July 25 to 26.

        The insurgency has continued since 2001 and has claimed tens of thousands of lives.
        """;

    private static Document Process() =>
        PipelineBuilder.Default().Process(Article.Create(RoundUp, "test", published: new DateOnly(2019, 7, 30)));

    [Fact]
    public void FindsAndResolvesEveryDateOfTheRoundUp()
    {
        var times = Process().Times
            .Select(t => (t.Text, t.Start, t.End, t.Precision, t.Role, t.IsDuration))
            .ToList();
        Assert.Equal(
        [
            ("Last week", Date("2019-07-22"), Date("2019-07-28"), DatePrecision.Week, TimeRole.When, false),
            ("the first three weeks of July", Date("2019-07-01"), Date("2019-07-21"), DatePrecision.Month, TimeRole.When, false),
            ("July 7", Date("2019-07-07"), Date("2019-07-07"), DatePrecision.Day, TimeRole.When, false),
            ("July 12", Date("2019-07-12"), Date("2019-07-12"), DatePrecision.Day, TimeRole.When, false),
            ("July 18", Date("2019-07-18"), Date("2019-07-18"), DatePrecision.Day, TimeRole.When, false),
            ("for two days", null, null, DatePrecision.Day, TimeRole.When, true),
            ("the night of July 25 to 26", Date("2019-07-25"), Date("2019-07-26"), DatePrecision.Day, TimeRole.When, false),
            ("since 2001", Date("2001-01-01"), Date("2001-12-31"), DatePrecision.Year, TimeRole.Since, false),
        ], times);
        Assert.All(Process().Times.Where(t => !t.IsDuration && t.Rule != "date.year"),
            t => Assert.Equal("published 2019-07-30", t.Anchor));
    }

    [Theory]
    [InlineData("Six soldiers died.", "2019-07-07", DatePrecision.Week, "paragraph")]
    [InlineData("roadside bomb", "2019-07-12", DatePrecision.Day, "own-clause")]
    [InlineData("Gunmen attacked", "2019-07-18", DatePrecision.Day, "own-clause")]
    [InlineData("outposts", "2019-07-25", DatePrecision.Day, "own-clause")]
    [InlineData("tens of thousands", "2019-07-30", DatePrecision.Week, "publication")]
    public void DatesEachEventOfTheRoundUp(string words, string start, DatePrecision precision, string source)
    {
        var doc = Process();
        var sentence = doc.Sentences.First(s => doc.TextOf(s.Span).Contains(words, StringComparison.Ordinal));
        var (date, _) = EventDating.DateFor(doc, sentence.Span)!.Value;
        Assert.Equal((Date(start)!.Value, precision, source), (date.Start, date.Precision, date.Source));
    }
}
