namespace Sitrep.Documents;

/// <summary>
/// One item of a feed as read: the article (or the error that replaced it), the item's key
/// (guid/id, else link) for telling new items from seen ones, its link, and whether the feed gave
/// the full text or only a summary (then <c>--fetch-full</c> fetches the linked page).
/// </summary>
public sealed record FeedItem(ReadResult Result, string Key, string? Link, bool HasFullContent);
