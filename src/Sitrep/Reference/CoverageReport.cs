namespace Sitrep.Reference;

/// <summary>
/// What a reference set and the ledger share over a window. <see cref="Recall"/>: the share of
/// reference rows the ledger has an event for; <see cref="Precision"/>: the share of comparable
/// ledger events some reference row matches (a reference is not complete either, so this is
/// "precision-style", a measure of agreement, not of error). Events the reference does not code
/// (political interactions; for UCDP also demonstrations and strategic developments) are counted
/// apart as <see cref="NotComparable"/>.
/// </summary>
public sealed record CoverageReport(
    string Set,
    ReferenceFlavour Flavour,
    DateOnly? From,
    DateOnly? To,
    IReadOnlyList<CoverageMatch> Reference,
    IReadOnlyList<CoverageEvent> Ledger,
    long NotComparable)
{
    public int ReferenceRows => Reference.Count;
    public int ReferenceMatched => Reference.Count(r => r.EventId is not null);
    public int LedgerEvents => Ledger.Count;
    public int LedgerMatched => Ledger.Count(e => e.ReferenceIds.Count > 0);
    public double? Recall => ReferenceRows == 0 ? null : (double)ReferenceMatched / ReferenceRows;
    public double? Precision => LedgerEvents == 0 ? null : (double)LedgerMatched / LedgerEvents;
}
