using Sitrep.Geo;

namespace Sitrep.Evaluation;

/// <summary>
/// Compares places by what they are, not how they are spelled. Both sides are turned into
/// canonical keys (e.g. gazetteer ids); a match is any shared key. A gold name that yields no
/// key is unresolved: it is reported as such and not counted against the extractor.
/// </summary>
public interface IPlaceResolver
{
    /// <summary>
    /// The keys a gold admin name may stand for at <paramref name="level"/>; several when the name
    /// is ambiguous, empty when it is unknown. <paramref name="admin1"/> is the gold province, to
    /// narrow down a district name.
    /// </summary>
    IReadOnlySet<string> ResolveName(string name, AdminLevel level, string? admin1 = null);

    /// <summary>The keys of an extracted place at <paramref name="level"/>; empty when it lies in no known unit of that level.</summary>
    IReadOnlySet<string> KeysOf(Place place, AdminLevel level);
}
