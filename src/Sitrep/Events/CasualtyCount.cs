namespace Sitrep.Events;

/// <summary>An event's total for one casualty kind: low/best/high and the figures it was summed from.</summary>
public sealed record CasualtyCount(long Best, long Low, long High, IReadOnlyList<Casualty> Parts)
{
    public static CasualtyCount? Sum(IReadOnlyList<Casualty> parts) =>
        parts.Count == 0
            ? null
            : new CasualtyCount(
                parts.Sum(p => p.Count.Value),
                parts.Sum(p => p.Count.Low),
                parts.Sum(p => p.Count.High),
                parts);
}
