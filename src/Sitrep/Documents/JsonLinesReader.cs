using System.Text.Json;

namespace Sitrep.Documents;

/// <summary>
/// Reads a JSON Lines corpus: one article per line with fields text (required), title, url,
/// outlet, published. A bad line is reported as "file:line" and the other lines go through.
/// </summary>
public sealed class JsonLinesReader(BoilerplateCleaner? cleaner = null) : IArticleReader
{
    public bool Handles(string extension) => extension is ".jsonl" or ".ndjson";

    public IEnumerable<ReadResult> Read(string location, Stream content, ReaderLimits limits)
    {
        foreach (var line in LineSplitter.Split(content, limits.MaxArticleBytes))
        {
            var where = $"{location}:{line.Number}";
            if (line.TooLong)
            {
                yield return ReadResult.Fail(where, $"line too long: over the limit of {limits.MaxArticleBytes:N0} bytes for one article");
                continue;
            }
            if (line.Bytes.AsSpan().Trim(" \t"u8).IsEmpty) continue;
            yield return ParseLine(where, line.Bytes, limits);
        }
    }

    private ReadResult ParseLine(string where, byte[] bytes, ReaderLimits limits)
    {
        if (!TextDecoder.TryDecode(bytes, limits, out var json, out var decodeError))
            return ReadResult.Fail(where, decodeError);
        try
        {
            using var record = JsonDocument.Parse(json);
            var root = record.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return ReadResult.Fail(where, $"expected a JSON object, found {root.ValueKind}");
            var text = ArticleMetadata.String(root, "text");
            if (string.IsNullOrWhiteSpace(text))
                return ReadResult.Fail(where, "no \"text\" field (or it is empty)");
            var metadata = ArticleMetadata.FromJson(root, out var error);
            if (error is not null) return ReadResult.Fail(where, error);
            var cleaned = (cleaner ?? BoilerplateCleaner.Default).Clean(text);
            if (string.IsNullOrWhiteSpace(cleaned.Text))
                return ReadResult.Fail(where, "no article text left once page boilerplate is removed");
            return ReadResult.Ok(Article.Create(cleaned.Text, where, metadata.Url, metadata.Outlet, metadata.Title, metadata.Published)
                .WithFeatures(cleaned.Features));
        }
        catch (JsonException e)
        {
            return ReadResult.Fail(where, $"malformed JSON: {e.Message}");
        }
    }
}
