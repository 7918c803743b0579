using Sitrep.Events;

namespace Sitrep.Evaluation;

/// <summary>
/// Picks the predicted event a gold case is compared with. Only events the text commits to
/// (asserted or reported) are candidates: a hypothetical or negated event is not a prediction
/// of one. Among them, in this order: same type family as the gold (its ACLED event type, or
/// the sub-event type when the gold has no event type), closest start date, best place match
/// (district, province, within 25 km), same sub-event type, and finally first in the text.
/// </summary>
public sealed class BestMatchSelector(IPlaceResolver places)
{
    private readonly PlaceComparison _places = new(places);

    public EventMention? Select(GoldEvent? gold, IReadOnlyList<EventMention> predicted)
    {
        var candidates = predicted.Where(e => e.Counts).ToList();
        if (candidates.Count <= 1 || gold is null)
            return candidates.OrderBy(e => e.Trigger.Start).FirstOrDefault();
        return candidates
            .Select((e, index) => (Event: e, Index: index))
            .OrderByDescending(c => SameFamily(gold, c.Event))
            .ThenBy(c => DayDistance(gold, c.Event))
            .ThenByDescending(c => PlaceScore(gold, c.Event))
            .ThenByDescending(c => SameText(gold.SubEventType, c.Event.SubEventType))
            .ThenBy(c => c.Event.Trigger.Start)
            .ThenBy(c => c.Index)
            .First().Event;
    }

    internal static bool SameFamily(GoldEvent gold, EventMention e) =>
        gold.EventType is not null
            ? SameText(gold.EventType, e.EventType)
            : SameText(gold.SubEventType, e.SubEventType);

    internal static bool SameText(string? gold, string? predicted) =>
        gold is not null && predicted is not null
        && string.Equals(gold.Trim(), predicted.Trim(), StringComparison.OrdinalIgnoreCase);

    private static long DayDistance(GoldEvent gold, EventMention e) =>
        gold.DateStart is not { } start ? 0
        : e.Date is { } date ? Math.Abs(date.Start.DayNumber - start.DayNumber)
        : long.MaxValue;

    private int PlaceScore(GoldEvent gold, EventMention e)
    {
        var place = e.Place?.Place;
        if (place is null)
            return 0;
        var score = 0;
        if (gold.Admin2 is not null && _places.SameUnit(gold, place, AdminLevel.District) == true)
            score++;
        if (gold.Admin1 is not null && _places.SameUnit(gold, place, AdminLevel.Province) == true)
            score++;
        if (PlaceComparison.DistanceKm(gold, place) <= PlaceComparison.MaxDistanceKm)
            score++;
        return score;
    }
}
