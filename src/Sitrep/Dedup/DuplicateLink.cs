namespace Sitrep.Dedup;

/// <summary>
/// An article recognised as a near-copy of one stored earlier (the same wire story republished
/// by another outlet): its events corroborate the original's instead of counting again.
/// </summary>
public sealed record DuplicateLink(string ArticleId, string Location, string DuplicateOf, double Similarity);
