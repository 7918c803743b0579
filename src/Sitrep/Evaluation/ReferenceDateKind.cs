namespace Sitrep.Evaluation;

/// <summary>
/// Where a case's reference date comes from. <see cref="Event"/> means only the event date was
/// known; it is then used as if it were the publication date.
/// </summary>
public enum ReferenceDateKind
{
    Published,
    Event,
}
