namespace Sitrep.Events;

/// <summary>
/// "Taliban were killed in an air strike", "two children were killed and their father wounded when
/// attackers lobbed a grenade": the clause subject that another trigger of the event names as its
/// victim did not do it, whatever a noun or casualty verb beside it would make of a subject (the
/// sides of a clash, though, fight and die alike).
/// </summary>
internal static class VictimSlots
{
    public static bool IsVictim(EventDraft draft, FoundArgument agent) =>
        draft.Arguments.Any(a => (a.Passive || a.Trigger.Rule.IsCasualtyOnly) && a.Target is { } target && target.Slot.FirstToken == agent.Slot.FirstToken && target.Slot.EndToken == agent.Slot.EndToken
            && target.Slot.Mention.Span == agent.Slot.Mention.Span);
}
