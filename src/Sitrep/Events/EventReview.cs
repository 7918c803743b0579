using Sitrep.Geo;
using Sitrep.Pipeline;
using Sitrep.Time;

namespace Sitrep.Events;

/// <summary>
/// Checks the article's counted mentions against each other and the publication date, after every
/// sentence has been read (and, for <see cref="AfterPublication"/>, as each is built): a mention
/// dated after publication cannot be asserted; a mention with
/// neither place nor date of its own is commentary; a later mention of the same event (type,
/// sub-type, province and date agree) is a repeat of the first and does not count again, and so is
/// a placeless blame, surrender or retreat after a fight the article already told; an unplaced
/// mention in the lead is a preview of the same event placed later, which counts instead.
/// Each downgrade records its rule and the span that decided it.
/// </summary>
public static class EventReview
{
    /// <param name="titleOnly">The text is a title with no body (an RSS item, a citation string): see <see cref="Unanchored"/>.</param>
    public static List<EventMention> Review(Document document, IReadOnlyList<EventMention> mentions, bool titleOnly = false)
    {
        var result = new List<EventMention>(mentions.Count);
        foreach (var mention in mentions)
        {
            var unanchored = Unanchored(mention, titleOnly);
            var m = unanchored ?? mention;
            if (unanchored is not null && TollOfToldFight(document, unanchored, result) is var fight and >= 0)
                result[fight] = WithCasualtiesOf(result[fight], unanchored, "+event.toll-of-told-fight");
            if (m.Counts && result.FindIndex(first => first.Counts && IsRepeatOf(m, first)) is var at and >= 0)
            {
                var original = result[at];
                result[at] = WithCasualtiesOf(original, m);
                m = Downgrade(m, Modality.Repeat, "event.repeat", original.Trigger, original.TriggerText);
            }
            // a title tells one event: a citation string's second outlet title, or "...; houses torched", adds detail to the first
            if (titleOnly && m.Counts && result.FindIndex(first => first.Counts && ViolentTypes.Contains(first.EventType)
                    && (!IsPlaced(m.Place) || !IsPlaced(first.Place) || SameProvince(m, first))) is var told and >= 0)
            {
                var original = result[told];
                result[told] = WithCasualtiesOf(original, m);
                m = Downgrade(m, Modality.Repeat, "event.title-repeat", original.Trigger, original.TriggerText);
            }
            if (m.Counts && BlameFor(m, result) is { } blamed)
                m = Downgrade(m, Modality.Repeat, "event.part-of-told-fight", blamed.Trigger, blamed.TriggerText);
            if (m.Counts && IsPlaced(m.Place) && result.FindIndex(first => IsPreviewOf(first, m)) is var preview and >= 0)
            {
                // the lead's toll is the placed event's when the body does not count it again
                m = WithCasualtiesOf(m, result[preview], "+event.preview");
                result[preview] = Downgrade(result[preview], Modality.Repeat, "event.preview", m.Trigger, m.TriggerText);
            }
            result.Add(m);
        }
        return result;
    }

    /// <summary>
    /// "the withdrawal due to be completed by September 11": a date after publication is a plan,
    /// whatever the noun or verb says — unless a past-tense verb narrates it ("entered the city on
    /// August 31"), which tells that the publication date is wrong rather than the event unreal.
    /// </summary>
    public static ModalityReading? AfterPublication(ModalityReading reading, EventDate? date, DateOnly? published, bool narratedInPast, Text.Span dateSpan)
    {
        if (!reading.Modality.Counts() || narratedInPast || published is not { } day || date is not { } d || d.Start <= day) return null;
        return new ModalityReading(Modality.Future, "modality.after-publication", dateSpan, reading.AttributedTo, reading.AttributionSpan);
    }

    /// <summary>"planes drop their bombs on mosques": a fight, blast, attack or protest with no place below the country and no day or week written for it.</summary>
    /// <remarks>
    /// A title with no body that counts its dead ("Taliban assault on police HQ kills 19") tells one
    /// event even when it names no place below the country: titles leave the place to the story.
    /// </remarks>
    private static EventMention? Unanchored(EventMention m, bool titleOnly)
    {
        // "Arakan Army says 20 soldiers killed in Paletwa fighting": a party's claimed toll tells the event too, though it is not counted
        if (titleOnly && ViolentTypes.Contains(m.EventType) && (m.Fatalities?.Best > 0 || m.Fatalities?.High > 0 || m.Injuries?.Best > 0)) return null;
        // a physical event happens somewhere; a statement or agreement between named parties need not name a place,
        // but a change of group or activity told with neither place nor day ("watching the US surrender") is rhetoric
        if (!m.Counts || IsPlaced(m.Place) || m.IsPoliticalInteraction) return null;
        if (m.EventType == "Strategic developments" && (m.SubEventType != "Change to group/activity" || m.Date is not { Source: EventDating.Publication or EventDating.Reference })) return null;
        // "killed in April", with no place: a month's tally, not one event
        if (m.Date is { Source: EventDating.OwnClause or EventDating.SameSentence, Precision: <= DatePrecision.Week }) return null;
        return Downgrade(m, Modality.Unanchored, "event.unanchored", m.Trigger, m.TriggerText);
    }

    /// <summary>
    /// "Our forces repelled a Taliban assault in the Abshar valley. Forty attackers were killed and
    /// eleven captured; two of ours were martyred.": a toll with neither place nor day of its own,
    /// told in the next sentence or the one after, is the dead of the fight the article just
    /// counted, when that fight has no figures of its own and no other counted event stands between.
    /// </summary>
    /// <returns>The index of the fight in <paramref name="earlier"/>, or -1.</returns>
    private static int TollOfToldFight(Document document, EventMention toll, List<EventMention> earlier)
    {
        if (toll.Fatalities is null && toll.Injuries is null || !ViolentTypes.Contains(toll.EventType)) return -1;
        var at = earlier.FindLastIndex(e => e.Counts);
        if (at < 0 || !ViolentTypes.Contains(earlier[at].EventType) || earlier[at].Fatalities is not null) return -1;
        if (document.SentenceAt(toll.Sentence.Start) is not { } told || document.SentenceAt(earlier[at].Sentence.Start) is not { } fight) return -1;
        return told.Index - fight.Index is >= 1 and <= 2 ? at : -1;
    }

    private static readonly string[] ViolentTypes = ["Battles", "Explosions/Remote violence", "Violence against civilians"];

    /// <summary>
    /// "Officials blamed the Taliban", "14 soldiers surrendered", "after the withdrawal of the
    /// police", with no place of its own, after the article told of an attack (on the same day when
    /// dated): the blame, surrender or retreat is part of that fight's story, not a new event.
    /// </summary>
    private static EventMention? BlameFor(EventMention m, List<EventMention> earlier)
    {
        if (m.Plover is not ("ACCUSE" or "RETREAT" or "CONCEDE") || IsPlaced(m.Place)) return null;
        var ownDate = m.Date is { Source: not (EventDating.Publication or EventDating.Reference or EventDating.Statement) } d ? d : null;
        return earlier.LastOrDefault(e => e.Counts && ViolentTypes.Contains(e.EventType)
            && (ownDate is null || e.Date is { } ed && ed.Start <= ownDate.End && ed.End >= ownDate.Start));
    }

    /// <summary>
    /// "..., although a roadside bomb killed two civilians in the north." then "In Baghlan, a bomb ...
    /// exploded on Monday": the lead's unplaced mention previews the event the body places and tells.
    /// </summary>
    private static bool IsPreviewOf(EventMention first, EventMention later) =>
        first.Counts && !IsPlaced(first.Place) && ViolentTypes.Contains(first.EventType)
        && first.EventType == later.EventType && first.SubEventType == later.SubEventType
        && first.Date is { } a && later.Date is { } b && a.Start <= b.End && b.Start <= a.End;

    private static bool IsPlaced(PlaceMention? place) => place is not null && place.Place.Kind is not (PlaceKind.Country or PlaceKind.Region);

    /// <summary>Same kind of event on overlapping days, in the same province with a date written for it (or the later mention names no place).</summary>
    private static bool IsRepeatOf(EventMention later, EventMention first)
    {
        if (later.Date is not { } a || first.Date is not { } b) return false;
        // "said they had conducted a strike in Nangarhar", with no day: the told drone strike there, named loosely
        if (a.Source is EventDating.Publication or EventDating.Reference && b.Source is EventDating.OwnClause or EventDating.SameSentence
            && b.Start <= a.End && IsLooselyNamed(later) && ViolentTypes.Contains(first.EventType) && SameProvince(later, first)) return true;
        if (a.End < b.Start || a.Start > b.End) return false;
        // "security forces battled the gunmen" after the told assault, same day, no place: one more detail of that fight (ACLED codes one event per place and day)
        if (!IsPlaced(later.Place) && ViolentTypes.Contains(later.EventType) && ViolentTypes.Contains(first.EventType) && IsPlaced(first.Place)) return true;
        if (later.EventType != first.EventType || later.SubEventType != first.SubEventType || later.Plover != first.Plover) return false;
        if (!IsPlaced(later.Place)) return true;
        // "clashes are continuing in Karukh" with no date written: the same place on an unknown day may be a new fight
        if (a.Source is EventDating.Publication or EventDating.Reference) return false;
        return SameProvince(later, first);
    }

    private static bool SameProvince(EventMention later, EventMention first) =>
        IsPlaced(later.Place) && IsPlaced(first.Place) && (later.Place!.Place.Admin1 ?? later.Place.Place.Name) == (first.Place!.Place.Admin1 ?? first.Place.Place.Name);

    /// <summary>Typed only by who was hit ("a strike", "attacked"), not by a weapon or a manner: it may be any violent event.</summary>
    private static bool IsLooselyNamed(EventMention m) =>
        m.Evidence.Any(e => e.Field == "event_type" && e.Rule.StartsWith("trigger.attack.", StringComparison.Ordinal));

    /// <summary>
    /// "entered the outskirts ... and clashed with special forces. At least 21 were killed in the
    /// fighting.": the toll told with a repeat belongs to the event it repeats, when that one has none.
    /// </summary>
    private static EventMention WithCasualtiesOf(EventMention original, EventMention repeat, string suffix = "+event.repeat")
    {
        var fatalities = original.Fatalities is null && repeat.Fatalities is not null;
        var injuries = original.Injuries is null && repeat.Injuries is not null;
        if (!fatalities && !injuries) return original;
        var moved = repeat.Evidence.Where(e => fatalities && e.Field == "fatalities" || injuries && e.Field == "injuries")
            .Select(e => e with { Rule = e.Rule + suffix });
        return original with
        {
            Fatalities = fatalities ? repeat.Fatalities : original.Fatalities,
            Injuries = injuries ? repeat.Injuries : original.Injuries,
            Evidence = [.. original.Evidence, .. moved],
        };
    }

    private static EventMention Downgrade(EventMention m, Modality modality, string rule, Text.Span span, string text) =>
        m with
        {
            Modality = modality,
            Evidence = [.. m.Evidence.Where(e => e.Field != "modality"), new Evidence("modality", span, rule, text)],
        };
}
