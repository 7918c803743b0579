using Sitrep.Evaluation;
using Sitrep.Events;
using static Sitrep.Tests.Evaluation.TestEvents;

namespace Sitrep.Tests.Evaluation;

public class BestMatchSelectorTests
{
    private static readonly GoldEvent Gold = new()
    {
        DateStart = new DateOnly(2020, 5, 3),
        EventType = "Battles",
        SubEventType = "Armed clash",
        Admin1 = "Faryab",
        Admin2 = "Pashtun Kot",
        Latitude = 35.87,
        Longitude = 64.72,
    };

    private static readonly BestMatchSelector Selector = new(new FakePlaceResolver());

    [Fact]
    public void SameTypeFamilyWinsOverACloserDate()
    {
        var explosion = Event("Explosions/Remote violence", date: "2020-05-03", place: PashtunKot, triggerStart: 0);
        var battle = Event("Battles", date: "2020-05-20", place: Kandahar, triggerStart: 50);
        Assert.Same(battle, Selector.Select(Gold, [explosion, battle]));
    }

    [Fact]
    public void WithinAFamilyTheCloserDateWinsOverABetterPlace()
    {
        var far = Event("Battles", date: "2020-05-10", place: PashtunKot, triggerStart: 0);
        var near = Event("Battles", date: "2020-05-04", place: Kandahar, triggerStart: 50);
        Assert.Same(near, Selector.Select(Gold, [far, near]));
    }

    [Fact]
    public void AnUndatedEventRanksBehindADatedOne()
    {
        var undated = Event("Battles", place: PashtunKot, triggerStart: 0);
        var dated = Event("Battles", date: "2020-06-30", triggerStart: 50);
        Assert.Same(dated, Selector.Select(Gold, [undated, dated]));
    }

    [Fact]
    public void WithTheSameTypeAndDateTheBetterPlaceWins()
    {
        var kandahar = Event("Battles", date: "2020-05-03", place: Kandahar, triggerStart: 0);
        var faryabProvince = Event("Battles", date: "2020-05-03", place: Faryab, triggerStart: 20);
        var district = Event("Battles", date: "2020-05-03", place: PashtunKot, triggerStart: 50);
        Assert.Same(district, Selector.Select(Gold, [kandahar, faryabProvince, district]));
        Assert.Same(faryabProvince, Selector.Select(Gold, [kandahar, faryabProvince]));
    }

    [Fact]
    public void OtherwiseTheFirstInTheTextWins()
    {
        var second = Event("Battles", date: "2020-05-03", triggerStart: 80);
        var first = Event("Battles", date: "2020-05-03", triggerStart: 10);
        Assert.Same(first, Selector.Select(Gold, [second, first]));
    }

    [Fact]
    public void EventsTheTextDoesNotCommitToAreNotCandidates()
    {
        var negated = Event("Battles", "Armed clash", "2020-05-03", PashtunKot, modality: Modality.Negated, triggerStart: 0);
        var hypothetical = Event("Battles", "Armed clash", "2020-05-03", PashtunKot, modality: Modality.Hypothetical, triggerStart: 5);
        var reported = Event("Explosions/Remote violence", date: "2019-01-01", modality: Modality.Reported, triggerStart: 50);
        Assert.Same(reported, Selector.Select(Gold, [negated, hypothetical, reported]));
        Assert.Null(Selector.Select(Gold, [negated, hypothetical]));
    }

    [Fact]
    public void WithoutAGoldEventTypeTheSubEventTypeIsTheFamily()
    {
        var gold = Gold with { EventType = null, SubEventType = "Suicide bomb" };
        var clash = Event("Battles", "Armed clash", "2020-05-03", triggerStart: 0);
        var suicide = Event("Explosions/Remote violence", "Suicide bomb", "2020-05-09", triggerStart: 50);
        Assert.Same(suicide, Selector.Select(gold, [clash, suicide]));
    }
}
