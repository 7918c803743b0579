namespace Sitrep.Ledger;

/// <summary>
/// A fused casualty figure: low/best/high over the claims in force, whether parties disagree,
/// and every claim (superseded ones included) with its source. <see cref="Rule"/> says how the
/// best figure was chosen.
/// </summary>
public sealed record FusedFigure(long Low, long Best, long High, bool Disputed, string Rule, IReadOnlyList<LedgerClaim> Claims);
