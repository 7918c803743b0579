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

    /// <summary>
    /// Part <paramref name="part"/> (from 1) of a total told for <paramref name="count"/> events at once:
    /// an even share, the remainder on the first; the low bound shared alike, the high bound kept
    /// (all of them may have died in one place).
    /// </summary>
    public CasualtyCount ShareOf(int part, int count) =>
        new(Best / count + (part == 1 ? Best % count : 0), Low / count, High, Parts);

    public static CasualtyCount? Sum(IReadOnlyList<Casualty> parts) =>
        parts.Count == 0
            ? null
            : new CasualtyCount(
                parts.Sum(p => p.Count.Value),
                parts.Sum(p => p.Count.Low),
                parts.Sum(p => p.Count.High),
                parts);
}
