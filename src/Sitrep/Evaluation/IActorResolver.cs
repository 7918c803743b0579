using Sitrep.Events;

namespace Sitrep.Evaluation;

/// <summary>
/// Compares actors through a dictionary of canonical ids and their aliases ("Taleban" = "Taliban").
/// A gold name without an id is unresolved: reported, not counted against the extractor.
/// </summary>
public interface IActorResolver
{
    /// <summary>The canonical id of a gold actor name, or null when the name is unknown.</summary>
    string? ResolveName(string name);

    /// <summary>The canonical id of an extracted agent or target, or null when it has none.</summary>
    string? KeyOf(EventArgument argument);
}
