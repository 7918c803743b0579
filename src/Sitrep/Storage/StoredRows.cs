using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Serialization;

namespace Sitrep.Storage;

/// <summary>
/// The columns of the rows a batch writes and each row's values in that order, for both engines:
/// a column added here is added to SQLite's and PostgreSQL's inserts alike (the schema steps add it
/// to the tables).
/// </summary>
internal static class StoredRows
{
    public static readonly string[] ArticleColumns = ["id", "url", "outlet", "title", "published", "language", "source", "text", "ingested_at", "features", "framing"];

    public static readonly string[] AnnotationColumns = ["article_id", "kind", "start", "end", "rule", "data"];

    public static readonly string[] EventColumns =
    [
        "id", "article_id", "event_type", "sub_event_type", "plover", "modality", "counts", "attributed_to",
        "date_start", "date_end", "time_precision", "date_source", "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
        "actor1", "actor2", "fatalities", "fatalities_low", "fatalities_high", "injuries", "confidence", "trigger_text", "data",
    ];

    public static readonly string[] EvidenceColumns = ["event_id", "field", "start", "end", "rule", "text"];

    public static object?[] Article(StoredDocument document, string ingestedAt)
    {
        var a = document.Article;
        return [a.Id, a.Url, a.Outlet, a.Title, a.Published?.ToString("yyyy-MM-dd"), a.Language, a.Source, a.Text, ingestedAt,
            a.Features.Count == 0 ? null : SitrepJson.Serialize(a.Features), document.Framing];
    }

    public static object?[] Annotation(string articleId, StoredDocument.AnnotationRow n) => [articleId, n.Kind, n.Start, n.End, n.Rule, n.Json];

    public static object?[] Event(StoredDocument.EventRecord e)
    {
        var r = e.Row;
        return [r.Id, r.ArticleId, r.EventType, r.SubEventType, r.Plover, r.Modality, r.Counts, r.AttributedTo,
            r.DateStart, r.DateEnd, r.TimePrecision, r.DateSource, r.Country, r.Admin1, r.Admin2, r.Location, r.Latitude,
            r.Longitude, r.GeoPrecision, r.Actor1, r.Actor2, r.Fatalities, r.FatalitiesLow, r.FatalitiesHigh, r.Injuries,
            r.Confidence, r.TriggerText, e.Json];
    }

    public static object?[] Evidence(string eventId, Evidence x) => [eventId, x.Field, x.Span.Start, x.Span.End, x.Rule, x.Text];
}
