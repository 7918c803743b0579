namespace Sitrep.Events;

/// <summary>
/// Builds an event's killed and injured totals from the casualty figures of its clause (or
/// of all the mentions of one event in an article).
/// Rules: figures from one source add up ("13 police and 24 special forces" = 37); each
/// claimant (<see cref="Casualty.ClaimedBy"/>, null = the article's own voice) is one source.
/// When sources disagree ("the ministry said 5 were killed; the Taliban claimed 40") the best
/// estimate is the most conservative source total, as ACLED codes it, Low is the lowest and
/// High the highest bound any source gives, and <see cref="CasualtyCount.Claims"/> keeps each
/// source's total with its claimant; <see cref="CasualtyCount.Parts"/> keeps every figure.
/// Subsets ("including one US soldier") never reach this point: the annotator drops them.
/// </summary>
public static class CasualtyTotals
{
    public static (CasualtyCount? Killed, CasualtyCount? Injured) For(IEnumerable<Casualty> casualties)
    {
        var list = casualties as IReadOnlyList<Casualty> ?? casualties.ToList();
        return (Combine(list.Where(c => c.Kind == CasualtyKind.Killed).ToList()),
                Combine(list.Where(c => c.Kind == CasualtyKind.Injured).ToList()));
    }

    /// <summary>One kind's total over <paramref name="parts"/>; null when there are none.</summary>
    public static CasualtyCount? Combine(IReadOnlyList<Casualty> parts)
    {
        if (parts.Count == 0) return null;
        var bySource = parts
            .GroupBy(p => p.ClaimedBy ?? "", StringComparer.OrdinalIgnoreCase)
            .Select(g => (Source: g.Key, Parts: g.ToList(),
                Claim: new CasualtyClaim(g.Key.Length == 0 ? null : g.First().ClaimedBy,
                    g.Sum(p => p.Count.Value), g.Sum(p => p.Count.Low), g.Sum(p => p.Count.High))))
            .ToList();
        // Ties keep text order so the result is deterministic.
        var chosen = bySource.OrderBy(s => s.Claim.Best).First();
        var bySide = chosen.Parts
            .GroupBy(p => p.Side ?? "unknown", StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(p => p.Count.Value), StringComparer.Ordinal);
        return new CasualtyCount(
            chosen.Claim.Best,
            bySource.Min(s => s.Claim.Low),
            bySource.Max(s => s.Claim.High),
            parts)
        {
            Claims = [.. bySource.Select(s => s.Claim)],
            BySide = bySide,
        };
    }
}
