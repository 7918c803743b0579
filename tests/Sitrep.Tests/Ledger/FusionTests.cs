using Sitrep.Ledger;
using static Sitrep.Tests.Ledger.TestMentions;

namespace Sitrep.Tests.Ledger;

public class FusionTests
{
    private readonly LedgerBuilder _builder = new();

    private static IReadOnlyList<LedgerMention> Corpus() =>
    [
        M("m01", "a1", killed: 4, words: ["checkpoint"]),
        M("m02", "a2", killed: 18, party: "government_af", outlet: "Ministry of Interior"),
        M("m03", "a3", killed: 11, party: "taliban", outlet: "Taliban statements"),
        M("m04", "a4", date: "2020-06-03", killed: 2),                       // next day, same district: another clash
        M("m05", "a5", admin2: "Qala-e-Zal", killed: 1),                      // neighbouring district, same day
        M("m06", "a1", admin2: "Kunduz", killed: 3),                          // told beside m01 in one report
        M("m07", "a6", admin1: "Ghazni", admin2: "Andar", date: "2020-06-10", killed: 6, party: "taliban", outlet: "Taliban statements"),
        M("m08", "a7", admin2: null, date: "2020-06-02", precision: 1, killed: 4, words: ["checkpoint"]), // province-level report
        M("m09", "a8", date: "2020-06-20", type: "Protests", admin2: "Kunduz"),
    ];

    private static string Key(IEnumerable<LedgerEvent> events) =>
        string.Join(" | ", events.Select(e => e.Id + ":" + string.Join(",", e.MentionIds.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal));

    [Fact]
    public void Reports_of_one_event_fuse_and_hard_negatives_stay_apart()
    {
        var events = _builder.Build(Corpus()).ToList();
        var clash = events.Single(e => e.MentionIds.Contains("m01"));
        Assert.Equal(["m01", "m02", "m03", "m08"], clash.MentionIds.Order(StringComparer.Ordinal));
        Assert.Equal(6, events.Count); // m04, m05, m06, m07, m09 alone; m01+m02+m03+m08 one
        Assert.Equal(4, clash.Outlets);
    }

    [Fact]
    public void The_events_do_not_depend_on_the_order_of_the_mentions()
    {
        var expected = Key(_builder.Build(Corpus()));
        var random = new Random(7);
        for (var i = 0; i < 20; i++)
            Assert.Equal(expected, Key(_builder.Build(Corpus().OrderBy(_ => random.Next()).ToList())));
    }

    [Fact]
    public void Streaming_and_clustering_everything_at_once_agree()
    {
        var all = _builder.Events(Corpus(), FusionConstraints.None);
        Assert.Equal(Key(all), Key(_builder.Build(Corpus())));
    }

    [Fact]
    public void A_partys_claim_is_not_the_best_figure_when_an_independent_one_exists()
    {
        var clash = _builder.Build(Corpus()).Single(e => e.MentionIds.Contains("m01"));
        Assert.Equal(4, clash.Fatalities!.Best);
        Assert.Equal(4, clash.Fatalities.Low);
        Assert.Equal(18, clash.Fatalities.High);
        Assert.True(clash.Fatalities.Disputed);
        Assert.Equal(4, clash.Fatalities.Claims.Count); // every claim kept with its outlet
        Assert.Contains(clash.Fatalities.Claims, c => c.Party == "taliban" && c.Best == 11 && c.Outlet == "Taliban statements");
        Assert.False(clash.PartisanOnly);
    }

    [Fact]
    public void An_event_only_parties_report_keeps_its_claims_and_counts_zero()
    {
        var andar = _builder.Build(Corpus()).Single(e => e.MentionIds.Contains("m07"));
        Assert.True(andar.PartisanOnly);
        Assert.Equal(0, andar.Fatalities!.Best);
        Assert.Equal(6, andar.Fatalities.Claims.Single().Best);
    }

    [Fact]
    public void A_later_toll_update_replaces_the_figure_and_the_earlier_one_stays_in_history()
    {
        var events = _builder.Build(
        [
            M("m1", "a1", killed: 5, published: "2020-06-02", words: ["market"]),
            M("m2", "a2", killed: 5, published: "2020-06-02", words: ["market"]),
            M("m3", "a3", date: "2020-06-04", killed: 9, published: "2020-06-04", followUp: true, words: ["market"]),
        ]).ToList();
        var e = Assert.Single(events);
        Assert.Equal(9, e.Fatalities!.Best);
        Assert.Equal(2, e.Fatalities.Claims.Count(c => c.Superseded));
        Assert.False(e.Fatalities.Disputed);
        Assert.Equal(new DateOnly(2020, 6, 2), e.Date!.Value.Start); // the update's report date is not the event's
    }

    [Fact]
    public void Copies_of_one_story_count_as_one_independent_source()
    {
        var e = Assert.Single(_builder.Build(
        [
            M("m1", "a1", killed: 3, outlet: "Wire"),
            M("m2", "a2", killed: 3, outlet: "Paper A", copyOf: "a1"),
            M("m3", "a3", killed: 3, outlet: "Paper B", copyOf: "a1"),
        ]));
        Assert.Equal(3, e.Outlets);
        Assert.Equal(1, e.IndependentSources);
    }

    [Fact]
    public void A_copy_whose_events_differ_stays_its_own_event()
    {
        // templated wire items: similar words, different district and toll
        var events = _builder.Build(
        [
            M("m1", "a1", admin2: "Imam Sahib", killed: 3, words: ["checkpoint", "overnight"]),
            M("m2", "a2", admin2: "Qala-e-Zal", killed: 7, words: ["checkpoint", "overnight"], copyOf: "a1"),
        ]).ToList();
        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void The_date_is_the_most_precise_one_consistent_with_all_and_the_place_the_most_precise_agreed()
    {
        var e = Assert.Single(_builder.Build(
        [
            M("m1", "a1", date: "2020-06-01", precision: 2, admin2: null, words: ["wedding", "hall"]),
            M("m2", "a2", date: "2020-06-03", admin2: "Imam Sahib", geo: 1, placeId: "village-1", words: ["wedding", "hall"]),
            M("m3", "a3", date: "2020-06-03", admin2: "Imam Sahib", words: ["wedding", "hall"]),
        ]));
        Assert.Equal((new DateOnly(2020, 6, 3), 1), (e.Date!.Value.Start, e.Date.Value.Precision));
        Assert.Equal(("village-1", 1), (e.Place!.Value.PlaceId, e.Place.Value.GeoPrecision));
        Assert.Equal(["m2"], e.Place.FromMentions);
    }

    [Fact]
    public void Event_ids_come_from_the_earliest_mention_and_are_stable()
    {
        var e = _builder.Build(Corpus()).Single(x => x.MentionIds.Contains("m01"));
        Assert.Equal(LedgerEventId.Of(["m01"]), e.Id);
        Assert.StartsWith("le_", e.Id);
    }

    [Fact]
    public void A_persons_split_and_merge_override_the_scores()
    {
        var split = new FusionConstraints([new LedgerDecision(1, LedgerDecision.Split, "m03", ["m01", "m02", "m08"], "t")]);
        var events = _builder.Build(Corpus(), split).ToList();
        Assert.Equal(["m03"], events.Single(e => e.MentionIds.Contains("m03")).MentionIds);

        var mergeLater = new FusionConstraints(
        [
            new LedgerDecision(1, LedgerDecision.Split, "m03", ["m01", "m02", "m08"], "t"),
            new LedgerDecision(2, LedgerDecision.Merge, "m01", ["m03", "m04"], "t"),
        ]);
        var merged = _builder.Build(Corpus(), mergeLater).Single(e => e.MentionIds.Contains("m01"));
        Assert.Contains("m03", merged.MentionIds);
        Assert.Contains("m04", merged.MentionIds);
    }

    [Fact]
    public void Figures_given_only_by_a_party_are_kept_but_the_best_is_zero_and_the_other_sides_silence_disputes_them()
    {
        var e = Assert.Single(_builder.Build(
        [
            M("m1", "a1", killed: 30, party: "government_af", outlet: "Ministry of Defence", words: ["airstrike"]),
            M("m2", "a2", killed: 30, claimedBy: "the Defence Ministry", claimParty: "government_af", words: ["airstrike"]),
            M("m3", "a3", party: "taliban", outlet: "Taliban statements", words: ["airstrike"]),
        ]));
        Assert.False(e.PartisanOnly); // the wire is independent, though its figure is the ministry's
        Assert.Equal((0L, 0L, 30L), (e.Fatalities!.Best, e.Fatalities.Low, e.Fatalities.High));
        Assert.True(e.Fatalities.Disputed);
        Assert.Equal("only parties give figures", e.Fatalities.Rule);
    }

    [Fact]
    public void Independent_figures_that_agree_are_not_disputed()
    {
        var e = Assert.Single(_builder.Build([M("m1", "a1", killed: 6), M("m2", "a2", killed: 6)]));
        Assert.Equal(6, e.Fatalities!.Best);
        Assert.False(e.Fatalities.Disputed);
    }
}
