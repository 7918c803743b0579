using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Ledger;

namespace Sitrep.Storage;

/// <summary>Reads of the ledger: its events, their history and sources, and the mentions around a bucket.</summary>
public interface ILedgerReader
{
    /// <summary>The current events the query selects, oldest first, at most <see cref="LedgerQuery.Limit"/>.</summary>
    IReadOnlyList<LedgerEvent> Events(LedgerQuery? query = null);

    /// <summary>Every current event the query selects, oldest first, one row at a time (no limit).</summary>
    IEnumerable<LedgerEvent> StreamEvents(LedgerQuery? query = null);

    IReadOnlyList<(EventMention Mention, Article Article)> MentionsWithArticles(IReadOnlyCollection<string> mentionIds);

    /// <summary>An event by id or unique id prefix, current or superseded (then with the event that replaced it).</summary>
    (LedgerEvent Event, string Status, string? SupersededBy)? Event(string idOrPrefix);

    string? EventOfMention(string mentionId);

    IReadOnlyList<LedgerHistoryEntry> History(string idOrPrefix);

    IReadOnlyList<(string Id, string Source)> ArticleSources();

    IReadOnlyList<EventMention> CountedMentions(string articleId);

    IReadOnlyList<LedgerDecision> Decisions();

    (long Mentions, long Events) Counts();

    /// <summary>The fused mentions a projected outside mention would be scored against, each with its ledger event.</summary>
    IEnumerable<(LedgerMention Mention, string EventId)> MentionsAround(LedgerMention m);

    /// <summary>The counted mentions of stored articles, projected for fusion as the ledger projects them.</summary>
    IReadOnlyList<LedgerMention> ProjectArticles(IReadOnlyCollection<string> articleIds);
}
