namespace Sitrep.Ledger;

/// <summary>
/// The fusion rules in one place: the scorer, the clusterer, the constraints in force. Builds all
/// events of a set of mentions (<see cref="Build"/>) or those of a closed group of them
/// (<see cref="Events"/>); both give the same events for the same mentions.
/// </summary>
public sealed class LedgerBuilder(PairScorer? scorer = null)
{
    public PairScorer Scorer { get; } = scorer ?? new PairScorer();

    public LedgerClusterer Clusterer => new(Scorer);

    /// <summary>Every event of <paramref name="mentions"/>, streaming over them in date-window order.</summary>
    public IEnumerable<LedgerEvent> Build(IEnumerable<LedgerMention> mentions, FusionConstraints? constraints = null) =>
        Streaming(constraints ?? FusionConstraints.None).Fuse(mentions.OrderBy(WindowStart).ThenBy(m => m.Id, StringComparer.Ordinal))
            .Select(EventFuser.Fuse);

    /// <summary>The events of a closed group (every link of a member inside it), e.g. components the store recomputes.</summary>
    public IEnumerable<LedgerEvent> Events(IEnumerable<LedgerMention> closedGroup, FusionConstraints constraints) =>
        Clusterer.Cluster(closedGroup, constraints).Select(EventFuser.Fuse);

    public StreamingFusion Streaming(FusionConstraints constraints, IReadOnlyDictionary<string, DateOnly>? partnerArrivals = null) =>
        new(Clusterer, constraints) { PartnerArrivals = partnerArrivals ?? new Dictionary<string, DateOnly>() };

    /// <summary>The order streaming needs: undated first (they meet nothing), then by first day of the window.</summary>
    public static DateOnly WindowStart(LedgerMention m) => DateWindow.Of(m)?.First ?? DateOnly.MinValue;
}
