namespace Sitrep.Events;

/// <summary>An event's total for one casualty kind: low/best/high and the figures it was summed from.</summary>
public sealed record CasualtyCount(long Best, long Low, long High, IReadOnlyList<Casualty> Parts)
{
    /// <summary>Each source's own total; more than one when sources disagree (see <see cref="CasualtyTotals"/>).</summary>
    public IReadOnlyList<CasualtyClaim> Claims { get; init; } = [];

    /// <summary>Best count per side ("government", "insurgent", "civilian", "foreign", "unknown") of the source coded as best.</summary>
    public IReadOnlyDictionary<string, long> BySide { get; init; } = new Dictionary<string, long>();

    /// <summary>True when sources inside the text give different totals.</summary>
    public bool Disputed => Claims.Select(c => c.Best).Distinct().Count() > 1;

    public static CasualtyCount? Sum(IReadOnlyList<Casualty> parts) =>
        parts.Count == 0
            ? null
            : new CasualtyCount(
                parts.Sum(p => p.Count.Value),
                parts.Sum(p => p.Count.Low),
                parts.Sum(p => p.Count.High),
                parts);
}
