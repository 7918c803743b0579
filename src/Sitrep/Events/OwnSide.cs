using Sitrep.Actors;

namespace Sitrep.Events;

/// <summary>
/// "A policeman and four attackers died when Taliban fighters tried to seize the centre": beside a
/// named armed group, "attackers", "militants", "gunmen" are that group's own men (as
/// <c>arg.generic-named</c> reads them), so they are no target of its attack.
/// </summary>
internal static class OwnSide
{
    public static bool IsAgentsOwnMen(ActorMention candidate, FoundArgument? agent) =>
        agent?.Slot.Mention.Actor.Type is ActorType.RebelGroup or ActorType.PoliticalMilitia
        && candidate.Rule == ActorAnnotator.GenericRule && candidate.Actor.Type == ActorType.PoliticalMilitia
        && candidate.Actor.AcledName?.StartsWith("Unidentified", StringComparison.Ordinal) == true;
}
