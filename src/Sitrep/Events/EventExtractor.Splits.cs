using Sitrep.Geo;
using Sitrep.Actors;

namespace Sitrep.Events;

/// <summary>One clause, several events: one per place of an "and in" or a list of towns taken, and air strikes by a supporting force.</summary>
public sealed partial class EventExtractor
{
    /// <summary>
    /// "two attacks in A ... and in B ...", "clashes in A, as well as near B": one event per place;
    /// a toll told for both is shared between them.
    /// </summary>
    private static EventDraft? SplitAtAndIn(EventDraft draft)
    {
        var s = draft.Sentence;
        for (var k = draft.ClauseFirst; k <= Math.Min(draft.ClauseEnd + 1, s.Lower.Length - 2); k++)
        {
            // "as well as" may open a clause of its own after a comma; "and in" stays inside the clause
            var connector = s.Lower[k] == "and" && s.IsAny(k + 1, "in", "near", "around", "outside") ? 2
                : s.Lower[k] == "as" && s.IsAny(k + 1, "well") && s.IsAny(k + 2, "as") ? 3 : 0;
            if (connector == 0) continue;
            var end = connector == 3 ? s.Lower.Length : draft.ClauseEnd;
            var placesBefore = s.Places.Any(p => p.FirstToken >= draft.ClauseFirst && p.EndToken <= k);
            var after = s.Places.FirstOrDefault(p => p.FirstToken > k && p.FirstToken <= k + 10 && p.EndToken <= end && !InsideActor(s, p));
            if (!placesBefore || after is null || draft.Triggers.All(t => t.FirstToken > k)) continue;
            var second = new EventDraft(s, draft.ClauseFirst, draft.ClauseEnd) { Part = 2, SharedBy = 2, PlaceScope = (k, Math.Max(draft.ClauseEnd, after.EndToken)) };
            second.Triggers.AddRange(draft.Triggers);
            second.Arguments.AddRange(draft.Arguments);
            second.ExtraEvidence.Add(new Evidence("split", s.SpanOf(k, k + connector), "event.split-and-in", s.TextOf(k, k + connector)));
            draft.PlaceScope = (draft.ClauseFirst, k);
            draft.SharedBy = 2;
            return second;
        }
        return null;
    }

    /// <summary>
    /// "Afghan forces backed by US air strikes pushed back a Taliban assault": the strikes do not type
    /// the battle, but when the support phrase names another force than the one fighting, they are an
    /// event of their own (that force's), against the insurgent side of the battle.
    /// </summary>
    private static EventDraft? SupportStrike(EventDraft draft)
    {
        var strikes = draft.Triggers.Where(t => draft.Supporting.Contains(t) && t.Rule.EventType == "Explosions/Remote violence").ToList();
        if (strikes.Count == 0 || draft.Supporting.Contains(draft.Main)) return null;
        // "commandos backed by air strikes": unnamed support is the operation's own air arm, part of the one event
        var supporter = draft.Arguments.Where(a => strikes.Contains(a.Trigger)).Select(a => a.Agent).FirstOrDefault(a => a is not null);
        var supported = draft.Arguments.Where(a => !strikes.Contains(a.Trigger)).Select(a => a.Agent).FirstOrDefault(a => a is not null);
        if (supporter is null || supporter.Slot.Mention.Actor.Id == supported?.Slot.Mention.Actor.Id) return null;
        var strike = new EventDraft(draft.Sentence, draft.ClauseFirst, draft.ClauseEnd) { TakesCasualties = false, PlaceScope = draft.PlaceScope };
        strike.Triggers.AddRange(strikes);
        var enemy = draft.Arguments.SelectMany(a => new[] { a.Agent, a.Target })
            .FirstOrDefault(a => a?.Slot.Mention.Actor.Type is ActorType.RebelGroup or ActorType.PoliticalMilitia or ActorType.IdentityMilitia);
        foreach (var (trigger, agent, _, passive) in draft.Arguments.Where(a => strikes.Contains(a.Trigger)))
            strike.Arguments.Add((trigger, agent, enemy is null ? null : enemy with { Rule = "arg.opponent-of-supported" }, passive));
        strike.ExtraEvidence.Add(new Evidence("support", strikes[0].Span, "event.support-strike", strikes[0].Text));
        return strike;
    }

    /// <summary>
    /// "Sar-e Pul and Taloqan fell to the Taliban", "captured Ghormach, Qaisar and Kohistan": each town
    /// taken is its own event (ACLED codes one per place). A toll told for all is shared between them.
    /// </summary>
    private static IEnumerable<EventDraft> SplitCoordinatedPlaces(EventDraft draft)
    {
        var s = draft.Sentence;
        var places = s.Places.Where(p => p.FirstToken >= draft.ClauseFirst && p.EndToken <= draft.ClauseEnd && !InsideActor(s, p)
            && p.Mention.Place.Kind != PlaceKind.Country && !p.Mention.Destination).ToList();
        var list = new List<PlaceSlot>();
        foreach (var place in places)
        {
            // "Taloqan, Takhar province": a town and a province qualifying it are one place, not a list
            if (list.Count > 0 && (Contains(place.Mention.Place, list[^1].Mention.Place) || Qualifies(s, place, list[^1]))) continue;
            if (list.Count > 0 && !IsListGap(s, list[^1].EndToken, place.FirstToken)) { if (list.Count >= 2) break; list.Clear(); }
            list.Add(place);
        }
        if (list.Count < 2) yield break;
        draft.PlaceScope = (list[0].FirstToken, list[0].EndToken);
        draft.SharedBy = list.Count;
        for (var k = 1; k < list.Count; k++)
        {
            var part = new EventDraft(s, draft.ClauseFirst, draft.ClauseEnd) { Part = k + 1, SharedBy = list.Count, PlaceScope = (list[k].FirstToken, list[k].EndToken) };
            part.Triggers.AddRange(draft.Triggers);
            part.Arguments.AddRange(draft.Arguments);
            part.ExtraEvidence.Add(new Evidence("split", list[k].Mention.Span, "event.split-place-list", list[k].Mention.Text));
            yield return part;
        }
    }

    /// <summary>"Ghormach, Faryab province": a province written as such after a town says where the town is (whatever the gazetteer says).</summary>
    private static bool Qualifies(SentenceContext s, PlaceSlot province, PlaceSlot town) =>
        province.Mention.Place.Kind == PlaceKind.Province && town.Mention.Place.Kind != PlaceKind.Province && s.IsAny(province.EndToken, "province");

    private static bool Contains(Place outer, Place inner) =>
        outer.Kind == PlaceKind.Province && inner.Admin1 == outer.Admin1 || outer.Kind == PlaceKind.District && inner.Admin2 == outer.Admin2;

    /// <summary>Only "and", "or", commas and "as well as" between two places: they are one list.</summary>
    private static bool IsListGap(SentenceContext s, int from, int to)
    {
        if (to <= from || to - from > 3) return false;
        for (var k = from; k < to; k++)
            if (!s.IsAny(k, ",", "and", "or", "as", "well")) return false;
        return true;
    }
}
