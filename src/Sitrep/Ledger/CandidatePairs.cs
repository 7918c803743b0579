namespace Sitrep.Ledger;

/// <summary>
/// The pairs worth scoring: same type family, the same province (or the country bucket when a
/// province is unknown) and date windows meeting in a common week. Each pair comes once, from
/// the first week both windows cover, so the work is the sum of bucket sizes, not n².
/// </summary>
public static class CandidatePairs
{
    public static IEnumerable<(int I, int J)> Of(IReadOnlyList<LedgerMention> mentions)
    {
        // (family, region, week) → mentions; a country bucket "*Country" also lists every mention of that country
        var buckets = new Dictionary<(string Family, string Region, int Week), List<int>>();
        var windows = new DateWindow?[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (DateWindow.Of(m) is not { } w) continue;
            windows[i] = w;
            for (var week = w.FirstWeek; week <= w.LastWeek; week++)
            {
                foreach (var home in Homes(m)) Add((m.Family, home, week), i);
            }
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            if (windows[i] is not { } wi) continue;
            var m = mentions[i];
            for (var week = wi.FirstWeek; week <= wi.LastWeek; week++)
            {
                string[] regions = Regions(m);
                foreach (var region in regions)
                    if (buckets.TryGetValue((m.Family, region, week), out var list))
                        foreach (var j in list)
                            if (j > i && windows[j] is { } wj && Math.Max(wi.FirstWeek, wj.FirstWeek) == week && wi.Overlaps(wj))
                                yield return (i, j);
            }
        }

        void Add((string, string, int) key, int i)
        {
            if (!buckets.TryGetValue(key, out var list)) buckets[key] = list = [];
            list.Add(i);
        }
    }

    /// <summary>
    /// The buckets a mention looks in: a province mention its province, the country bucket and the
    /// placeless bucket; a country mention every province of its country ("**AF"), the country
    /// bucket and the placeless one; a placeless mention everything ("***") and the placeless bucket.
    /// </summary>
    internal static string[] Regions(LedgerMention m) =>
        m.Admin1 is not null ? [m.Region, "*" + m.Country, Placeless]
        : m.Country is not null ? [AllOf(m.Country), m.Region, Placeless]
        : [Everything, Placeless];

    /// <summary>The buckets a mention is listed in (each pair is found from exactly one side).</summary>
    internal static string[] Homes(LedgerMention m) =>
        m.Admin1 is not null ? [m.Region, AllOf(m.Country), Everything]
        : m.Country is not null ? [m.Region, Everything]
        : [Placeless];

    private const string Placeless = "*";
    private const string Everything = "***";

    private static string AllOf(string? country) => "**" + (country ?? "");
}
