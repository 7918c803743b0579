using System.Text.Json;

namespace Sitrep.Documents;

/// <summary>
/// Reads a .txt file as one article. A sidecar file with the same name and a .json extension
/// may give url, title, outlet and published. A copy of a web page saved as text carries the
/// page's boilerplate; <see cref="BoilerplateCleaner"/> removes it as for HTML.
/// </summary>
public sealed class PlainTextReader(BoilerplateCleaner? cleaner = null) : IArticleReader
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
        var cleaned = (cleaner ?? BoilerplateCleaner.Default).Clean(text);
        if (string.IsNullOrWhiteSpace(cleaned.Text))
        {
            yield return ReadResult.Fail(location, "no article text left once page boilerplate is removed");
            yield break;
        }
        yield return ReadResult.Ok(Article.Create(cleaned.Text, location, metadata.Url, metadata.Outlet, metadata.Title, metadata.Published)
            .WithFeatures(cleaned.Features));
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
