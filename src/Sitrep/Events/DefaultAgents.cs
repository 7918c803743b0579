using Sitrep.Actors;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// Agents coded by convention (<c>events/default_actors.tsv</c>): an unattributed bombing is the
/// work of an unidentified armed group; the crowd of a protest is coded as protesters, of a riot
/// as rioters — as ACLED does.
/// </summary>
public sealed class DefaultAgents(IReadOnlyList<(string Type, string Condition, Actor Actor)> rules)
{
    // An array, walked without an enumerator: For runs for every event draft.
    private readonly (string Type, string Condition, Actor Actor)[] _rules = [.. rules];

    public static DefaultAgents Load(DataPack data) => data.Get(d =>
    {
        var actors = ActorDictionary.Load(d);
        return new DefaultAgents([.. d.ReadLines("events/default_actors.tsv").Select(line =>
        {
            var c = line.Split('\t');
            if (c.Length < 3 || c[1] is not ("missing" or "crowd"))
                throw new FormatException($"default_actors.tsv: expected type, missing|crowd, actor id: {line}");
            return (c[0], c[1], actors.ById(c[2]) ?? throw new FormatException($"default_actors.tsv: unknown actor {c[2]}"));
        })]);
    });

    /// <summary>The conventional agent for an event of this type (or trigger mode: "drone") with this agent (null: keep what was found).</summary>
    public Actor? For(string eventType, string? subEventType, Actor? agent, string? mode = null)
    {
        foreach (var (type, condition, actor) in _rules)
        {
            if (type != subEventType && type != eventType && type != mode) continue;
            var applies = condition == "missing"
                ? agent is null
                : agent is null || agent.Type is ActorType.Civilians or ActorType.Protesters or ActorType.Rioters;
            if (applies && agent?.Id != actor.Id) return actor;
        }
        return null;
    }
}
