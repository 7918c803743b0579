using Sitrep.Events;

namespace Sitrep.Evaluation;

/// <summary>
/// The stand-in actor resolver: names resolve to their <see cref="NameKey.ForActor"/> key, and an
/// extracted actor is keyed by its dictionary name, else its text. The actor-dictionary resolver
/// replaces it to match aliases such as "Taleban" = "Taliban".
/// </summary>
public sealed class NormalizedActorResolver : IActorResolver
{
    public static NormalizedActorResolver Instance { get; } = new();

    public string? ResolveName(string name) => NameKey.ForActor(name) is { Length: > 0 } key ? key : null;

    public string? KeyOf(EventArgument argument) => ResolveName(argument.ActorName ?? argument.Text);
}
