using System.Text;

namespace Sitrep.Documents;

/// <summary>Tells what a body is from its content type, else its first kilobyte, else its URL path's extension.</summary>
public static class ContentSniffer
{
    public static ContentKind Kind(string? contentType, ReadOnlySpan<byte> body, string path)
    {
        var type = contentType?.ToLowerInvariant() ?? "";
        if (type.Contains("html")) return ContentKind.Html;
        if (type.Contains("rss") || type.Contains("atom") || type.Contains("xml")) return ContentKind.Feed;
        if (type.Contains("ndjson") || type.Contains("jsonl") || type.Contains("json")) return ContentKind.JsonLines;

        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, 1024)]).TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', ' ', '\t', '\r', '\n');
        if (head.StartsWith('<'))
        {
            var lower = head.ToLowerInvariant();
            return lower.Contains("<rss") || lower.Contains("<feed") || lower.Contains("<rdf:rdf") ? ContentKind.Feed : ContentKind.Html;
        }
        if (head.StartsWith('{')) return ContentKind.JsonLines;
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".html" or ".htm" or ".xhtml" => ContentKind.Html,
            ".rss" or ".atom" or ".xml" => ContentKind.Feed,
            ".jsonl" or ".ndjson" => ContentKind.JsonLines,
            _ => ContentKind.Text,
        };
    }
}
