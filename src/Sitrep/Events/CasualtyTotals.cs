namespace Sitrep.Events;

/// <summary>
/// Builds an event's killed and injured totals from the casualty figures of its clause (or
/// of all the mentions of one event in an article).
/// Rules: figures from one source add up ("13 police and 24 special forces" = 37); each
/// claimant (<see cref="Casualty.ClaimedBy"/>, null = the article's own voice) is one source.
/// When sources disagree, the most conservative figure is coded, as ACLED does, and the
/// comparison is made side by side when every figure names its side: "officials said 14
/// Taliban and 2 soldiers were killed; the Taliban claimed 9 soldiers" = 14 + min(2, 9) = 16,
/// and "the army said 30 militants were killed; an official said five soldiers died" = 35.
/// Otherwise the lowest source total is best ("the ministry said 5; the Taliban claimed 40" = 5;
/// "the Taliban claimed 12; the ministry denied any casualties" = 0). Low sums the lowest and
/// High the highest bound given for each side (or overall). <see cref="CasualtyCount.Claims"/>
/// keeps each source's total with its claimant; <see cref="CasualtyCount.Parts"/> keeps every
/// figure. Subsets ("including one US soldier") never reach this point: the annotator drops them.
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
    public static CasualtyCount? Combine(IReadOnlyList<Casualty> all)
    {
        if (all.Count == 0) return null;
        // a party's claim of its enemy's losses is noted (claims, high) but not counted: best 0 when
        // it is the only source ("Fatalities coded as 0 (Taliban reported 12)"); so is one figure for
        // the killed and the injured together, which does not say how many died
        var claimed = all.Where(p => p.PartyClaim is not null || p.KilledAndInjured).ToList();
        var parts = claimed.Count == 0 ? all : all.Where(p => p.PartyClaim is null && !p.KilledAndInjured).ToList();
        if (claimed.Count == 0) return Count(all);
        // high and the claims list are those of every figure, the party's claims included
        var whole = Count(all);
        if (parts.Count == 0)
            return new CasualtyCount(0, 0, whole.High, all) { Claims = whole.Claims, BySide = new Dictionary<string, long>() };
        var counted = Count(parts);
        return counted with { High = Math.Max(counted.High, whole.High), Parts = all, Claims = whole.Claims };
    }

    /// <summary>
    /// One source's total: its figures add up, but a toll it brings to a figure is the whole count, the dead it names one by
    /// one among them ("killing five relatives ..., bringing the death toll to six" = 6, not 11); the latest toll is taken, and
    /// the figures' sum where it is the larger (a toll that counts only part of the dead).
    /// </summary>
    private static long SourceTotal(IReadOnlyList<Casualty> source, Func<Numbers.Quantity, long> bound)
    {
        var toll = source.LastOrDefault(p => p.Rule.StartsWith(CasualtySentence.TollUpdateRule, StringComparison.Ordinal));
        var named = source.Where(p => !p.Rule.StartsWith(CasualtySentence.TollUpdateRule, StringComparison.Ordinal)).Sum(p => bound(p.Count));
        return toll is null ? named : Math.Max(bound(toll.Count), named);
    }

    private static CasualtyCount Count(IReadOnlyList<Casualty> parts)
    {
        var sources = parts
            .GroupBy(p => p.ClaimedBy ?? "", StringComparer.OrdinalIgnoreCase)
            .Select(g => g.ToList())
            .ToList();
        var claims = sources.Select(g => new CasualtyClaim(g[0].ClaimedBy,
            SourceTotal(g, q => q.Value), SourceTotal(g, q => q.Low), SourceTotal(g, q => q.High))).ToList();

        long best, low, high;
        Dictionary<string, long> bySide;
        if (sources.Count > 1 && parts.All(p => p.Side is not null))
        {
            // Each side's toll is the most conservative figure any source gives for it.
            var sides = parts.Select(p => p.Side!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            bySide = new Dictionary<string, long>(StringComparer.Ordinal);
            best = low = high = 0;
            foreach (var side in sides)
            {
                var perSource = sources
                    .Select(g => g.Where(p => p.Side == side).ToList())
                    .Where(g => g.Count > 0)
                    .Select(g => (Best: g.Sum(p => p.Count.Value), Low: g.Sum(p => p.Count.Low), High: g.Sum(p => p.Count.High)))
                    .ToList();
                var sideBest = perSource.Min(s => s.Best);
                bySide[side] = sideBest;
                best += sideBest;
                low += perSource.Min(s => s.Low);
                high += perSource.Max(s => s.High);
            }
        }
        else
        {
            // Ties keep text order so the result is deterministic.
            var chosen = Enumerable.Range(0, sources.Count).MinBy(i => claims[i].Best);
            best = claims[chosen].Best;
            low = claims.Min(c => c.Low);
            high = claims.Max(c => c.High);
            bySide = sources[chosen]
                .GroupBy(p => p.Side ?? "unknown", StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Sum(p => p.Count.Value), StringComparer.Ordinal);
        }
        return new CasualtyCount(best, low, high, parts) { Claims = claims, BySide = bySide };
    }
}
