namespace Sitrep.Ledger;

/// <summary>
/// One casualty figure a report gives for its event: killed or injured, by whom (null: the
/// report's own voice), the party that claimant speaks for (null: independent), and the figure.
/// </summary>
public sealed record MentionClaim(string Kind, string? ClaimedBy, string? Party, long Best, long Low, long High)
{
    public const string Killed = "killed";
    public const string Injured = "injured";
}
