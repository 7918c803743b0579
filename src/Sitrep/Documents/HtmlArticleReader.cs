using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Sitrep.Documents;

/// <summary>
/// Reads a saved or fetched web page: the encoding by <see cref="HtmlDecoder"/>, page regions
/// that are never article text removed (navigation, share bars, comment forms, newsletter
/// boxes), main content by SmartReader (Mozilla Readability's algorithm, falling back to the
/// whole body), then <see cref="BoilerplateCleaner"/> on the text. Donation appeals and wallet
/// addresses anywhere on the page become <see cref="Article.Features"/>.
/// </summary>
public sealed class HtmlArticleReader(BoilerplateCleaner? cleaner = null) : IArticleReader
{
    private BoilerplateCleaner Cleaner => cleaner ?? BoilerplateCleaner.Default;

    public bool Handles(string extension) => extension is ".html" or ".htm" or ".xhtml";

    public IEnumerable<ReadResult> Read(string location, Stream content, ReaderLimits limits) =>
        [Read(location, StreamBytes.ReadCapped(content, limits.MaxArticleBytes), limits)];

    /// <summary>Reads page bytes; <paramref name="contentType"/> is the HTTP header when the page was fetched (it may name the charset).</summary>
    public ReadResult Read(string location, byte[] bytes, ReaderLimits limits, string? contentType = null, string? url = null)
    {
        if (!HtmlDecoder.TryDecode(bytes, limits, contentType, out var html, out var error))
            return ReadResult.Fail(location, error);
        return Parse(location, html, limits, url);
    }

    public ReadResult Parse(string location, string html, ReaderLimits? limits = null, string? url = null)
    {
        limits ??= ReaderLimits.Default;
        // The raw estimate may overcount misnested tags, hence the margin; the parsed DOM is checked exactly below.
        if (HtmlNestingScan.EstimateMaxDepth(html, limits.MaxHtmlDepth * 4) > limits.MaxHtmlDepth * 4)
            return ReadResult.Fail(location, $"markup nested deeper than {limits.MaxHtmlDepth} elements: not a readable page");
        var page = new HtmlParser().ParseDocument(html);
        var depth = HtmlDepth.Of(page, limits.MaxHtmlDepth);
        if (depth > limits.MaxHtmlDepth)
            return ReadResult.Fail(location, $"markup nested deeper than {limits.MaxHtmlDepth} elements: not a readable page");
        var metadata = HtmlMetadata.From(page);
        var pageUrl = metadata.Url ?? url;
        var pageFeatures = page.Body is null ? [] : Cleaner.FeaturesOf(HtmlText.Of(page.Body));
        RemoveFurniture(page);
        var raw = MainText(page.DocumentElement.OuterHtml, pageUrl) ?? (page.Body is null ? "" : HtmlText.Of(page.Body));
        var cleaned = Cleaner.Clean(raw);
        if (string.IsNullOrWhiteSpace(cleaned.Text))
            return ReadResult.Fail(location, "no readable text in the page");
        var features = pageFeatures.Concat(cleaned.Features).Distinct().ToList();
        return ReadResult.Ok(Article.Create(cleaned.Text, location, pageUrl, metadata.Outlet, metadata.Title, metadata.Published)
            .WithFeatures(features));
    }

    private void RemoveFurniture(IDocument page)
    {
        foreach (var selector in Cleaner.HtmlRemovalSelectors)
            foreach (var element in page.QuerySelectorAll(selector).ToList())
                if (element.LocalName is not ("body" or "html")) element.Remove();
    }

    private static string? MainText(string html, string? url)
    {
        var reader = new SmartReader.Reader(SafeUrl(url), html) { Debug = false };
        var article = reader.GetArticle();
        if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content)) return null;
        var content = new HtmlParser().ParseDocument(article.Content);
        return content.Body is null ? null : HtmlText.Of(content.Body);
    }

    /// <summary>SmartReader needs an absolute http(s) URL to resolve links against; a page's own may be relative or junk.</summary>
    private static string SafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : "https://localhost/";
}
