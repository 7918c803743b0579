namespace Sitrep.Ledger;

/// <summary>
/// One casualty claim behind a fused figure, with where it came from: the figure (low/best/high),
/// the claimant and the party it speaks for (null: independent), the outlet, the report's date and
/// mention. <see cref="Superseded"/>: a later follow-up ("the toll rose to 9") replaced it; it stays
/// in the history.
/// </summary>
public sealed record LedgerClaim(
    long Best, long Low, long High,
    string? ClaimedBy, string? Party,
    string? Outlet, DateOnly? Published,
    string MentionId, bool FollowUp)
{
    public bool Superseded { get; init; }
}
