using System.Text.Json.Serialization;

namespace Sitrep.Actors;

/// <summary>An actor-dictionary entry. <see cref="AcledName"/> is the name ACLED exports use.</summary>
public sealed record Actor(
    string Id,
    string Name,
    ActorType Type,
    string? Country,
    string? Parent,
    string? AcledName,
    [property: JsonIgnore] IReadOnlyList<string> Aliases); // dictionary data: an actor mention stores who, not every name it may go by
