using Sitrep.Evaluation;
using Sitrep.Events;
using Sitrep.Text;
using static Sitrep.Tests.Evaluation.TestEvents;

namespace Sitrep.Tests.Evaluation;

public class ResolverTests
{
    [Theory]
    [InlineData("Sar-e-Pul", "Sar-e Pul")]
    [InlineData("Sar-e-Pul", "sar i pul")]
    [InlineData("Qala-e-Naw", "Qala-i-Naw")]
    [InlineData("Khas Uruzgan", "khas-uruzgan")]
    [InlineData("Qal'ah-ye Now", "Qalah Now")]
    [InlineData("Herāt", "Herat")]
    [InlineData("Nad Ali", "Nad-e Ali")]
    public void PlaceKeysIgnoreCaseHyphensApostrophesSpacesAndConnectives(string a, string b) =>
        Assert.Equal(NameKey.ForPlace(a), NameKey.ForPlace(b));

    [Theory]
    [InlineData("Hirat", "Herat")]
    [InlineData("Nimroz", "Nimruz")]
    [InlineData("Kabul", "Kandahar")]
    public void PlaceKeysDoNotGuessAliases(string a, string b) =>
        Assert.NotEqual(NameKey.ForPlace(a), NameKey.ForPlace(b));

    [Fact]
    public void ActorKeysIgnoreTheCodingPeriod()
    {
        Assert.Equal(NameKey.ForActor("Military Forces of Afghanistan (2014-2021)"), NameKey.ForActor("military forces of Afghanistan"));
        Assert.NotEqual(NameKey.ForActor("Civilians (Afghanistan)"), NameKey.ForActor("Civilians"));
    }

    [Fact]
    public void DefaultPlaceResolverReadsTheAdminNamesOfTheExtractedPlace()
    {
        var resolver = NormalizedPlaceResolver.Instance;
        Assert.True(resolver.KeysOf(PashtunKot, AdminLevel.District).SetEquals(resolver.ResolveName("Pashtun-Kot", AdminLevel.District)));
        Assert.True(resolver.KeysOf(PashtunKot, AdminLevel.Province).SetEquals(resolver.ResolveName("faryab", AdminLevel.Province)));
        Assert.Empty(resolver.KeysOf(Herat, AdminLevel.District));
        Assert.Empty(resolver.ResolveName(" - ", AdminLevel.Province));
    }

    [Fact]
    public void DefaultActorResolverUsesTheDictionaryNameThenTheText()
    {
        var resolver = NormalizedActorResolver.Instance;
        Assert.Equal(resolver.ResolveName("Taliban"), resolver.KeyOf(new EventArgument("the militants", new Span(0, 13), "t1", "Taliban")));
        Assert.Equal(resolver.ResolveName("Taliban"), resolver.KeyOf(new EventArgument("taliban", new Span(0, 7), null, null)));
    }

    [Fact]
    public void DefaultResolversScoreSpellingVariantsAsTheSame()
    {
        var scorer = new CaseScorer(NormalizedPlaceResolver.Instance, NormalizedActorResolver.Instance);
        var sarePul = Province("AF-SAR", "Sar-e Pul", 36.2, 65.9);
        var gold = new GoldEvent { Admin1 = "Sar-e-Pul", Actor1 = "Taliban" };
        var result = scorer.Score(new GoldCase("x", "t", null, ReferenceDateKind.Published, gold, "x:1"),
            [Event("Battles", place: sarePul, agent: "taliban")]);
        Assert.Equal(MetricOutcome.Correct, result[MetricNames.Admin1].Outcome);
        Assert.Equal(MetricOutcome.Correct, result[MetricNames.Actor1].Outcome);
    }
}
