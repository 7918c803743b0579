using Sitrep.Ledger;
using Sitrep.Storage;

namespace Sitrep.Reference;

/// <summary>
/// Matches a reference set against the ledger with the ledger's own matching: each row, projected
/// (<see cref="ReferenceProjector"/>), is scored by the <see cref="PairScorer"/> against the fused
/// mentions in the buckets fusion would look in (<see cref="LedgerStore.MentionsAround"/>), with
/// the same date windows and impossible pairs; a score at the threshold or above matches the row
/// to the event holding that mention, the best-scoring event winning (ties: the smaller id).
/// Two adaptations, because a coded row is not a report: actor ids are compared at the
/// organisation level on both sides (ACLED codes "Military Forces of Afghanistan", a report names a
/// corps), and for UCDP GED rows, which carry no ACLED type, the type is not scored (the row takes
/// the type of the mention it is compared with, within political violence).
/// Several rows may match one event (ACLED sometimes codes one clash per actor pair).
/// </summary>
public sealed class CoverageMatcher(ILedgerReader ledger, ReferenceProjector projector, PairScorer? scorer = null)
{
    private readonly PairScorer _scorer = scorer ?? new PairScorer();

    public CoverageReport Compare(ReferenceStore references, string set, DateOnly? from, DateOnly? to)
    {
        var flavour = references.Flavour(set) ?? throw new ReferenceFormatException($"no reference set \"{set}\"; import one with sitrep import FILE.csv --name {set}");
        var matches = new List<CoverageMatch>();
        var byEvent = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in references.Events(set, from, to))
        {
            var match = Match(set, row);
            matches.Add(match);
            if (match.EventId is { } id)
            {
                if (!byEvent.TryGetValue(id, out var list)) byEvent[id] = list = [];
                list.Add(row.Id);
            }
        }
        var events = new List<CoverageEvent>();
        long notComparable = 0;
        foreach (var e in ledger.StreamEvents(new LedgerQuery { From = from, To = to }))
        {
            if (!Comparable(flavour, e.EventType.Value)) { notComparable++; continue; }
            events.Add(new CoverageEvent(e, byEvent.TryGetValue(e.Id, out var rows) ? rows : []));
        }
        return new CoverageReport(set, flavour, from, to, matches, events, notComparable);
    }

    /// <summary>The event types a dataset codes: ACLED its six (not PLOVER-only political interactions), UCDP GED only organised violence.</summary>
    public static bool Comparable(ReferenceFlavour flavour, string eventType) => flavour == ReferenceFlavour.Acled
        ? eventType != Events.EventMention.PoliticalInteraction
        : TypeFamilies.Of(eventType) == TypeFamilies.PoliticalViolence;

    public CoverageMatch Match(string set, ReferenceEvent row)
    {
        var projected = projector.Project(set, row);
        (string EventId, double Score, string MentionId)? best = null;
        foreach (var (mention, eventId) in ledger.MentionsAround(projected))
        {
            var candidate = mention with { Actor1Id = projector.OrganisationId(mention.Actor1Id), Actor2Id = projector.OrganisationId(mention.Actor2Id) };
            var reference = row.Flavour == ReferenceFlavour.UcdpGed ? projected with { EventType = candidate.EventType, SubEventType = null } : projected;
            if (_scorer.Score(reference, candidate) is not { } score || score < _scorer.Threshold) continue;
            if (best is not { } b || score > b.Score || (score == b.Score && string.CompareOrdinal(eventId, b.EventId) < 0))
                best = (eventId, score, mention.Id);
        }
        return best is { } m ? new CoverageMatch(row, m.EventId, m.Score, m.MentionId) : new CoverageMatch(row, null, null, null);
    }
}
