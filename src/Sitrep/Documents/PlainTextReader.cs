using System.Text.Json;

namespace Sitrep.Documents;

/// <summary>
/// Reads a .txt file as one article. A sidecar file with the same name and a .json extension
/// may give url, title, outlet and published.
/// </summary>
public sealed class PlainTextReader : IArticleReader
{
    public bool Handles(string extension) => extension is ".txt" or ".text" or "";

    public IEnumerable<ReadResult> Read(string location, Stream content, ReaderLimits limits)
    {
        var bytes = StreamBytes.ReadCapped(content, limits.MaxArticleBytes);
        if (!TextDecoder.TryDecode(bytes, limits, out var text, out var error))
        {
            yield return ReadResult.Fail(location, error);
            yield break;
        }
        var metadata = ReadSidecar(location, out var sidecarError);
        if (sidecarError is not null)
        {
            yield return ReadResult.Fail(Path.ChangeExtension(location, ".json"), sidecarError);
            yield break;
        }
        yield return ReadResult.Ok(Article.Create(text, location, metadata.Url, metadata.Outlet, metadata.Title, metadata.Published));
    }

    private static ArticleMetadata ReadSidecar(string location, out string? error)
    {
        error = null;
        var sidecar = Path.ChangeExtension(location, ".json");
        if (location == "-" || !File.Exists(sidecar)) return ArticleMetadata.None;
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(sidecar));
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = "sidecar metadata must be a JSON object with url, title, outlet, published";
                return ArticleMetadata.None;
            }
            return ArticleMetadata.FromJson(json.RootElement, out error);
        }
        catch (JsonException e)
        {
            error = $"sidecar metadata is not valid JSON: {e.Message}";
            return ArticleMetadata.None;
        }
    }
}
