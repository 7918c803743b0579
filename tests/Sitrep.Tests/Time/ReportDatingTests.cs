using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Text;
using Sitrep.Time;
using static Sitrep.Tests.Time.TimeTestSupport;

namespace Sitrep.Tests.Time;

/// <summary>
/// Date forms of real reports that the first rules missed: Afghan solar dates, holidays, "on the
/// 8th", "Tuesday last week", "for a third day on Thursday", datelines and press-release dates as the
/// anchor of relative dates, and how an event takes a date from "since", from the next sentence or
/// from the dateline. Sentences written for these tests.
/// </summary>
public class ReportDatingTests
{
    [Theory]
    [InlineData("Police said a clash took place on 12 Asad 1398 in Kiti.", null, "12 Asad 1398", "2019-08-03", "2019-08-03", "date.solar")]
    [InlineData("Officials said on 1 Hamal 1399 (20 March 2020) the post was attacked.", null, "1 Hamal 1399", "2020-03-20", "2020-03-20", "date.solar")]
    [InlineData("The corps said the district was retaken on 16 Saratan.", "2021-07-08", "16 Saratan", "2021-07-07", "2021-07-07", "date.solar")]
    [InlineData("The elders met on 30 Hut 1399.", null, "30 Hut 1399", "2021-03-20", "2021-03-20", "date.solar")]      // 1399 is a leap year
    [InlineData("Incident of 1399/01/12: a convoy was ambushed in Nad Ali.", null, "1399/01/12", "2020-03-31", "2020-03-31", "date.solar")]
    [InlineData("The governor's office reported the attack on 2019/09/04 in a tweet.", null, "2019/09/04", "2019-09-04", "2019-09-04", "date.iso")]
    [InlineData("A bomb exploded in a market on the eve of Eid al-Adha.", "2020-08-02", "the eve of Eid al-Adha", "2020-07-30", "2020-07-30", "date.holiday.eve")]
    [InlineData("On the first day of Eid, gunmen killed two brothers.", "2020-05-26", "the first day of Eid", "2020-05-24", "2020-05-24", "date.holiday")]
    [InlineData("The second day of Eid al-Fitr was quiet.", "2021-05-20", "The second day of Eid al-Fitr", "2021-05-14", "2021-05-14", "date.holiday")]
    [InlineData("The checkpoint was attacked on Christmas Eve.", "2019-12-27", "Christmas Eve", "2019-12-24", "2019-12-24", "date.holiday")]
    [InlineData("A magnetic bomb exploded in Pul-e-Khumri on the 8th, wounding two.", "2020-07-10", "the 8th", "2020-07-08", "2020-07-08", "date.day-of-month")]
    [InlineData("Fighters attacked Barmal late on the 12th.", "2020-07-10", "the 12th", "2020-06-12", "2020-06-12", "date.day-of-month")]
    [InlineData("A sticky bomb killed an official on Tuesday last week.", "2021-04-15", "Tuesday last week", "2021-04-06", "2021-04-06", "date.weekday.last-week")]
    [InlineData("Afghan forces withdrew from the district overnight on Wednesday, an official said.", "2021-06-25", "overnight on Wednesday", "2021-06-23", "2021-06-23", "date.weekday.overnight")]
    [InlineData("Two posts fell during fighting overnight into Monday.", "2020-07-14", "overnight into Monday", "2020-07-13", "2020-07-13", "date.weekday.overnight")]
    [InlineData("Fighting for a third day on Thursday, troops tried to retake the town.", "2021-07-01", "for a third day on Thursday", "2021-06-29", "2021-07-01", "date.nth-day")]
    public void ResolvesReportDateForms(string text, string? reference, string expected, string start, string end, string rule)
    {
        var t = Expression(text, reference, expected);
        Assert.Equal((Date(start), Date(end), rule), (t.Start, t.End, t.Rule));
    }

    [Theory]
    [InlineData("Asad Khan, 12, was wounded by a mortar round.", "2020-07-10")]      // a name, not a month
    [InlineData("The 209th Shaheen Corps said 3 soldiers died.", "2020-07-10")]      // a unit, not a day
    [InlineData("Police cleared the 3rd floor of the building.", "2020-07-10")]
    [InlineData("Prisoners may be freed ahead of Eid, officials said.", "2020-07-10")] // no cue before the holiday
    [InlineData("Troops reached the market on 31 Mizan 1399.", "2020-12-10")]         // Mizan has 30 days
    [InlineData("Troops reached the market on 30 Hut 1398.", "2020-12-10")]           // 1398 is no leap year
    public void LeavesLookalikesAlone(string text, string reference)
    {
        var found = Find(text, reference);
        Assert.DoesNotContain(found, t => t.IsResolved && !t.IsDuration && t.Role == TimeRole.When);
    }

    [Fact]
    public void OnlyABackwardChainInItsSentenceCountsFromAStatement()
    {
        // "the next day" never counts from a statement date: a statement reports what happened before it
        var found = Find("On July 7 fighters attacked a post. Police said on Monday the fighters returned the next day.", "2019-07-30");
        Assert.Equal(Date("2019-07-08"), found.Single(t => t.Text == "the next day").Start);
        // the statement date is in another sentence: "a day earlier" counts from the event date
        var earlier = Find("Police said on Monday that a post was attacked. On July 7 fighters came back, a day earlier than expected.", "2019-07-30");
        Assert.Equal(Date("2019-07-06"), earlier.Single(t => t.Text == "a day earlier").Start);
        var other = Find("On July 7 fighters attacked a post, police said. They returned the next day.", "2019-07-30");
        Assert.Equal(Date("2019-07-08"), other.Single(t => t.Text == "the next day").Start);
    }

    [Fact]
    public void AnniversaryDateNamesAnotherEvent()
    {
        var t = Expression("On the anniversary of the 11 September 2001 attacks, a rocket hit Kabul on Wednesday.", "2019-09-12",
            "anniversary of the 11 September 2001");
        Assert.Equal(TimeRole.Modifier, t.Role);
    }

    [Theory]
    [InlineData("KABUL, March 4 (Reuters) - Gunmen killed a prosecutor yesterday, police said.", "2020-03-05", "March 4", "yesterday", "2020-03-03")]
    [InlineData("HELMAND, Oct 13 - Fighting began on Sunday, officials said.", "2020-10-15", "Oct 13", "Sunday", "2020-10-11")]
    [InlineData("Press release, 14 September 2020\nYesterday, army forces cleared Arghandab.", "2020-09-16", "14 September 2020", "Yesterday", "2020-09-13")]
    [InlineData("Press Release\n27 June 2021\nANDSF repulsed an attack overnight.", null, "27 June 2021", "overnight", "2021-06-26")]
    [InlineData("WASHINGTON/KABUL, June 3 (Reuters) - A drone strike killed four militants on Tuesday, officials said.", "2020-06-05", "June 3", "Tuesday", "2020-06-02")]
    [InlineData("Published on 5 June 2020\nGunmen killed a cleric in Kabul last night.", null, "5 June 2020", "last night", "2020-06-04")]
    public void DatelineAnchorsRelativeDates(string text, string? reference, string dateline, string relative, string expected)
    {
        Assert.Equal(TimeRole.Dateline, Expression(text, reference, dateline).Role);
        Assert.Equal(Date(expected), Expression(text, reference, relative).Start);
    }

    [Theory]
    [InlineData("On March 4, gunmen killed a prosecutor, police said yesterday.", "2020-03-06", "March 4")]   // no dateline: a date in the sentence
    [InlineData("Kabul police called March 4 the deadliest day yesterday.", "2020-03-06", "March 4")]
    public void ADateInsideASentenceIsNoDateline(string text, string reference, string date)
    {
        Assert.Equal(TimeRole.When, Expression(text, reference, date).Role);
        Assert.Equal(Date("2020-03-05"), Expression(text, reference, "yesterday").Start);
    }

    [Theory]
    // the next sentence goes on telling the event
    [InlineData("A roadside bomb hit a car in Ghazni, killing seven. The blast happened on Wednesday afternoon, police said.", "2020-09-25", "roadside", "2020-09-23", "2020-09-23", "next-sentence")]
    [InlineData("Officials confirmed on Thursday that an ambush killed a police chief. He was shot on Tuesday night near Taloqan.", "2021-04-22", "ambush", "2021-04-20", "2021-04-20", "next-sentence")]
    // traps: an earlier event in the next sentence, a next sentence that tells something else
    [InlineData("Afghan forces said on Monday they had recaptured the district. The district had fallen on Saturday night.", "2021-06-07", "recaptured", "2021-06-07", "2021-06-07", "statement")]
    [InlineData("A bomb hit a car in Ghazni, police said on Friday. Separately, gunmen killed a teacher on Wednesday.", "2020-09-25", "bomb", "2020-09-25", "2020-09-25", "statement")]
    // a fight going on since a day
    [InlineData("Fighting has gone on since Sunday around Kunduz city, officials said on Wednesday.", "2021-06-23", "Fighting", "2021-06-20", "2021-06-23", "since")]
    [InlineData("Militants have held the road since 2019 and attacked a convoy, officials said on Wednesday.", "2021-06-23", "Militants", "2021-06-23", "2021-06-23", "statement")]
    // a possessive date names the event's day; a plain one beside it dates the update
    [InlineData("Officials on Thursday raised the toll from Tuesday's suicide attack on the academy to six.", "2020-02-13", "toll", "2020-02-11", "2020-02-11", "own-clause")]
    [InlineData("On Thursday gunmen attacked a checkpoint in Zurmat, killing three soldiers.", "2020-02-13", "gunmen", "2020-02-13", "2020-02-13", "own-clause")]
    // "a day earlier", "two days earlier" count from the statement date of their sentence
    [InlineData("Police said on Monday that a bomb had killed three people in Muhmand Dara a day earlier.", "2019-07-30", "bomb", "2019-07-28", "2019-07-28", "own-clause")]
    [InlineData("Officials said on Thursday that the Taliban had attacked a post two days earlier.", "2020-05-14", "Taliban", "2020-05-12", "2020-05-12", "own-clause")]
    // "in a statement on Saturday" dates the statement, not the attack
    [InlineData("In a statement on Saturday, the Taliban said they attacked a base in Chora on Friday night.", "2019-09-08", "Taliban", "2019-09-06", "2019-09-06", "own-clause")]
    // a dateline dates what nothing else dates
    [InlineData("KABUL, July 29 (Reuters) - Gunmen killed two guards at a clinic.", "2019-07-30", "Gunmen", "2019-07-29", "2019-07-29", "dateline")]
    [InlineData("HELMAND, Oct 13 - Taliban fighters attacked Lashkar Gah on Sunday.", "2020-10-15", "Taliban", "2020-10-11", "2020-10-11", "own-clause")]
    public void DatesEventsAsReportsTellThem(string text, string published, string eventWords, string start, string end, string source)
    {
        var doc = Annotate(text, published);
        var (date, _) = EventDating.DateFor(doc, SentenceContaining(doc, eventWords))!.Value;
        Assert.Equal((Date(start)!.Value, Date(end)!.Value, source), (date.Start, date.End, date.Source));
    }

    [Theory]
    [InlineData("KABUL, July 29 (Reuters) - Gunmen killed two guards at a clinic.", DatePrecision.Week)]
    [InlineData("29 July 2019: gunmen killed two guards at a clinic in Kabul.", DatePrecision.Day)]
    public void ADatelineDatesAtWeekPrecisionUnlessTheTextOpensWithIt(string text, DatePrecision precision)
    {
        var doc = Annotate(text, "2019-07-30");
        var (date, _) = EventDating.DateFor(doc, SentenceContaining(doc, "guards"))!.Value;
        Assert.Equal((new DateOnly(2019, 7, 29), precision, "dateline"), (date.Start, date.Precision, date.Source));
    }
}
