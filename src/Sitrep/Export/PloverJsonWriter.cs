using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Ledger;

namespace Sitrep.Export;

/// <summary>
/// Events as PLOVER-style JSON Lines, one object per event, with the fields CODING_CONVENTIONS
/// lists: <c>event_type</c> (the reports' own PLOVER type, else mapped from the ACLED type by
/// <see cref="PloverMapping"/>), <c>mode</c>, <c>context</c>, <c>actor</c> and <c>recipient</c> as
/// lists, date, location, and provenance (<c>coder</c>, <c>codebook</c>, <c>version</c>) with one
/// entry per report under <c>sources</c>: url, title, publication, the sentence and its
/// <c>start</c>/<c>end</c> offsets in the article. ACLED's type, the fused fatalities (low, best,
/// high, every claim with its claimant) and the corroboration counts are kept beside them.
/// </summary>
public sealed class PloverJsonWriter(Stream output, PloverMapping mapping, string version) : IEventWriter
{
    public const string Coder = "sitrep";
    public const string Codebook = "PLOVER";

    private readonly Utf8JsonWriter _json = new(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public void Write(ExportedEvent x)
    {
        var e = x.Event;
        var rule = mapping.Find(e.EventType.Value, e.SubEventType?.Value);
        var own = x.Evidence.Select(m => m.Plover).FirstOrDefault(p => p is not null);
        var w = _json;
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("date", AcledColumns.Iso(e.Date?.Value.Start));
        Optional("date_end", AcledColumns.Iso(e.Date?.Value.End));
        if (e.Date is { } d) w.WriteNumber("date_precision", d.Value.Precision);
        Optional("event_type", e.Plover ?? own ?? rule?.Plover);
        Optional("mode", x.Evidence.Select(m => m.PloverMode).FirstOrDefault(m => m is not null) ?? (e.Plover ?? own) switch { null => rule?.Mode, _ => null });
        w.WriteStartArray("context");
        if (rule?.Context is { } context && e.Plover is null) w.WriteStringValue(context);
        w.WriteEndArray();
        List("actor", e.Actor1?.Value);
        List("recipient", e.Actor2?.Value);
        w.WriteStartObject("acled");
        w.WriteString("event_type", e.EventType.Value);
        Optional("sub_event_type", e.SubEventType?.Value);
        w.WriteEndObject();
        if (e.Place?.Value is { } p)
        {
            w.WriteStartObject("location");
            Optional("name", p.Location);
            Optional("admin1", p.Admin1);
            Optional("admin2", p.Admin2);
            Optional("country", p.Country);
            Optional("place_id", p.PlaceId);
            if (p.Latitude is { } lat) w.WriteNumber("lat", lat);
            if (p.Longitude is { } lon) w.WriteNumber("lon", lon);
            w.WriteNumber("geo_precision", p.GeoPrecision);
            w.WriteEndObject();
        }
        Figure("fatalities", e.Fatalities);
        Figure("injuries", e.Injuries);
        w.WriteNumber("reports", e.Sources.Count);
        w.WriteNumber("outlets", e.Outlets);
        w.WriteNumber("independent_sources", e.IndependentSources);
        w.WriteBoolean("partisan_only", e.PartisanOnly);
        w.WriteStartArray("sources");
        foreach (var s in e.Sources)
        {
            var m = x.Evidence.FirstOrDefault(v => v.MentionId == s.MentionId);
            w.WriteStartObject();
            w.WriteString("mention_id", s.MentionId);
            w.WriteString("article_id", s.ArticleId);
            Optional("url", m?.Url);
            Optional("title", m?.Title);
            Optional("publication", s.Outlet);
            w.WriteString("source_kind", s.Kind.ToString());
            Optional("party", s.Party);
            Optional("published", AcledColumns.Iso(s.Published));
            Optional("copy_of", s.CopyOf);
            if (m is not null)
            {
                w.WriteNumber("start", m.SentenceStart);
                w.WriteNumber("end", m.SentenceEnd);
                w.WriteString("text", m.Sentence);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteString("evidence", AcledColumns.FieldEvidence(e));
        w.WriteString("coder", Coder);
        w.WriteString("codebook", Codebook);
        w.WriteString("version", version);
        w.WriteEndObject();
        w.Flush();
        output.WriteByte((byte)'\n');
        w.Reset();

        void Optional(string name, string? value)
        {
            if (value is null) w.WriteNull(name);
            else w.WriteString(name, value);
        }

        void List(string name, string? value)
        {
            w.WriteStartArray(name);
            if (value is not null) w.WriteStringValue(value);
            w.WriteEndArray();
        }

        void Figure(string name, FusedFigure? f)
        {
            if (f is null) return;
            w.WriteStartObject(name);
            w.WriteNumber("low", f.Low);
            w.WriteNumber("best", f.Best);
            w.WriteNumber("high", f.High);
            w.WriteBoolean("disputed", f.Disputed);
            w.WriteString("rule", f.Rule);
            w.WriteStartArray("claims");
            foreach (var c in f.Claims)
            {
                w.WriteStartObject();
                w.WriteNumber("best", c.Best);
                w.WriteNumber("low", c.Low);
                w.WriteNumber("high", c.High);
                Optional("claimed_by", c.ClaimedBy);
                Optional("party", c.Party);
                Optional("outlet", c.Outlet);
                Optional("published", AcledColumns.Iso(c.Published));
                w.WriteString("mention_id", c.MentionId);
                w.WriteBoolean("superseded", c.Superseded);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
    }

    public void Complete() => _json.Flush();

    public void Dispose() => _json.Dispose();
}
