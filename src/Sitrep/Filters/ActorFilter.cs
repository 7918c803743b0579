using Sitrep.Actors;
using Sitrep.Evaluation;

namespace Sitrep.Filters;

/// <summary>
/// <c>--actor</c> through the actor dictionary, as <c>eval</c> compares actors: "ANA", "Afghan
/// army" and "Military Forces of Afghanistan (2014-2021)" name one organisation, and a stored
/// event matches when its actor1 or actor2 is coded as that organisation (a unit or a person of
/// it included).
/// </summary>
public sealed class ActorFilter
{
    private readonly DictionaryActorResolver _resolver;
    private readonly string _name;
    private readonly string _wanted;
    private readonly Dictionary<string, bool> _seen = new(StringComparer.Ordinal);

    private ActorFilter(DictionaryActorResolver resolver, string name, string wanted) => (_resolver, _name, _wanted) = (resolver, name.Trim(), wanted);

    /// <exception cref="UnknownNameException">The actor dictionary knows no actor of that name.</exception>
    public static ActorFilter For(string name, ActorDictionary dictionary)
    {
        var resolver = new DictionaryActorResolver(dictionary);
        if (resolver.ResolveName(name) is { } wanted) return new ActorFilter(resolver, name, wanted);
        var known = dictionary.Actors.SelectMany(a => new[] { a.Name, a.AcledName })
            .Concat(dictionary.Aliases.Where(a => !a.IsGeneric).Select(a => a.Text))
            .OfType<string>().Where(n => n.Length > 0);
        throw new UnknownNameException(
            $"--actor: the actor dictionary knows no actor \"{name}\"; closest: {string.Join(", ", ClosestNames.To(name, known))}");
    }

    public bool Matches(string? actor1, string? actor2) => Is(actor1) || Is(actor2);

    private bool Is(string? actor)
    {
        if (actor is null) return false;
        if (!_seen.TryGetValue(actor, out var matches))
            _seen[actor] = matches = string.Equals(actor, _name, StringComparison.OrdinalIgnoreCase) || _resolver.ResolveName(actor) == _wanted;
        return matches;
    }
}
