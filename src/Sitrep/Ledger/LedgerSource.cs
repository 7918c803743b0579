namespace Sitrep.Ledger;

/// <summary>One report behind a ledger event: the mention, its article and outlet, and the story it copies (if any).</summary>
public sealed record LedgerSource(string MentionId, string ArticleId, string? Outlet, SourceKind Kind, string? Party, DateOnly? Published, string? CopyOf);
