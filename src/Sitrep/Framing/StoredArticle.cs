namespace Sitrep.Framing;

/// <summary>An article of the store as the framing views list it: id, outlet as stored, publication date, and whether it is a near-duplicate copy.</summary>
public sealed record StoredArticle(string Id, string? Outlet, DateOnly? Published, bool IsCopy);
