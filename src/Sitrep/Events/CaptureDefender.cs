using Sitrep.Actors;

namespace Sitrep.Events;

/// <summary>
/// Who lost ground the text names no object for. A non-state capture ("captured the district after
/// heavy fighting with police", "... The security forces stationed there retreated") was taken from
/// the state forces of its sentence, else of the next one in the paragraph — the armed ones before a
/// government office, which stands for its forces ("the government said it would retake"). A recapture by the
/// state ("recaptured the district, a week after the Taliban had seized it") was taken from the armed
/// group its sentence names.
/// </summary>
internal static class CaptureDefender
{
    /// <param name="fought">False for a handover ("after officials handed over the compound"): the office itself gave it up.</param>
    public static FoundArgument? Find(SentenceContext s, FoundArgument? agent, ActorDictionary actors, bool fought)
    {
        var taker = agent?.Slot.Mention.Actor;
        if (taker?.Type is ActorType.StateForces or ActorType.ExternalForces)
        {
            var holder = s.Actors.FirstOrDefault(a => a.Mention.Actor.Type is ActorType.RebelGroup && a.Mention.Actor.Id != taker.Id);
            return holder is null ? null : new FoundArgument(holder, "arg.capture-holder");
        }
        if (StateForces(s, taker, actors) is { } here) return Armed(here, "arg.capture-defender", actors, fought);
        var next = s.Sentence.Index + 1 < s.Document.Sentences.Count ? s.Document.Sentences[s.Sentence.Index + 1] : null;
        if (next is null || next.Paragraph != s.Sentence.Paragraph) return null;
        var there = StateForces(new SentenceContext(s.Document, next, s.Words), taker, actors);
        // placed past the end of the event's sentence: no token of it governs a mention of the next
        return there is null ? null : Armed(there with { FirstToken = s.Lower.Length, EndToken = s.Lower.Length }, "arg.capture-defender-next", actors, fought);
    }

    private static ActorSlot? StateForces(SentenceContext s, Actor? taker, ActorDictionary actors) =>
        s.Actors.Where(a => a.Mention.Actor.Type is ActorType.StateForces && a.Mention.Actor.Id != taker?.Id)
            .OrderBy(a => actors.ArmedWing(a.Mention.Actor) is not null) // "officials and police withdrew": the police held it
            .FirstOrDefault();

    /// <summary>"the government said it would retake the town": its forces lost it.</summary>
    private static FoundArgument Armed(ActorSlot slot, string rule, ActorDictionary actors, bool fought) =>
        fought && actors.ArmedWing(slot.Mention.Actor) is { } wing
            ? new FoundArgument(slot with { Mention = slot.Mention with { Actor = wing } }, rule + "+arg.armed-wing")
            : new FoundArgument(slot, rule);
}
