using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Text;
using Sitrep.Time;
using static Sitrep.Tests.Time.TimeTestSupport;

namespace Sitrep.Tests.Time;

/// <summary>An undated article's yearless month-day takes the year of a full date in its paragraph, only when that is the paragraph's one year.</summary>
public class ParagraphYearTests
{
    private static Document Annotate(string text, string? published = null)
    {
        var doc = new Document(Article.Create(text, "test", published: Date(published)));
        SentenceSplitter.Load(DataPack.Default).Annotate(doc);
        Annotator.Annotate(doc);
        return doc;
    }

    private static TimeExpression Find(Document doc, string text) => doc.Times.Single(t => t.Text == text);

    [Theory]
    [InlineData("Talks collapsed on 20 July 2019. On July 24, fighters attacked a post in Kunduz.", "July 24", "2019-07-24", "2019-07-24")]
    [InlineData("On July 24, fighters attacked a post. The district had fallen on July 20, 2019.", "July 24", "2019-07-24", "2019-07-24")]
    [InlineData("On July 24, 2019, fighters attacked a post and on July 26 they withdrew.", "July 26", "2019-07-26", "2019-07-26")]
    [InlineData("Talks collapsed on 2020-07-20. On the night of July 25 to 26, posts were attacked.", "the night of July 25 to 26", "2020-07-25", "2020-07-26")]
    public void A_yearless_month_day_takes_the_one_year_its_paragraph_states(string text, string expression, string start, string end)
    {
        var t = Find(Annotate(text), expression);
        Assert.Equal(Date(start), t.Start);
        Assert.Equal(Date(end), t.End);
        Assert.EndsWith(".paragraph-year", t.Rule, StringComparison.Ordinal);
        Assert.StartsWith("year of ", t.Anchor, StringComparison.Ordinal);
        Assert.False(t.LacksReference);
    }

    [Theory]
    [InlineData("Talks collapsed on 20 July 2019 and resumed on 3 March 2020. On July 24, fighters attacked a post.")] // two years
    [InlineData("Talks collapsed on 20 July 2019. The war began in 2001. On July 24, fighters attacked a post.")] // a bare year as well
    [InlineData("Talks collapsed on 20 July 2019, the worst setback since 2018. On July 24, fighters attacked a post.")] // "since 2018" still states a year
    [InlineData("On July 24 a bomb killed ten, the worst toll since 11 September 2001.")] // a period's start dates no event
    [InlineData("Talks collapsed on 20 July 2019.\n\nOn July 24, fighters attacked a post.")] // the full date is in another paragraph
    [InlineData("Talks collapsed in July 2019. On July 24, fighters attacked a post.")] // a month and year is not a full date
    [InlineData("Talks collapsed on 20 July 2019. On February 29, fighters attacked a post.")] // no such day in 2019
    public void Otherwise_it_stays_unresolved_for_lack_of_a_publication_date(string text)
    {
        var t = Annotate(text).Times.Single(t => !t.IsResolved);
        Assert.True(t.LacksReference);
        Assert.DoesNotContain(".paragraph-year", t.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_publication_date_the_month_day_takes_its_year_from_that_instead()
    {
        var t = Find(Annotate("Talks collapsed on 20 July 2019. On July 24, fighters attacked a post.", "2020-08-01"), "July 24");
        Assert.Equal(Date("2020-07-24"), t.Start);
        Assert.Equal("date.md", t.Rule);
    }

    [Fact]
    public void The_event_dated_this_way_names_the_inference_in_its_date_evidence()
    {
        var doc = PipelineBuilder.Default().Process(Article.Create(
            "Talks collapsed in Doha on 20 July 2019. On July 24, Taliban fighters attacked a police checkpoint in Kunduz, killing four policemen.", "test"));
        var attack = doc.Events.Single(e => e.Date?.Start == Date("2019-07-24"));
        var date = attack.Evidence.Single(x => x.Field == "date");
        Assert.Equal("July 24", date.Text);
        Assert.Equal("event.date.own-clause+date.md.paragraph-year", date.Rule);
    }
}
