namespace Sitrep.Analysis;

/// <summary>How a trend or comparison is broken down. By actor, an event counts once for each of its two actors.</summary>
public enum SplitBy
{
    None,
    Province,
    Actor,
    Type,
}
