namespace Sitrep.Ledger;

/// <summary>
/// The pairs worth scoring: one ledger bucket (<see cref="LedgerMention.Bucket"/>: type family and
/// anchor month), and in it the same province, or the country bucket when a province is unknown.
/// Each pair comes once, so the work is the sum of bucket sizes, not n².
/// </summary>
public static class CandidatePairs
{
    public static IEnumerable<(int I, int J)> Of(IReadOnlyList<LedgerMention> mentions)
    {
        // (family, region, month) → mentions; a country bucket "*Country" also lists every mention of that country
        var buckets = new Dictionary<(string Family, string Region, int Month), List<int>>();
        var months = new int?[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (DateWindow.AnchorMonth(m) is not { } month) continue;
            months[i] = month;
            foreach (var home in Homes(m))
            {
                if (!buckets.TryGetValue((m.Family, home, month), out var list)) buckets[(m.Family, home, month)] = list = [];
                list.Add(i);
            }
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            if (months[i] is not { } month) continue;
            var m = mentions[i];
            foreach (var region in Regions(m))
                if (buckets.TryGetValue((m.Family, region, month), out var list))
                    foreach (var j in list)
                        if (j > i) yield return (i, j);
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
