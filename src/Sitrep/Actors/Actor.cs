namespace Sitrep.Actors;

/// <summary>An actor-dictionary entry. <see cref="AcledName"/> is the name ACLED exports use.</summary>
public sealed record Actor(
    string Id,
    string Name,
    ActorType Type,
    string? Country,
    string? Parent,
    string? AcledName,
    IReadOnlyList<string> Aliases);
