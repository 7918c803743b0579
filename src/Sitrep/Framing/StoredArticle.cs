namespace Sitrep.Framing;

/// <summary>
/// An article of the store as the framing views list it: id, outlet as stored, publication date,
/// whether it is a near-duplicate copy, and its stored framing summary (JSON, null when none was stored).
/// </summary>
public sealed record StoredArticle(string Id, string? Outlet, DateOnly? Published, bool IsCopy, string? Framing = null);
