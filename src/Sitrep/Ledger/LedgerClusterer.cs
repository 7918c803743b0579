namespace Sitrep.Ledger;

/// <summary>
/// Partitions a closed set of mentions (every link of a member lies inside the set) into events.
/// The result depends only on the set, never on the order the mentions came in: mentions are
/// sorted by id, people's merges are applied first, then linked pairs are taken strongest first
/// (ties by ids), and two groups join only when no pair across them is impossible (one article
/// telling both, dates or places apart) or kept apart by a person's split.
/// </summary>
public sealed class LedgerClusterer(PairScorer scorer)
{
    public PairScorer Scorer => scorer;

    public List<List<LedgerMention>> Cluster(IEnumerable<LedgerMention> members, FusionConstraints constraints)
    {
        var mentions = members.DistinctBy(m => m.Id).OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
        var index = new Dictionary<string, int>(mentions.Count, StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++) index[mentions[i].Id] = i;
        var groups = new List<int>?[mentions.Count];
        var groupOf = new int[mentions.Count];
        for (var i = 0; i < mentions.Count; i++) { groups[i] = [i]; groupOf[i] = i; }

        bool Compatible(int ga, int gb, bool forced)
        {
            foreach (var x in groups[ga]!)
                foreach (var y in groups[gb]!)
                {
                    if (constraints.CannotLink(mentions[x].Id, mentions[y].Id)) return false;
                    if (!forced && scorer.Score(mentions[x], mentions[y]) is null && !constraints.MustLink(mentions[x].Id, mentions[y].Id)) return false;
                }
            return true;
        }

        void Join(int ga, int gb)
        {
            // the smaller group moves, so joining stays O(n log n) overall
            if (groups[ga]!.Count < groups[gb]!.Count) (ga, gb) = (gb, ga);
            foreach (var y in groups[gb]!) { groupOf[y] = ga; groups[ga]!.Add(y); }
            groups[gb] = null;
        }

        if (!constraints.IsEmpty)
            for (var i = 0; i < mentions.Count; i++)
                foreach (var partner in constraints.MustLinked(mentions[i].Id))
                    if (index.TryGetValue(partner, out var j) && groupOf[i] != groupOf[j] && Compatible(groupOf[i], groupOf[j], forced: true))
                        Join(groupOf[i], groupOf[j]);

        var links = new List<(int I, int J, double Score)>();
        foreach (var (i, j) in Pairs(mentions))
            if (scorer.Score(mentions[i], mentions[j]) is { } score && score >= scorer.Threshold)
                links.Add((i, j, score));
        links.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : x.I != y.I ? x.I.CompareTo(y.I) : x.J.CompareTo(y.J));
        foreach (var (i, j, _) in links)
            if (groupOf[i] != groupOf[j] && Compatible(groupOf[i], groupOf[j], forced: false))
                Join(groupOf[i], groupOf[j]);

        return [.. groups.Where(g => g is not null)
            .Select(g => g!.Order().Select(i => mentions[i]).ToList())
            .OrderBy(g => g[0].Id, StringComparer.Ordinal)];
    }

    /// <summary>A small group (most are one event's few reports) is scored pair by pair; a large one through its buckets.</summary>
    private static IEnumerable<(int I, int J)> Pairs(IReadOnlyList<LedgerMention> mentions)
    {
        if (mentions.Count > 48) return CandidatePairs.Of(mentions);
        return AllPairs(mentions.Count);

        static IEnumerable<(int, int)> AllPairs(int n)
        {
            for (var i = 0; i < n; i++)
                for (var j = i + 1; j < n; j++)
                    yield return (i, j);
        }
    }
}
