using System.Buffers;
using System.Text;
using System.Text.Json;
using Sitrep.Pipeline;
using Sitrep.Serialization;

namespace Sitrep.Cli.Output;

/// <summary>
/// The JSON that <c>sitrep extract</c> prints for one article: its metadata, its events (with
/// evidence), and with annotations on, every annotation grouped by kind, each with its text.
/// Written straight to a <see cref="Utf8JsonWriter"/>: building it as a JsonNode tree first cost
/// a second pass and an allocation per value.
/// </summary>
public static class ExtractionJson
{
    private static ReadOnlySpan<byte> TextName => "text"u8;

    /// <summary>The article's JSON in the form <paramref name="options"/> ask for (one line, or indented).</summary>
    public static string Write(Document document, bool withAnnotations, JsonSerializerOptions options)
    {
        var line = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(line, SitrepJson.WriterOptions(options) with { Indented = false }))
            Write(writer, document, withAnnotations);
        if (!options.WriteIndented) return Encoding.UTF8.GetString(line.WrittenSpan);
        // Annotations are copied in as written (JsonMembers), which only a one-line writer lays out
        // right; --pretty output is for reading, so it is the one line parsed and written again indented.
        using var parsed = JsonDocument.Parse(line.WrittenMemory);
        var indented = new ArrayBufferWriter<byte>(line.WrittenCount * 2);
        using (var writer = new Utf8JsonWriter(indented, SitrepJson.WriterOptions(options)))
            parsed.WriteTo(writer);
        return Encoding.UTF8.GetString(indented.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter writer, Document document, bool withAnnotations)
    {
        var a = document.Article;
        writer.WriteStartObject();
        // Every article field is written, null or not: this object is the article's record, not a serialized type.
        writer.WriteStartObject("article");
        writer.WriteString("id", a.Id);
        writer.WriteString("source", a.Source);
        writer.WriteString("url", a.Url);
        writer.WriteString("outlet", a.Outlet);
        writer.WriteString("title", a.Title);
        writer.WriteString("published", a.Published?.ToString("yyyy-MM-dd"));
        writer.WriteString("referenceDate", document.ReferenceDate?.ToString("yyyy-MM-dd"));
        writer.WriteString("language", a.Language);
        writer.WriteNumber("characters", a.Text.Length);
        writer.WriteEndObject();
        writer.WritePropertyName("events");
        SitrepJson.Write(writer, document.Events);
        if (withAnnotations)
        {
            writer.WriteStartObject("annotations");
            foreach (var group in document.AllAnnotations().GroupBy(x => x.Kind))
            {
                writer.WriteStartArray(group.Key);
                foreach (var (_, annotation) in group) WriteAnnotation(writer, document, annotation);
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    /// <summary>
    /// The annotation's own members (those of its runtime type), then the text it spans under
    /// "text", unless it has a "text" member of its own (a date's, a place's), which then stays.
    /// </summary>
    private static void WriteAnnotation(Utf8JsonWriter writer, Document document, Annotation annotation)
    {
        var own = PooledJsonWriter.Rent(indent: false);
        SitrepJson.Write<object>(own.Writer, annotation);
        writer.WriteStartObject();
        if (!JsonMembers.Copy(own.Written, writer, TextName)) writer.WriteString(TextName, document.TextOf(annotation.Span));
        writer.WriteEndObject();
    }
}
