using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Storage;

/// <summary>Reads of the stored articles and their event mentions (listing, explaining, counting).</summary>
public interface IEventReader
{
    int SchemaVersion { get; }

    IReadOnlyList<EventRow> Events(EventQuery query);

    /// <summary>How many stored events match the query, ignoring its limit and offset.</summary>
    long CountEvents(EventQuery query);

    /// <summary>The admin1 values stored on events, for resolving a province name to the spellings stored.</summary>
    IReadOnlyList<string> StoredProvinces();

    /// <summary>The actor values stored on events (actor1 and actor2), for resolving an actor name.</summary>
    IReadOnlyList<string> StoredActors();

    /// <summary>The full stored event (with evidence) and its article, or null when no event has that id (or unique id prefix).</summary>
    (EventMention Event, Article Article)? Explain(string eventId);

    Article? Article(string id);

    /// <summary>The ids of the articles read from one source location (a file, a URL, a feed), in id order.</summary>
    IReadOnlyList<string> ArticleIdsFrom(string source);

    /// <summary>Near-duplicate links as (copy, original, similarity), by copy id.</summary>
    IReadOnlyList<(string ArticleId, string DuplicateOf, double Similarity)> DuplicateLinks();

    (long Articles, long Events) Counts();
}
