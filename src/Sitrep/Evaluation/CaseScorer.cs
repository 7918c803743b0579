using System.Globalization;
using Sitrep.Events;
using Sitrep.Geo;

namespace Sitrep.Evaluation;

/// <summary>
/// Scores one gold case against the events predicted for its text (see EVAL_FORMAT.md). A metric
/// is scored only where its gold field is present. When no event was predicted every scored
/// metric is wrong. An event without a fatality (or injury) figure predicts 0, as ACLED codes an
/// event whose reports give no deaths. Actor1/actor2 carry no direction in ACLED, so the gold
/// pair is compared with agent/target in the orientation that matches more of them.
/// </summary>
public sealed class CaseScorer(IPlaceResolver places, IActorResolver actors)
{
    private readonly PlaceComparison _places = new(places);
    private readonly BestMatchSelector _selector = new(places);

    public CaseResult Score(GoldCase goldCase, IReadOnlyList<EventMention> predicted)
    {
        var gold = goldCase.Gold;
        var chosen = _selector.Select(gold, predicted);
        var counting = predicted.Count(e => e.Counts);
        if (gold is null)
            return new CaseResult(goldCase, chosen, counting, [.. MetricNames.All.Select(MetricResult.NotScored)]);

        var place = chosen?.Place?.Place;
        var (actor1, actor2) = ScoreActors(gold, chosen);
        List<MetricResult> metrics =
        [
            new(MetricNames.EventFound, Outcome(chosen is not null), "an event",
                chosen is null ? null : $"{counting} event(s); compared: {chosen.EventType} \"{chosen.TriggerText}\"",
                chosen?.Evidence ?? []),
            ScoreDate(MetricNames.DateExact, gold, chosen, maxDays: 0),
            ScoreDate(MetricNames.DateWithin1Day, gold, chosen, maxDays: 1),
            ScoreText(MetricNames.EventType, gold.EventType, chosen, chosen?.EventType),
            ScoreText(MetricNames.SubEventType, gold.SubEventType, chosen, chosen?.SubEventType),
            ScoreAdmin(MetricNames.Admin1, gold, gold.Admin1, chosen, place, AdminLevel.Province),
            ScoreAdmin(MetricNames.Admin2, gold, gold.Admin2, chosen, place, AdminLevel.District),
            ScoreLocation(gold, chosen, place),
            ScoreCount(MetricNames.FatalitiesExact, gold.FatalitiesBest, chosen, chosen?.Fatalities,
                p => p == gold.FatalitiesBest),
            gold is { FatalitiesLow: { } low, FatalitiesHigh: { } high }
                ? ScoreCount(MetricNames.FatalitiesInRange, low, chosen, chosen?.Fatalities, p => low <= p && p <= high,
                    low == high ? Invariant($"{low}") : Invariant($"{low}-{high}"))
                : MetricResult.NotScored(MetricNames.FatalitiesInRange),
            ScoreCount(MetricNames.InjuriesExact, gold.Injuries, chosen, chosen?.Injuries, p => p == gold.Injuries),
            actor1,
            actor2,
        ];
        return new CaseResult(goldCase, chosen, counting, metrics);
    }

    private static MetricOutcome Outcome(bool correct) => correct ? MetricOutcome.Correct : MetricOutcome.Wrong;

    private static MetricResult ScoreDate(string metric, GoldEvent gold, EventMention? chosen, int maxDays)
    {
        if (gold.DateStart is not { } start)
            return MetricResult.NotScored(metric);
        var predicted = chosen?.Date?.Start;
        var correct = predicted is { } p && Math.Abs(p.DayNumber - start.DayNumber) <= maxDays;
        return new(metric, Outcome(correct), Iso(start), predicted is { } d ? Iso(d) : null,
            EvidenceFor(chosen, "date", "time"));
    }

    private static MetricResult ScoreText(string metric, string? gold, EventMention? chosen, string? predicted) =>
        gold is null
            ? MetricResult.NotScored(metric)
            : new(metric, Outcome(BestMatchSelector.SameText(gold, predicted)), gold, predicted,
                EvidenceFor(chosen, "type", "trigger"));

    private MetricResult ScoreAdmin(string metric, GoldEvent gold, string? name, EventMention? chosen, Place? place, AdminLevel level)
    {
        if (name is null)
            return MetricResult.NotScored(metric);
        var same = _places.SameUnit(gold, place, level);
        var predicted = place is null ? null : (level == AdminLevel.Province ? place.Admin1 : place.Admin2) ?? place.Name;
        return new(metric, same is null ? MetricOutcome.Unresolved : Outcome(same.Value), name, predicted,
            EvidenceFor(chosen, "place", "location", "admin"));
    }

    private static MetricResult ScoreLocation(GoldEvent gold, EventMention? chosen, Place? place)
    {
        if (gold is not { Latitude: { } lat, Longitude: { } lon })
            return MetricResult.NotScored(MetricNames.Location25Km);
        var distance = PlaceComparison.DistanceKm(gold, place);
        var predicted = distance is { } km && place is { Latitude: { } plat, Longitude: { } plon }
            ? Invariant($"{plat:0.####}, {plon:0.####} ({place.Name}, {km:0.#} km away)")
            : place?.Name;
        return new(MetricNames.Location25Km, Outcome(distance <= PlaceComparison.MaxDistanceKm),
            Invariant($"{lat:0.####}, {lon:0.####}") + (gold.Location is { } l ? $" ({l})" : ""),
            predicted, EvidenceFor(chosen, "place", "location"));
    }

    private static MetricResult ScoreCount(string metric, long? gold, EventMention? chosen, CasualtyCount? count,
        Func<long, bool> isCorrect, string? goldShown = null)
    {
        if (gold is null)
            return MetricResult.NotScored(metric);
        long? predicted = chosen is null ? null : count?.Best ?? 0;
        var evidence = count is null
            ? EvidenceFor(chosen, metric.StartsWith("injur", StringComparison.Ordinal) ? "injur" : "fatal")
            : [.. count.Parts.Select(p => new Evidence(metric, p.Span, p.Rule, p.Count.Text))];
        return new(metric, Outcome(predicted is { } p && isCorrect(p)), goldShown ?? Invariant($"{gold}"),
            predicted is { } v ? Invariant($"{v}") : null, evidence);
    }

    private (MetricResult Actor1, MetricResult Actor2) ScoreActors(GoldEvent gold, EventMention? chosen)
    {
        var g1 = gold.Actor1 is { } a1 ? actors.ResolveName(a1) : null;
        var g2 = gold.Actor2 is { } a2 ? actors.ResolveName(a2) : null;
        var agent = chosen?.Agent;
        var target = chosen?.Target;
        var pAgent = agent is null ? null : actors.KeyOf(agent);
        var pTarget = target is null ? null : actors.KeyOf(target);
        static int Same(string? g, string? p) => g is not null && g == p ? 1 : 0;
        var swapped = Same(g1, pTarget) + Same(g2, pAgent) > Same(g1, pAgent) + Same(g2, pTarget);
        var (for1, key1, for2, key2) = swapped ? (target, pTarget, agent, pAgent) : (agent, pAgent, target, pTarget);
        return (
            ScoreActor(MetricNames.Actor1, gold.Actor1, g1, for1, key1, chosen),
            ScoreActor(MetricNames.Actor2, gold.Actor2, g2, for2, key2, chosen));
    }

    private static MetricResult ScoreActor(string metric, string? goldName, string? goldKey, EventArgument? predicted,
        string? predictedKey, EventMention? chosen)
    {
        if (goldName is null)
            return MetricResult.NotScored(metric);
        var shown = predicted is null ? null : predicted.ActorName is { } n && n != predicted.Text ? $"{n} (\"{predicted.Text}\")" : predicted.Text;
        var evidence = predicted is null
            ? EvidenceFor(chosen, "agent", "target", "actor")
            : [new Evidence(metric, predicted.Span, "argument", predicted.Text)];
        if (goldKey is null)
            return new(metric, MetricOutcome.Unresolved, goldName, shown, evidence);
        return new(metric, Outcome(goldKey == predictedKey), goldName, shown, evidence);
    }

    /// <summary>The evidence of the fields a metric reads; all the event's evidence when none is labelled so.</summary>
    private static IReadOnlyList<Evidence> EvidenceFor(EventMention? chosen, params string[] fieldParts)
    {
        if (chosen is null)
            return [];
        var matching = chosen.Evidence
            .Where(e => fieldParts.Any(part => e.Field.Contains(part, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        return matching.Count > 0 ? matching : chosen.Evidence;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
