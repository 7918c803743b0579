using System.Text.Json;
using AngleSharp.Dom;

namespace Sitrep.Documents;

/// <summary>
/// Title, outlet and publication date of a page, from (in order of trust) JSON-LD, Open Graph
/// and article meta tags, then the first &lt;time datetime&gt; element and &lt;title&gt;.
/// </summary>
public sealed record HtmlMetadata(string? Title, string? Outlet, DateOnly? Published, string? Url)
{
    public static HtmlMetadata From(IDocument page)
    {
        var ld = JsonLd(page);
        var title = ld.Title ?? Meta(page, "og:title") ?? Meta(page, "twitter:title") ?? page.Title?.Trim();
        var outlet = ld.Outlet ?? Meta(page, "og:site_name") ?? Meta(page, "application-name");
        var published = ld.Published
            ?? PublishedDate.Parse(Meta(page, "article:published_time"))
            ?? PublishedDate.Parse(Meta(page, "datePublished"))
            ?? PublishedDate.Parse(Meta(page, "pubdate"))
            ?? PublishedDate.Parse(Meta(page, "date"))
            ?? PublishedDate.Parse(Meta(page, "dc.date"))
            ?? PublishedDate.Parse(page.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var url = Meta(page, "og:url") ?? page.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        return new HtmlMetadata(Blank(title), Blank(outlet), published, Blank(url));
    }

    private static string? Meta(IDocument page, string name)
    {
        foreach (var meta in page.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                return meta.GetAttribute("content");
        }
        return null;
    }

    private static (string? Title, string? Outlet, DateOnly? Published) JsonLd(IDocument page)
    {
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { MaxDepth = 32 });
                foreach (var item in Items(json.RootElement))
                {
                    var published = PublishedDate.Parse(ArticleMetadata.String(item, "datePublished"));
                    var title = ArticleMetadata.String(item, "headline");
                    if (published is null && title is null) continue;
                    var outlet = item.TryGetProperty("publisher", out var publisher) && publisher.ValueKind == JsonValueKind.Object
                        ? ArticleMetadata.String(publisher, "name")
                        : null;
                    return (title, outlet, published);
                }
            }
            catch (JsonException)
            {
                // A broken JSON-LD block is common on real pages; the meta tags still count.
            }
        }
        return (null, null, null);
    }

    private static IEnumerable<JsonElement> Items(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in root.EnumerateArray())
                if (item.ValueKind == JsonValueKind.Object) yield return item;
        }
        else if (root.ValueKind == JsonValueKind.Object)
        {
            yield return root;
            if (root.TryGetProperty("@graph", out var graph) && graph.ValueKind == JsonValueKind.Array)
                foreach (var item in graph.EnumerateArray())
                    if (item.ValueKind == JsonValueKind.Object) yield return item;
        }
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
