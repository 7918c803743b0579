using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace Sitrep.Documents;

/// <summary>
/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds through <see cref="SafeXml"/>: each item becomes
/// an article (HTML in descriptions flattened and cleaned of boilerplate), located as
/// "feed#item-N". Dates are parsed leniently: a feed with one odd date still yields its items.
/// </summary>
public sealed class FeedReader(BoilerplateCleaner? cleaner = null) : IArticleReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public bool Handles(string extension) => extension is ".rss" or ".atom" or ".xml";

    public IEnumerable<ReadResult> Read(string location, Stream content, ReaderLimits limits) =>
        ReadItems(location, content, limits).Select(item => item.Result);

    public IEnumerable<FeedItem> ReadItems(string location, Stream content, ReaderLimits limits)
    {
        var bytes = StreamBytes.ReadCapped(content, limits.MaxArticleBytes * 4);
        if (bytes.Length > limits.MaxArticleBytes * 4)
            return [Failed(location, $"feed too large: over {limits.MaxArticleBytes * 4:N0} bytes")];
        var document = SafeXml.TryLoad(new MemoryStream(bytes), limits, out var error);
        if (document?.Root is not { } root)
            return [Failed(location, document is null ? error : "empty feed")];
        var outlet = Text(root.Element("channel")?.Element("title")) ?? Text(root.Element(Atom + "title"));
        var items = root.Name.LocalName switch
        {
            "rss" => root.Element("channel")?.Elements("item") ?? [],
            "feed" when root.Name.Namespace == Atom => root.Elements(Atom + "entry"),
            "RDF" => root.Elements().Where(e => e.Name.LocalName == "item"),
            _ => null,
        };
        if (items is null)
            return [Failed(location, $"not an RSS or Atom feed (root element <{root.Name.LocalName}>)")];
        return items.Select((item, i) => Item($"{location}#item-{i + 1}", item, outlet)).ToList();
    }

    private static FeedItem Failed(string location, string reason) => new(ReadResult.Fail(location, reason), location, null, false);

    private FeedItem Item(string where, XElement item, string? outlet)
    {
        var atom = item.Name.Namespace == Atom;
        var title = Text(atom ? item.Element(Atom + "title") : item.Element("title") ?? ByLocalName(item, "title"));
        var link = atom ? AtomLink(item) : Text(item.Element("link") ?? ByLocalName(item, "link"));
        var full = atom ? Text(item.Element(Atom + "content")) : Text(item.Element(Content + "encoded"));
        var summary = atom ? Text(item.Element(Atom + "summary")) : Text(item.Element("description") ?? ByLocalName(item, "description"));
        var date = atom
            ? Text(item.Element(Atom + "published")) ?? Text(item.Element(Atom + "updated"))
            : Text(item.Element("pubDate")) ?? Text(item.Element(Dc + "date"));
        var key = (atom ? Text(item.Element(Atom + "id")) : Text(item.Element("guid"))) ?? link ?? title ?? where;
        var body = full ?? summary;
        if (body is null)
            return new FeedItem(ReadResult.Fail(where, "feed item has no content, description or summary"), key, link, false);
        var cleaned = (cleaner ?? BoilerplateCleaner.Default).Clean(Flatten(body));
        if (string.IsNullOrWhiteSpace(cleaned.Text))
            return new FeedItem(ReadResult.Fail(where, "feed item has no readable text"), key, link, full is not null);
        var article = Article.Create(cleaned.Text, where, link, outlet, title, FeedDate.Parse(date)).WithFeatures(cleaned.Features);
        return new FeedItem(ReadResult.Ok(article), key, link, full is not null);
    }

    private static XElement? ByLocalName(XElement item, string name) => item.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    private static string? AtomLink(XElement entry)
    {
        var links = entry.Elements(Atom + "link").ToList();
        var alternate = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault();
        return ((string?)alternate?.Attribute("href"))?.Trim() is { Length: > 0 } href ? href : null;
    }

    private static string? Text(XElement? element) => element?.Value.Trim() is { Length: > 0 } s ? s : null;

    /// <summary>Feed bodies are HTML (escaped or CDATA) or plain text; both come out as paragraphs of plain text.</summary>
    private static string Flatten(string body)
    {
        if (!body.Contains('<')) return body;
        var fragment = new HtmlParser().ParseDocument("<html><body>" + body + "</body></html>");
        return fragment.Body is null ? body : HtmlText.Of(fragment.Body);
    }
}
