using AngleSharp.Html.Parser;

namespace Sitrep.Documents;

/// <summary>
/// Reads a saved web page: main content by SmartReader (Mozilla Readability's algorithm),
/// falling back to the whole body when it finds no article; metadata from <see cref="HtmlMetadata"/>.
/// </summary>
public sealed class HtmlArticleReader : IArticleReader
{
    public bool Handles(string extension) => extension is ".html" or ".htm" or ".xhtml";

    public IEnumerable<ReadResult> Read(string location, Stream content, ReaderLimits limits)
    {
        var bytes = StreamBytes.ReadCapped(content, limits.MaxArticleBytes);
        if (!TextDecoder.TryDecode(bytes, limits, out var html, out var error))
            return [ReadResult.Fail(location, error)];
        return [Parse(location, html)];
    }

    public static ReadResult Parse(string location, string html)
    {
        var page = new HtmlParser().ParseDocument(html);
        var metadata = HtmlMetadata.From(page);
        var text = MainText(html, metadata.Url) ?? (page.Body is null ? "" : HtmlText.Of(page.Body));
        if (string.IsNullOrWhiteSpace(text))
            return ReadResult.Fail(location, "no readable text in the page");
        return ReadResult.Ok(Article.Create(text, location, metadata.Url, metadata.Outlet, metadata.Title, metadata.Published));
    }

    private static string? MainText(string html, string? url)
    {
        var reader = new SmartReader.Reader(url ?? "https://localhost/", html) { Debug = false };
        var article = reader.GetArticle();
        if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content)) return null;
        var content = new HtmlParser().ParseDocument(article.Content);
        return content.Body is null ? null : HtmlText.Of(content.Body);
    }
}
