using System.Globalization;

namespace Sitrep.Actors;

/// <summary>
/// Actors that another replaces from a date on (<c>actors/periods.tsv</c>): from 15 August 2021
/// the Taliban are Afghanistan's government and its forces are coded "Military Forces of
/// Afghanistan (2021-)", as ACLED does. The mention keeps its span and rule; only the actor it
/// stands for changes.
/// </summary>
public sealed class ActorPeriods
{
    public const string File = "actors/periods.tsv";

    private readonly Dictionary<string, List<(DateOnly From, Actor Actor)>> _byId = new(StringComparer.Ordinal);

    public ActorPeriods(ActorDictionary dictionary, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var c = line.Split('\t');
            if (c.Length < 3) throw new FormatException($"{File}: expected actor, date and actor: {line}");
            var from = DateOnly.ParseExact(c[1], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var later = dictionary.ById(c[2]) ?? throw new FormatException($"{File}: unknown actor {c[2]}");
            if (dictionary.ById(c[0]) is null) throw new FormatException($"{File}: unknown actor {c[0]}");
            if (!_byId.TryGetValue(c[0], out var list)) _byId[c[0]] = list = [];
            list.Add((from, later));
        }
        foreach (var list in _byId.Values) list.Sort((a, b) => b.From.CompareTo(a.From)); // latest first
    }

    /// <summary>The actor <paramref name="actor"/> is on <paramref name="date"/>.</summary>
    public Actor On(Actor actor, DateOnly date) =>
        _byId.TryGetValue(actor.Id, out var list) && list.FirstOrDefault(p => p.From <= date) is { Actor: { } later } ? later : actor;

    public IReadOnlyList<ActorMention> Apply(IReadOnlyList<ActorMention> mentions, DateOnly? date) =>
        date is { } d && mentions.Any(m => _byId.ContainsKey(m.Actor.Id))
            ? mentions.Select(m => m with { Actor = On(m.Actor, d) }).ToList()
            : mentions;
}
