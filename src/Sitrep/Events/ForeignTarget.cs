using Sitrep.Actors;

namespace Sitrep.Events;

/// <summary>
/// "Rockets landed inside Bagram, the biggest US base": a foreign state hit in Afghanistan is hit
/// through its forces there, so a foreign government as the target of violence is coded as its
/// armed wing (the Afghan government keeps its offices and officials as targets of their own).
/// </summary>
internal static class ForeignTarget
{
    public static EventArgument? AsForces(EventArgument? target, ActorDictionary actors, List<Evidence> evidence)
    {
        if (target?.ActorId is not { } id || actors.ById(id) is not { Type: ActorType.ExternalForces } actor || actors.ArmedWing(actor) is not { } wing)
            return target;
        var found = evidence.FindLastIndex(e => e.Field == "target");
        evidence[found] = evidence[found] with { Rule = evidence[found].Rule + "+arg.armed-wing" };
        return target with { ActorId = wing.Id, ActorName = wing.AcledName ?? wing.Name };
    }
}
