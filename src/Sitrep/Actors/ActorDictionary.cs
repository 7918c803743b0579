using Sitrep.Pipeline;

namespace Sitrep.Actors;

/// <summary>
/// The actor dictionary of the data pack (<c>actors/actors.tsv</c>, format in its README):
/// actors with their aliases, generic nouns, ACLED names and parents.
/// </summary>
public sealed class ActorDictionary
{
    private readonly Dictionary<string, Actor> _byId;
    private readonly Dictionary<string, Actor> _byName;

    private readonly Dictionary<string, string> _armedWings = new(StringComparer.Ordinal);

    public ActorDictionary(IReadOnlyList<Actor> actors, IReadOnlyList<ActorAlias> aliases, IReadOnlyDictionary<string, string>? armedWings = null)
    {
        foreach (var (id, wing) in armedWings ?? new Dictionary<string, string>()) _armedWings[id] = wing;
        Actors = actors;
        Aliases = aliases;
        _byId = actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _byName = new Dictionary<string, Actor>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in actors)
        {
            _byName.TryAdd(a.Id, a);
            _byName.TryAdd(a.Name, a);
            if (a.AcledName is { Length: > 0 } acled && a.Id.StartsWith("p_", StringComparison.Ordinal) is false)
                _byName.TryAdd(acled, a);
        }
        foreach (var alias in aliases)
            _byName.TryAdd(alias.Text, alias.Actor);
    }

    public IReadOnlyList<Actor> Actors { get; }
    public IReadOnlyList<ActorAlias> Aliases { get; }

    public static ActorDictionary Load(DataPack data) => data.Get(d => Parse(d.ReadLines("actors/actors.tsv")));

    public Actor? ById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The actor a name from any dataset (ACLED, UCDP, Sitrep) stands for, or null.</summary>
    public Actor? Resolve(string name) => _byName.GetValueOrDefault(name.Trim().TrimStart('^'));

    /// <summary>The armed forces that fight for a government ("a US air strike" is flown by US forces), if the dictionary names them.</summary>
    public Actor? ArmedWing(Actor actor) => _armedWings.TryGetValue(actor.Id, out var wing) ? ById(wing) : null;

    /// <summary>True when <paramref name="actor"/> is <paramref name="group"/> or part of it through its parents.</summary>
    public bool IsSameOrPartOf(Actor actor, Actor group)
    {
        for (Actor? a = actor; a is not null; a = a.Parent is { } p ? ById(p) : null)
            if (a.Id == group.Id) return true;
        return false;
    }

    /// <summary>The organisation a person is coded as (first ancestor with an ACLED name), else the actor itself.</summary>
    public Actor Organisation(Actor actor)
    {
        for (Actor? a = actor; a is not null; a = a.Parent is { } p ? ById(p) : null)
            if (a.AcledName is { Length: > 0 }) return a;
        return actor;
    }

    public static ActorDictionary Parse(IEnumerable<string> lines)
    {
        var actors = new List<Actor>();
        var aliases = new List<ActorAlias>();
        var wings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var c = line.Split('\t');
            if (c.Length < 7) throw new FormatException($"actors.tsv: expected 8 columns: {line}");
            var named = Split(c[6]);
            var generic = c.Length > 7 ? Split(c[7]) : [];
            var actor = new Actor(c[0], c[1], (ActorType)int.Parse(c[3]), Empty(c[4]), Empty(c[5]), Empty(c[2]),
                [.. named.Select(a => a.TrimStart('^')), .. generic]);
            actors.Add(actor);
            if (c.Length > 8 && c[8].Length > 0) wings[actor.Id] = c[8];
            aliases.AddRange(named.Select(a => ActorAlias.Create(a, actor, generic: false)));
            aliases.AddRange(generic.Select(a => ActorAlias.Create(a, actor, generic: true)));
        }
        return new ActorDictionary(actors, aliases, wings);
    }

    private static string[] Split(string field) =>
        field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Empty(string s) => s.Length == 0 ? null : s;
}
