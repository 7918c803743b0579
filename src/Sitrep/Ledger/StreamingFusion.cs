namespace Sitrep.Ledger;

/// <summary>
/// Fuses mentions that arrive ordered by the first day of their date window, holding only the
/// weeks still open: a mention meets the active mentions of its bucket (family × anchor month, see
/// <see cref="LedgerMention.Bucket"/>) in its province, the country bucket and the placeless one,
/// linked pairs join one group (union-find), and a group whose
/// every window ended before the next mention's window begins can gain nothing more: it is
/// clustered (<see cref="LedgerClusterer"/>) and handed out, and its memory freed. The groups are
/// the connected components of the link graph, so the events equal those of clustering all
/// mentions at once, and those of the incremental store, whatever the arrival order of articles.
/// </summary>
public sealed class StreamingFusion(LedgerClusterer clusterer, FusionConstraints constraints)
{
    private sealed class Node(LedgerMention mention, DateWindow window)
    {
        public LedgerMention Mention { get; } = mention;
        public DateWindow Window { get; } = window;
        public Node Parent { get; set; } = null!;
        public List<Node>? Members { get; set; }
        public DateOnly OpenUntil { get; set; } = window.Last;
        public int Stamp { get; set; }
    }

    /// <summary>
    /// First day of the window of each mention a person's merge names: a group holding one of them
    /// stays open until its partners have come (a merge may join reports weeks apart).
    /// </summary>
    public IReadOnlyDictionary<string, DateOnly> PartnerArrivals { get; init; } = new Dictionary<string, DateOnly>();

    /// <summary>Largest number of mentions held at once, for the benchmark.</summary>
    public int PeakActive { get; private set; }

    /// <summary>The events of the mentions, each cluster of reports as it closes.</summary>
    public IEnumerable<List<LedgerMention>> Fuse(IEnumerable<LedgerMention> orderedByWindowStart) =>
        Components(orderedByWindowStart).SelectMany(c => clusterer.Cluster(c, constraints));

    /// <summary>The connected groups of linked mentions, each as soon as nothing later can join it.</summary>
    public IEnumerable<List<LedgerMention>> Components(IEnumerable<LedgerMention> orderedByWindowStart)
    {
        var buckets = new Dictionary<(string Family, string Region, int Month), List<Node>>();
        var byId = new Dictionary<string, Node>(StringComparer.Ordinal);
        var closing = new PriorityQueue<Node, DateOnly>();
        var stamp = 0;
        var active = 0;
        var lastMonthPruned = int.MinValue;
        DateOnly? previous = null;

        foreach (var m in orderedByWindowStart)
        {
            if (DateWindow.Of(m) is not { } w)
            {
                yield return [m]; // undated: no window to meet another report in
                continue;
            }
            if (previous is { } p && w.First < p)
                throw new InvalidOperationException($"mentions must come ordered by window start: {m.Id} starts {w.First:yyyy-MM-dd}, after {p:yyyy-MM-dd}");
            previous = w.First;

            foreach (var done in Close(closing, w.First, byId, () => active--)) yield return done;
            if (DateWindow.MonthOf(w.First) is var firstMonth && firstMonth > lastMonthPruned)
            {
                // no later mention starts, nor is anchored, before this month: older buckets are never read again
                foreach (var key in buckets.Keys.Where(k => k.Month < firstMonth).ToList()) buckets.Remove(key);
                lastMonthPruned = firstMonth;
            }

            var node = new Node(m, w);
            node.Parent = node;
            node.Members = [node];
            if (PartnerArrivals.Count > 0)
                foreach (var partner in constraints.MustLinked(m.Id))
                    if (PartnerArrivals.TryGetValue(partner, out var arrives) && arrives > node.OpenUntil) node.OpenUntil = arrives;
            byId[m.Id] = node;
            active++;
            PeakActive = Math.Max(PeakActive, active);

            stamp++;
            var month = DateWindow.AnchorMonth(m)!.Value; // dated: it has a window
            foreach (var region in CandidatePairs.Regions(m))
                if (buckets.TryGetValue((m.Family, region, month), out var list))
                    foreach (var other in list)
                    {
                        if (other.Stamp == stamp || !other.Window.Overlaps(w)) continue;
                        other.Stamp = stamp;
                        if (Find(other) != Find(node) && clusterer.Scorer.Links(m, other.Mention)) Union(node, other);
                    }
            foreach (var partner in constraints.MustLinked(m.Id))
                if (byId.TryGetValue(partner, out var other) && Find(other) != Find(node)) Union(node, other);
            foreach (var home in CandidatePairs.Homes(m))
            {
                if (!buckets.TryGetValue((m.Family, home, month), out var list)) buckets[(m.Family, home, month)] = list = [];
                list.Add(node);
            }
            var root = Find(node);
            closing.Enqueue(root, root.OpenUntil);
        }
        foreach (var done in Close(closing, DateOnly.MaxValue, byId, () => active--)) yield return done;
    }

    private static IEnumerable<List<LedgerMention>> Close(PriorityQueue<Node, DateOnly> closing, DateOnly before, Dictionary<string, Node> byId, Action freed)
    {
        while (closing.TryPeek(out var root, out var until) && until < before)
        {
            closing.Dequeue();
            if (root.Parent != root || root.Members is null || root.OpenUntil != until) continue; // stale entry
            var members = root.Members;
            root.Members = null;
            foreach (var n in members)
            {
                byId.Remove(n.Mention.Id);
                freed();
            }
            yield return [.. members.Select(n => n.Mention)];
        }
    }

    private static Node Find(Node n)
    {
        while (n.Parent != n)
        {
            n.Parent = n.Parent.Parent;
            n = n.Parent;
        }
        return n;
    }

    private static void Union(Node a, Node b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra == rb) return;
        if (ra.Members!.Count < rb.Members!.Count) (ra, rb) = (rb, ra);
        ra.Members!.AddRange(rb.Members!);
        rb.Members = null;
        rb.Parent = ra;
        if (rb.OpenUntil > ra.OpenUntil) ra.OpenUntil = rb.OpenUntil;
    }
}
