using System.Text.Json;

namespace Sitrep.Documents;

/// <summary>
/// Reads a .txt file as one article. A sidecar file with the same name and a .json extension
/// may give url, title, outlet and published (inside a .zip, the .json entry beside it); a
/// sidecar that cannot be used is a warning and the text is kept. A copy of a web page saved as
/// text carries the page's boilerplate; <see cref="BoilerplateCleaner"/> removes it as for HTML.
/// </summary>
public sealed class PlainTextReader(BoilerplateCleaner? cleaner = null) : IArticleReader
{
    public bool Handles(string extension) => extension is ".txt" or ".text" or "";

    public IEnumerable<ReadResult> Read(string location, Stream content, ReaderLimits limits) =>
        Read(location, content, limits, FileSidecar(location, limits));

    /// <summary>
    /// Reads the text with the given sidecar (its location and bytes, null bytes when it could not
    /// be read; no sidecar at all when null). A
    /// sidecar that cannot be used is a warning: the article is kept, without the sidecar's metadata.
    /// </summary>
    public IEnumerable<ReadResult> Read(string location, Stream content, ReaderLimits limits, (string Location, byte[]? Bytes)? sidecar)
    {
        var bytes = StreamBytes.ReadCapped(content, limits.MaxArticleBytes);
        if (!TextDecoder.TryDecode(bytes, limits, out var text, out var error))
        {
            yield return ReadResult.Fail(location, error);
            yield break;
        }
        string? sidecarError = null;
        var metadata = sidecar is { } s ? ParseSidecar(s.Bytes, out sidecarError) : ArticleMetadata.None;
        var cleaned = (cleaner ?? BoilerplateCleaner.Default).Clean(text);
        if (string.IsNullOrWhiteSpace(cleaned.Text))
        {
            yield return ReadResult.Fail(location, "no article text left once page boilerplate is removed");
            yield break;
        }
        var result = ReadResult.Ok(Article.Create(cleaned.Text, location, metadata.Url, metadata.Outlet, metadata.Title, metadata.Published)
            .WithFeatures(cleaned.Features));
        yield return sidecarError is null ? result : result.WithWarning(sidecar!.Value.Location, $"{sidecarError}; the article is stored without its metadata");
    }

    /// <summary>The .json beside a .txt file, if any (bytes beyond the article cap are not read).</summary>
    private static (string, byte[]?)? FileSidecar(string location, ReaderLimits limits)
    {
        var sidecar = Path.ChangeExtension(location, ".json");
        if (location == "-" || !File.Exists(sidecar)) return null;
        try
        {
            using var stream = File.OpenRead(sidecar);
            return (sidecar, StreamBytes.ReadCapped(stream, limits.MaxArticleBytes));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (sidecar, null);
        }
    }

    private static ArticleMetadata ParseSidecar(byte[]? bytes, out string? error)
    {
        error = null;
        if (bytes is null)
        {
            error = "sidecar metadata could not be read";
            return ArticleMetadata.None;
        }
        try
        {
            using var json = JsonDocument.Parse(bytes);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = "sidecar metadata must be a JSON object with url, title, outlet, published";
                return ArticleMetadata.None;
            }
            var metadata = ArticleMetadata.FromJson(json.RootElement, out error);
            return error is null ? metadata : ArticleMetadata.None;
        }
        catch (JsonException e)
        {
            error = $"sidecar metadata is not valid JSON: {e.Message}";
            return ArticleMetadata.None;
        }
    }
}
