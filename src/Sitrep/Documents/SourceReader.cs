using Sitrep.Web;

namespace Sitrep.Documents;

/// <summary>
/// Turns the paths a user names into a stream of articles and errors: files by extension,
/// folders recursively (in ordinal path order, so runs are reproducible), "-" for standard
/// input, http(s) URLs through <see cref="Fetcher"/>. A missing path, unreadable file or failed
/// fetch is an error item; the rest carries on.
/// </summary>
public sealed class SourceReader(IReadOnlyList<IArticleReader> readers, ReaderLimits limits)
{
    public static SourceReader Default(ReaderLimits? limits = null, WebFetcher? fetcher = null, bool fetchFullText = false,
        Func<string, string, bool>? isNewFeedItem = null, string textColumn = CsvArticleReader.DefaultTextColumn) =>
        new(Readers(textColumn), limits ?? ReaderLimits.Default)
        {
            Fetcher = fetcher,
            FetchFullText = fetchFullText,
            IsNewFeedItem = isNewFeedItem,
        };

    public ReaderLimits Limits { get; } = limits;

    /// <summary>Every reader: the plain formats, then archives (.zip, .gz, .warc) that hand their entries to those.</summary>
    public static IReadOnlyList<IArticleReader> Readers(string textColumn = CsvArticleReader.DefaultTextColumn)
    {
        var html = new HtmlArticleReader();
        var plain = new List<IArticleReader>
        {
            new PlainTextReader(), html, new JsonLinesReader(), new FeedReader(), new CsvArticleReader(textColumn), new WarcReader(html),
        };
        IArticleReader? For(string extension) => plain.FirstOrDefault(r => r.Handles(extension));
        var zip = new ZipArchiveReader(For);
        var gzip = new GzipReader(extension => extension == ".zip" ? zip : For(extension));
        return [.. plain, zip, gzip];
    }

    /// <summary>Fetches URL inputs (and full pages for feed items); null: URLs are reported as not fetchable.</summary>
    public WebFetcher? Fetcher { get; init; }

    /// <summary>For a feed item that carries only a summary, fetch the linked page and read that instead.</summary>
    public bool FetchFullText { get; init; }

    /// <summary>How standard input is named in article sources and error locations ("-" on the command line; the server names its endpoint).</summary>
    public string StandardInputName { get; init; } = "-";

    /// <summary>Whether a feed item (feed location, item key) is new; items it rejects are not read. Null: every item is read.</summary>
    public Func<string, string, bool>? IsNewFeedItem { get; init; }

    /// <summary>Expands the named paths into the inputs to read: folders become their files; missing paths stay, to be reported.</summary>
    public IReadOnlyList<SourceInput> Inputs(IEnumerable<string> paths)
    {
        var inputs = new List<SourceInput>();
        foreach (var path in paths)
        {
            if (path == "-") inputs.Add(new SourceInput("-", 0, SourceInputKind.StandardInput));
            else if (IsUrl(path)) inputs.Add(new SourceInput(path, 0, SourceInputKind.Url));
            else if (Directory.Exists(path)) inputs.AddRange(FilesUnder(path).Select(f => new SourceInput(f, new FileInfo(f).Length, SourceInputKind.FoundInFolder)));
            else if (File.Exists(path)) inputs.Add(new SourceInput(path, new FileInfo(path).Length, SourceInputKind.File));
            else inputs.Add(new SourceInput(path, 0, SourceInputKind.Missing));
        }
        return inputs;
    }

    public IEnumerable<ReadResult> Read(IEnumerable<string> paths, Func<Stream>? standardInput = null) =>
        Inputs(paths).SelectMany(input => Read(input, standardInput));

    public IEnumerable<ReadResult> Read(SourceInput input, Func<Stream>? standardInput = null) => input.Kind switch
    {
        SourceInputKind.StandardInput => ReadStandardInput(standardInput ?? Console.OpenStandardInput),
        SourceInputKind.Missing => [ReadResult.Fail(input.Path, "no such file or folder")],
        SourceInputKind.Url => Guarded(input.Path, () => ReadUrl(input.Path)),
        _ => ReadFile(input.Path, input.Kind == SourceInputKind.File),
    };

    /// <summary>Files a folder walk picks up: those some reader handles, minus sidecar metadata.</summary>
    public IEnumerable<string> FilesUnder(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Where(f => ReaderFor(Path.GetExtension(f).ToLowerInvariant()) is not null && Path.GetExtension(f) != "")
            .Order(StringComparer.Ordinal);

    private IArticleReader? ReaderFor(string extension) => readers.FirstOrDefault(r => r.Handles(extension));

    private IEnumerable<ReadResult> ReadFile(string path, bool explicitlyNamed = false)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var reader = ReaderFor(extension);
        if (reader is null)
        {
            if (explicitlyNamed) yield return ReadResult.Fail(path, $"unsupported file type \"{extension}\" (expected .txt, .html, .jsonl, .csv, .rss, .atom, .xml, .warc, .zip, .gz)");
            yield break;
        }
        var stream = TryOpen(path, out var openError);
        if (stream is null)
        {
            yield return ReadResult.Fail(path, $"cannot open: {openError}");
            yield break;
        }
        using (stream)
            foreach (var result in Guarded(path, () => ReadWith(reader, path, stream)))
                yield return result;
    }

    private IEnumerable<ReadResult> ReadWith(IArticleReader reader, string location, Stream stream) =>
        reader is FeedReader feeds ? ReadFeed(feeds, location, stream) : reader.Read(location, stream, Limits);

    private static bool IsUrl(string path) =>
        path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private IEnumerable<ReadResult> ReadUrl(string url)
    {
        if (Fetcher is null)
            return [ReadResult.Fail(url, "fetching URLs is not enabled here")];
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            return [ReadResult.Fail(url, "not a valid URL")];
        FetchedPage page;
        try
        {
            page = Fetcher.Fetch(uri);
        }
        catch (FetchException e)
        {
            return [ReadResult.Fail(url, e.Message)];
        }
        return ContentSniffer.Kind(page.ContentType, page.Body, uri.AbsolutePath) switch
        {
            ContentKind.Feed => ReadFeed(readers.OfType<FeedReader>().FirstOrDefault() ?? new FeedReader(), url, new MemoryStream(page.Body)),
            ContentKind.Html => [(readers.OfType<HtmlArticleReader>().FirstOrDefault() ?? new HtmlArticleReader()).Read(url, page.Body, Limits, page.ContentType, page.Url.AbsoluteUri)],
            ContentKind.JsonLines => (readers.OfType<JsonLinesReader>().FirstOrDefault() ?? new JsonLinesReader()).Read(url, new MemoryStream(page.Body), Limits),
            _ => (readers.OfType<PlainTextReader>().FirstOrDefault() ?? new PlainTextReader()).Read(url, new MemoryStream(page.Body), Limits)
                .Select(r => r.Article is { Url: null } a ? ReadResult.Ok(a with { Url = url, Id = ArticleId.For(a.Text, url) }) : r),
        };
    }

    /// <summary>Reads a feed's items, skipping those already seen and fetching full pages for summary-only items when asked.</summary>
    private IEnumerable<ReadResult> ReadFeed(FeedReader feeds, string location, Stream stream)
    {
        foreach (var item in feeds.ReadItems(location, stream, Limits))
        {
            if (item.Result.Article is null) { yield return item.Result; continue; }
            if (IsNewFeedItem is not null && !IsNewFeedItem(location, item.Key)) continue;
            if (!FetchFullText || item.HasFullContent || Fetcher is null || item.Link is null || !IsUrl(item.Link))
            {
                yield return item.Result;
                continue;
            }
            yield return FullPage(item);
        }
    }

    /// <summary>The item's page read in place of its summary; the feed's title, outlet and date fill what the page lacks.</summary>
    private ReadResult FullPage(FeedItem item)
    {
        var summary = item.Result.Article!;
        try
        {
            var page = Fetcher!.Fetch(new Uri(item.Link!));
            var html = readers.OfType<HtmlArticleReader>().FirstOrDefault() ?? new HtmlArticleReader();
            var read = html.Read(summary.Source, page.Body, Limits, page.ContentType, item.Link);
            if (read.Article is not { } full)
                return ReadResult.Fail(summary.Source, $"full page {item.Link} unreadable: {read.Error!.Reason}");
            return ReadResult.Ok(full with
            {
                Id = ArticleId.For(full.Text, item.Link),
                Url = item.Link,
                Title = full.Title ?? summary.Title,
                Outlet = full.Outlet ?? summary.Outlet,
                Published = full.Published ?? summary.Published,
            });
        }
        catch (FetchException e)
        {
            return ReadResult.Fail(summary.Source, $"full page {item.Link} not fetched: {e.Message}");
        }
    }

    private static FileStream? TryOpen(string path, out string error)
    {
        error = "";
        try
        {
            return File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = e.Message;
            return null;
        }
    }

    private IEnumerable<ReadResult> ReadStandardInput(Func<Stream> open)
    {
        using var input = new BufferedStream(open());
        var head = new byte[1];
        var peeked = input.Read(head, 0, 1);
        var combined = new PrefixedStream(head.AsMemory(0, peeked), input);
        IArticleReader reader = peeked == 0 ? new PlainTextReader()
            : head[0] == (byte)'{' ? new JsonLinesReader()
            : head[0] == (byte)'<' ? new HtmlArticleReader()
            : new PlainTextReader();
        if (reader is HtmlArticleReader)
        {
            // "<" may open a page or a feed: look at the first kilobyte to tell.
            var bytes = StreamBytes.ReadCapped(combined, Limits.MaxArticleBytes * 4);
            reader = ContentSniffer.Kind(null, bytes, "") == ContentKind.Feed ? new FeedReader() : reader;
            combined = new PrefixedStream(bytes, Stream.Null);
        }
        foreach (var result in Guarded(StandardInputName, () => ReadWith(reader, StandardInputName, combined)))
            yield return result;
    }

    /// <summary>A reader bug or IO failure mid-file becomes an error item instead of ending the batch.</summary>
    private static IEnumerable<ReadResult> Guarded(string location, Func<IEnumerable<ReadResult>> read) => ReadGuard.Run(location, read);
}
