using Sitrep.Actors;
using Sitrep.Events;

namespace Sitrep.Evaluation;

/// <summary>
/// Compares actors through the actor dictionary at the level ACLED codes them: a name (ACLED's
/// "Military Forces of Afghanistan (2014-2021)", UCDP's "Taleban", an alias such as "ANA") and
/// an extracted actor both resolve to the organisation with an ACLED name, so a unit, a person
/// and their force compare equal the way a coder would code them.
/// </summary>
public sealed class DictionaryActorResolver(ActorDictionary dictionary) : IActorResolver
{
    public string? ResolveName(string name) => dictionary.Resolve(name) is { } actor ? KeyOf(actor) : null;

    public string? KeyOf(EventArgument argument)
    {
        var actor = argument.ActorId is { } id ? dictionary.ById(id) : null;
        actor ??= dictionary.Resolve(argument.ActorName ?? argument.Text);
        return actor is null ? null : KeyOf(actor);
    }

    private string KeyOf(Actor actor)
    {
        var organisation = dictionary.Organisation(actor);
        return organisation.AcledName ?? organisation.Id;
    }
}
