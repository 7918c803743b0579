using Sitrep.Dedup;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Serialization;

namespace Sitrep.Storage;

/// <summary>
/// A processed document turned into the rows the store writes, JSON included. Building it is
/// the costly part of storing, so the ingestor does it on the worker threads and the single
/// writer only inserts.
/// </summary>
public sealed record StoredDocument(Article Article, IReadOnlyList<StoredDocument.AnnotationRow> Annotations, IReadOnlyList<StoredDocument.EventRecord> Events)
{
    /// <summary>The text's MinHash, to link the article to a stored near-copy; null when too short to compare.</summary>
    public MinHash? Signature { get; init; }

    /// <summary>
    /// The article's framing summary as stored (schema step 10), JSON; null when ingest did not
    /// frame it (not English, or an ingestor without framing), in which case the views frame it from its text.
    /// </summary>
    public string? Framing { get; init; }

    public sealed record AnnotationRow(string Kind, int Start, int End, string Rule, string Json);

    public sealed record EventRecord(EventMention Mention, EventRow Row, string Json);

    public static StoredDocument From(Document document) => new(
        document.Article,
        [.. document.AllAnnotations().Select(x => new AnnotationRow(x.Kind, x.Annotation.Span.Start, x.Annotation.Span.End, x.Annotation.Rule,
            SitrepJson.Serialize<object>(x.Annotation)))],
        [.. document.Events.Select(e => new EventRecord(e, EventRows.From(e), SitrepJson.Serialize(e)))]);
}
