using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>An agent or target as written, and the dictionary actor it was resolved to, if any.</summary>
public sealed record EventArgument(string Text, Span Span, string? ActorId, string? ActorName);
