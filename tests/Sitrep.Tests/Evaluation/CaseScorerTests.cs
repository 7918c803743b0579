using Sitrep.Evaluation;
using Sitrep.Events;
using Sitrep.Text;
using static Sitrep.Tests.Evaluation.TestEvents;

namespace Sitrep.Tests.Evaluation;

public class CaseScorerTests
{
    private static readonly CaseScorer Scorer = new(new FakePlaceResolver(), new FakeActorResolver());

    private static GoldCase Case(GoldEvent gold) => new("t1", "text", new DateOnly(2020, 5, 4), ReferenceDateKind.Published, gold, "test:1");

    [Fact]
    public void PlacesAreComparedThroughTheResolverNotTheirSpelling()
    {
        var result = Scorer.Score(Case(new GoldEvent { Admin1 = "Hirat" }), [Event("Battles", place: Herat)]);
        Assert.Equal(MetricOutcome.Correct, result[MetricNames.Admin1].Outcome);

        var wrong = Scorer.Score(Case(new GoldEvent { Admin1 = "Hirat" }), [Event("Battles", place: Kandahar)]);
        Assert.Equal(MetricOutcome.Wrong, wrong[MetricNames.Admin1].Outcome);
        Assert.Equal(("Hirat", "Kandahar"), (wrong[MetricNames.Admin1].Gold, wrong[MetricNames.Admin1].Predicted));
    }

    [Fact]
    public void AnUnknownGoldPlaceIsUnresolvedNotAMiss()
    {
        var result = Scorer.Score(Case(new GoldEvent { Admin1 = "Atlantis", Admin2 = "Pashtoon Kot" }), [Event("Battles", place: PashtunKot)]);
        Assert.Equal(MetricOutcome.Unresolved, result[MetricNames.Admin1].Outcome);
        Assert.Equal(MetricOutcome.Correct, result[MetricNames.Admin2].Outcome);
    }

    [Fact]
    public void ActorsAreComparedThroughTheResolverInEitherOrder()
    {
        var gold = new GoldEvent { Actor1 = "Taleban", Actor2 = "Police Forces of Afghanistan (2014-2021)" };
        var swapped = Scorer.Score(Case(gold), [Event("Battles", agent: "police", target: "Taliban")]);
        Assert.Equal(MetricOutcome.Correct, swapped[MetricNames.Actor1].Outcome);
        Assert.Equal(MetricOutcome.Correct, swapped[MetricNames.Actor2].Outcome);
        Assert.Equal("Taliban", swapped[MetricNames.Actor1].Predicted);

        var half = Scorer.Score(Case(gold), [Event("Battles", agent: "Taliban fighters", target: "civilians")]);
        Assert.Equal(MetricOutcome.Correct, half[MetricNames.Actor1].Outcome);
        Assert.Equal(MetricOutcome.Wrong, half[MetricNames.Actor2].Outcome);

        var unknown = Scorer.Score(Case(gold with { Actor1 = "Lashkar of Nowhere" }), [Event("Battles", agent: "Taliban")]);
        Assert.Equal(MetricOutcome.Unresolved, unknown[MetricNames.Actor1].Outcome);
        Assert.Equal(MetricOutcome.Wrong, unknown[MetricNames.Actor2].Outcome);
    }

    [Fact]
    public void ADictionaryIdOnTheArgumentIsUsed()
    {
        var agent = new EventArgument("the insurgents", new Span(0, 14), "taliban", "Taliban");
        var predicted = Event("Battles") with { Agent = agent };
        var result = Scorer.Score(Case(new GoldEvent { Actor1 = "Taleban" }), [predicted]);
        Assert.Equal(MetricOutcome.Correct, result[MetricNames.Actor1].Outcome);
        Assert.Equal("Taliban (\"the insurgents\")", result[MetricNames.Actor1].Predicted);
    }

    [Fact]
    public void LocationIsCorrectWithin25KmOnly()
    {
        // Maymana (35.92, 64.78) to the Pashtun Kot seat (35.87, 64.72) is about 7.7 km; Herat is ~250 km away.
        var gold = new GoldEvent { Latitude = 35.92, Longitude = 64.78 };
        Assert.Equal(MetricOutcome.Correct, Scorer.Score(Case(gold), [Event("Battles", place: PashtunKot)])[MetricNames.Location25Km].Outcome);
        Assert.Equal(MetricOutcome.Wrong, Scorer.Score(Case(gold), [Event("Battles", place: Herat)])[MetricNames.Location25Km].Outcome);
        Assert.Equal(MetricOutcome.Wrong, Scorer.Score(Case(gold), [Event("Battles")])[MetricNames.Location25Km].Outcome);
        Assert.InRange(GeoDistance.Kilometres(35.92, 64.78, 35.87, 64.72), 7, 8.5);
    }

    [Fact]
    public void NoFigureMeansZeroKilledButNoEventMeansNothingPredicted()
    {
        var gold = new GoldEvent { FatalitiesBest = 0, FatalitiesLow = 0, FatalitiesHigh = 0, Injuries = 0 };
        var withEvent = Scorer.Score(Case(gold), [Event("Protests")]);
        Assert.Equal(MetricOutcome.Correct, withEvent[MetricNames.FatalitiesExact].Outcome);
        Assert.Equal(MetricOutcome.Correct, withEvent[MetricNames.InjuriesExact].Outcome);

        var none = Scorer.Score(Case(gold), []);
        Assert.Equal(MetricOutcome.Wrong, none[MetricNames.FatalitiesExact].Outcome);
        Assert.Null(none[MetricNames.FatalitiesExact].Predicted);
        Assert.Equal(MetricOutcome.Wrong, none[MetricNames.EventFound].Outcome);
    }

    [Fact]
    public void FatalityRangeIsInclusive()
    {
        var gold = new GoldEvent { FatalitiesBest = 10, FatalitiesLow = 8, FatalitiesHigh = 12 };
        Assert.Equal(MetricOutcome.Correct, Scorer.Score(Case(gold), [Event("Battles", killed: 12)])[MetricNames.FatalitiesInRange].Outcome);
        Assert.Equal(MetricOutcome.Correct, Scorer.Score(Case(gold), [Event("Battles", killed: 8)])[MetricNames.FatalitiesInRange].Outcome);
        Assert.Equal(MetricOutcome.Wrong, Scorer.Score(Case(gold), [Event("Battles", killed: 13)])[MetricNames.FatalitiesInRange].Outcome);
        Assert.Equal(MetricOutcome.Wrong, Scorer.Score(Case(gold), [Event("Battles", killed: 12)])[MetricNames.FatalitiesExact].Outcome);
    }

    [Fact]
    public void DateWithinOneDayCountsBothSides()
    {
        var gold = new GoldEvent { DateStart = new DateOnly(2020, 5, 3) };
        foreach (var (date, exact, within) in new[] { ("2020-05-03", true, true), ("2020-05-02", false, true), ("2020-05-04", false, true), ("2020-05-05", false, false) })
        {
            var result = Scorer.Score(Case(gold), [Event("Battles", date: date)]);
            Assert.Equal(exact, result[MetricNames.DateExact].Outcome == MetricOutcome.Correct);
            Assert.Equal(within, result[MetricNames.DateWithin1Day].Outcome == MetricOutcome.Correct);
        }
    }

    [Fact]
    public void MissingGoldFieldsAreNotScored()
    {
        var result = Scorer.Score(Case(new GoldEvent { EventType = "Battles" }), [Event("Battles")]);
        Assert.Equal(
            [MetricNames.EventFound, MetricNames.EventType],
            result.Metrics.Where(m => m.Outcome != MetricOutcome.NotScored).Select(m => m.Metric));
    }

    [Fact]
    public void AMistakeCarriesTheEvidenceOfTheField()
    {
        var predicted = Event("Battles", killed: 5);
        var result = Scorer.Score(Case(new GoldEvent { FatalitiesBest = 3 }), [predicted]);
        var evidence = Assert.Single(result[MetricNames.FatalitiesExact].Evidence);
        Assert.Equal(("test.count", "5"), (evidence.Rule, evidence.Text));
    }
}
