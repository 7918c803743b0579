namespace Sitrep.Ledger;

/// <summary>
/// A person's decision about the ledger, kept as a constraint between mentions so it survives
/// rebuilds and later ingests. <see cref="Kind"/> "merge": every listed mention belongs with
/// <see cref="Anchor"/>; "split": <see cref="Anchor"/> belongs with none of the listed mentions.
/// A later decision wins over an earlier one about the same pair.
/// </summary>
public sealed record LedgerDecision(long Seq, string Kind, string Anchor, IReadOnlyList<string> Others, string At, string? Note = null)
{
    public const string Merge = "merge";
    public const string Split = "split";
}
