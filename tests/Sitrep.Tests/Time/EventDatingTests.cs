using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Text;
using Sitrep.Time;
using static Sitrep.Tests.Time.TimeTestSupport;

namespace Sitrep.Tests.Time;

public class EventDatingTests
{
    [Theory]
    [InlineData("On July 7, fighters attacked a post.", "fighters", "2019-07-07", "2019-07-07", DatePrecision.Day, "own-clause", "July 7")]
    [InlineData("On July 7, fighters attacked a post. Eight policemen were killed in the attack.", "Eight", "2019-07-07", "2019-07-07", DatePrecision.Week, "paragraph", "July 7")]
    [InlineData("On July 7, fighters attacked a post.\n\nEight policemen were killed.", "Eight", "2019-07-30", "2019-07-30", DatePrecision.Week, "publication", null)]
    [InlineData("The US has lost thousands of soldiers since 2001.", "thousands", "2019-07-30", "2019-07-30", DatePrecision.Week, "publication", null)]
    [InlineData("The war began in 2001. Yesterday a bomb killed five.", "Yesterday", "2019-07-29", "2019-07-29", DatePrecision.Day, "own-clause", "Yesterday")]
    [InlineData("The US dropped 7,423 bombs in 2019. Militants stormed a checkpoint.", "Militants", "2019-07-30", "2019-07-30", DatePrecision.Week, "publication", null)]
    [InlineData("In a February 2019 report, monitors wrote that civilians were killed.", "civilians", "2019-07-30", "2019-07-30", DatePrecision.Week, "publication", null)]
    [InlineData("On July 28th, the Taliban advanced after gains in recent weeks.", "advanced", "2019-07-28", "2019-07-28", DatePrecision.Day, "own-clause", "July 28th")]
    [InlineData("On July 7 a post fell. On July 12 a convoy was hit. Ten died.", "Ten died", "2019-07-12", "2019-07-12", DatePrecision.Week, "paragraph", "July 12")]
    [InlineData("In early July, attacks rose. Ten died in Zabul.", "Ten died", "2019-07-01", "2019-07-10", DatePrecision.Month, "paragraph", "early July")]
    [InlineData("Fighting went on for 20 years. Ten died in Zabul.", "Ten died", "2019-07-30", "2019-07-30", DatePrecision.Week, "publication", null)]
    [InlineData("Talks will resume next week. Ten died in Zabul.", "Ten died", "2019-07-30", "2019-07-30", DatePrecision.Week, "publication", null)]
    [InlineData("On Tuesday a bomb exploded in Herat.", "bomb", "2019-07-30", "2019-07-30", DatePrecision.Day, "own-clause", "Tuesday")]
    [InlineData("Gunmen killed two guards last week, the governor said on Saturday.", "Gunmen", "2019-07-22", "2019-07-28", DatePrecision.Week, "own-clause", "last week")]
    [InlineData("A bomb killed five people in Khost, police said on Monday.", "bomb", "2019-07-29", "2019-07-29", DatePrecision.Day, "statement", "Monday")]
    [InlineData("Ten soldiers died in the ambush, officials told reporters on Sunday.", "ambush", "2019-07-28", "2019-07-28", DatePrecision.Day, "statement", "Sunday")]
    public void DatesAnEventFromItsClauseParagraphOrPublication(string text, string eventWords, string start, string end,
        DatePrecision precision, string source, string? expression)
    {
        var doc = Annotate(text, "2019-07-30");
        var dated = EventDating.DateFor(doc, SentenceContaining(doc, eventWords));
        Assert.NotNull(dated);
        var (date, used) = dated.Value;
        Assert.Equal((Date(start)!.Value, Date(end)!.Value, precision, source), (date.Start, date.End, date.Precision, date.Source));
        Assert.Equal(expression, used?.Text);
    }

    [Fact]
    public void AClauseTakesTheDateOfItsSentence()
    {
        const string text = "In a suicide bombing at a wedding, on July 12, the head of a militia was killed.";
        var doc = Annotate(text, "2019-07-30");
        var clause = text.IndexOf("the head", StringComparison.Ordinal);
        var (date, used) = EventDating.DateFor(doc, new Span(clause, text.Length - 1))!.Value;
        Assert.Equal((new DateOnly(2019, 7, 12), DatePrecision.Day, "sentence"), (date.Start, date.Precision, date.Source));
        Assert.Equal("July 12", used!.Text);
    }

    [Fact]
    public void NoDateAndNoReferenceGivesNothing()
    {
        var doc = Annotate("Ten died in Zabul.", null);
        Assert.Null(EventDating.DateFor(doc, doc.Sentences[0].Span));
    }

    [Fact]
    public void AnAbsoluteDateNeedsNoReference()
    {
        var doc = Annotate("On 7 July 2019 ten died in Zabul. On July 8 more died.", null);
        var (date, _) = EventDating.DateFor(doc, doc.Sentences[0].Span)!.Value;
        Assert.Equal((new DateOnly(2019, 7, 7), "own-clause"), (date.Start, date.Source));
        // "July 8" has no year and there is no reference date, but 2019 is the only year its paragraph states.
        var (second, used) = EventDating.DateFor(doc, doc.Sentences[1].Span)!.Value;
        Assert.Equal((new DateOnly(2019, 7, 8), "own-clause"), (second.Start, second.Source));
        Assert.Equal("date.md.paragraph-year", used!.Rule);
    }

    [Fact]
    public void AnUnresolvedMonthDayLeavesTheEventToTheParagraphDate()
    {
        // A second year in the paragraph ("since 2018") keeps "July 8" unresolved, so the earlier sentence dates the event.
        var doc = Annotate("On 7 July 2019 ten died in Zabul, the worst toll since 2018. On July 8 more died.", null);
        var (second, used) = EventDating.DateFor(doc, doc.Sentences[1].Span)!.Value;
        Assert.Equal((new DateOnly(2019, 7, 7), "paragraph"), (second.Start, second.Source));
        Assert.Equal("7 July 2019", used!.Text);
    }

    [Fact]
    public void AGivenReferenceDateIsNamedAsSuch()
    {
        var doc = Annotate("Ten died in Zabul.", "2019-07-30", "2019-08-01");
        var (date, _) = EventDating.DateFor(doc, doc.Sentences[0].Span)!.Value;
        Assert.Equal((new DateOnly(2019, 8, 1), "reference"), (date.Start, date.Source));
    }
}
