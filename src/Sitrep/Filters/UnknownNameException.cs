namespace Sitrep.Filters;

/// <summary>A filter names a place or an actor the data pack does not know; the message lists the closest names it does.</summary>
public sealed class UnknownNameException(string message) : Exception(message);
