namespace Sitrep.Events;

/// <summary>
/// A simple, documented confidence that an event reading is right (not that the event happened):
/// 0.40 for a trigger, +0.10 when the trigger is specific (rank ≥ 60: a suicide bomb, an air strike),
/// +0.15 for a named agent (+0.05 when it is only a generic noun such as "attackers"),
/// +0.10 for a target, +0.10 for a place, +0.10 for a date read from the text (not the
/// publication date), +0.05 for a casualty figure; capped at 0.95.
/// </summary>
public static class EventConfidence
{
    public static double Score(TriggerMatch main, FoundArgument? agent, FoundArgument? target, Geo.PlaceMention? place, EventDate? date, bool hasCasualties)
    {
        var score = 0.40;
        if (main.Rule.Rank >= 60) score += 0.10;
        if (agent is not null) score += Actors.ActorAnnotator.IsUnnamed(agent.Slot.Mention) ? 0.05 : 0.15;
        if (target is not null) score += 0.10;
        if (place is not null) score += 0.10;
        if (date is not null && date.Source != "publication") score += 0.10;
        if (hasCasualties) score += 0.05;
        return Math.Round(Math.Min(score, 0.95), 2);
    }
}
