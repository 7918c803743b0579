using System.Text;
using Sitrep.Documents;

namespace Sitrep.Tests.Foundation;

public class ReaderTests : IDisposable
{
    private readonly TestFiles _files = new();
    private readonly SourceReader _reader = SourceReader.Default();

    public void Dispose() => _files.Dispose();

    private List<ReadResult> Read(params string[] paths) => _reader.Read(paths).ToList();

    [Fact]
    public void Text_file_takes_metadata_from_its_sidecar()
    {
        var path = _files.Write("kabul.txt", "Gunmen attacked a checkpoint in Kabul on Monday.\n");
        _files.Write("kabul.json", """{"url":"https://news.example.org/k","title":"Checkpoint attack","outlet":"Example News","published":"2020-03-04"}""");
        var article = Assert.Single(Read(path)).Article!;
        Assert.Equal("https://news.example.org/k", article.Url);
        Assert.Equal("Checkpoint attack", article.Title);
        Assert.Equal("Example News", article.Outlet);
        Assert.Equal(new DateOnly(2020, 3, 4), article.Published);
        Assert.Equal(path, article.Source);
    }

    [Fact]
    public void Text_file_without_sidecar_has_unknown_publication_date()
    {
        var article = Assert.Single(Read(_files.Write("a.txt", "Police said nothing."))).Article!;
        Assert.Null(article.Published);
        Assert.Null(article.Url);
    }

    [Fact]
    public void Broken_sidecar_is_a_located_warning_and_the_text_is_kept_without_its_metadata()
    {
        var path = _files.Write("b.txt", "Some report.");
        var sidecar = _files.Write("b.json", "{\"outlet\": \"Wire\", not json");
        var result = Assert.Single(Read(path));
        Assert.Null(result.Error);
        Assert.Equal("Some report.", result.Article!.Text);
        Assert.Null(result.Article.Outlet);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(sidecar, warning.Location);
        Assert.StartsWith("sidecar metadata is not valid JSON", warning.Reason);
        Assert.EndsWith("the article is stored without its metadata", warning.Reason);
    }

    [Fact]
    public void Html_page_yields_main_text_and_metadata_from_json_ld()
    {
        var html = """
            <html><head><title>Site | Page</title>
            <meta property="og:site_name" content="Kabul Ledger">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Blast hits Jalalabad market","datePublished":"2019-08-12T07:30:00+04:30","publisher":{"@type":"Organization","name":"Kabul Ledger Media"}}</script>
            </head><body>
            <nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Blast hits Jalalabad market</h1>
            <p>A bomb hidden in a cart exploded in a crowded market in Jalalabad on Sunday, killing four people, provincial officials said.</p>
            <p>No group claimed responsibility for the blast, which also wounded eleven shoppers and two traders, according to the governor's spokesman.</p>
            <p>Nangarhar province has seen repeated attacks by Islamic State fighters over the past year, officials said on Sunday evening.</p>
            </article><footer>Copyright Kabul Ledger</footer></body></html>
            """;
        var article = Assert.Single(Read(_files.Write("page.html", html))).Article!;
        Assert.Equal("Blast hits Jalalabad market", article.Title);
        Assert.Equal("Kabul Ledger Media", article.Outlet);
        Assert.Equal(new DateOnly(2019, 8, 12), article.Published);
        Assert.Contains("A bomb hidden in a cart exploded", article.Text);
        Assert.Contains("\n\n", article.Text);
        Assert.DoesNotContain("Home", article.Text);
    }

    [Theory]
    [InlineData("""<meta property="article:published_time" content="2021-07-28T10:00:00Z">""", "2021-07-28")]
    [InlineData("""<meta name="date" content="2020-02-29">""", "2020-02-29")]
    [InlineData("", "2019-12-31")]
    public void Html_publication_date_from_meta_tags_or_time_element(string meta, string expected)
    {
        var html = $"""
            <html><head><meta property="og:title" content="Clashes in Kunduz">{meta}</head><body>
            <p><time datetime="2019-12-31">31 December</time></p>
            <p>Heavy clashes broke out on the outskirts of Kunduz city overnight, officials said on Tuesday morning.</p>
            </body></html>
            """;
        var article = Assert.Single(Read(_files.Write("p.html", html))).Article!;
        Assert.Equal(DateOnly.Parse(expected), article.Published);
        Assert.Equal("Clashes in Kunduz", article.Title);
    }

    [Fact]
    public void Jsonl_reads_every_good_line_and_locates_every_bad_one()
    {
        var path = _files.Write("corpus.jsonl", string.Join('\n',
            """{"text":"Taliban fighters attacked a post in Ghazni.","title":"Ghazni","url":"https://e.example/1","outlet":"E","published":"2019-07-08"}""",
            "{broken",
            "",
            """{"title":"no text here"}""",
            """["an","array"]""",
            """{"text":"Second report from Farah.","published":"not a date"}""",
            """{"text":"Third report from Herat."}"""));
        var results = Read(path);
        Assert.Equal(2, results.Count(r => r.Article is not null));
        Assert.Equal(
            [$"{path}:2", $"{path}:4", $"{path}:5", $"{path}:6"],
            results.Where(r => r.Error is not null).Select(r => r.Error!.Location));
        Assert.Equal($"{path}:1", results[0].Article!.Source);
        Assert.Equal(new DateOnly(2019, 7, 8), results[0].Article!.Published);
    }

    [Fact]
    public void Folder_is_read_recursively_in_path_order_skipping_sidecars()
    {
        _files.Write("c/z.txt", "Third.");
        _files.Write("a.txt", "First.");
        _files.Write("a.json", """{"title":"A"}""");
        _files.Write("b/page.html", "<html><body><p>Second.</p></body></html>");
        _files.Write("notes.md", "ignored");
        var results = Read(_files.Root);
        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal(["First.", "Second.", "Third."], results.Select(r => r.Article!.Text));
    }

    [Theory]
    [InlineData("{\"text\":\"From a pipe, as JSONL.\"}\n", "From a pipe, as JSONL.")]
    [InlineData("<html><body><p>From a pipe, as HTML.</p></body></html>", "From a pipe, as HTML.")]
    [InlineData("From a pipe, as text.", "From a pipe, as text.")]
    public void Standard_input_is_sniffed(string input, string expected)
    {
        var result = Assert.Single(_reader.Read(["-"], () => new MemoryStream(Encoding.UTF8.GetBytes(input))));
        Assert.Equal(expected, result.Article!.Text);
        Assert.StartsWith("-", result.Article.Source);
    }

    [Fact]
    public void Bad_inputs_each_get_a_clear_located_error_and_good_input_survives()
    {
        var good = _files.Write("good.txt", "A roadside bomb killed two soldiers in Helmand.");
        var empty = _files.Write("empty.txt", "");
        var binary = _files.WriteBytes("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02]);
        var invalid = _files.WriteBytes("latin1.txt", [.. Encoding.ASCII.GetBytes("Caf"), 0xE9, (byte)' ', (byte)'x']);
        var huge = _files.PathOf("huge.txt");
        using (var stream = File.Create(huge)) stream.SetLength(50L * 1024 * 1024);
        File.WriteAllText(huge, new string('a', 50 * 1024 * 1024));
        var missing = _files.PathOf("missing.txt");
        var unsupported = _files.Write("data.xlsx", "PK");

        var results = Read(good, empty, binary, invalid, huge, missing, unsupported);

        Assert.Equal("A roadside bomb killed two soldiers in Helmand.", results[0].Article!.Text);
        var errors = results.Skip(1).Select(r => r.Error!).ToList();
        Assert.Equal([empty, binary, invalid, huge, missing, unsupported], errors.Select(e => e.Location));
        Assert.Contains("empty", errors[0].Reason);
        Assert.Contains("binary", errors[1].Reason);
        Assert.Equal("invalid UTF-8 at byte offset 3", errors[2].Reason);
        Assert.Contains("too large", errors[3].Reason);
        Assert.Equal("no such file or folder", errors[4].Reason);
        Assert.Contains("unsupported file type", errors[5].Reason);
    }

    [Fact]
    public void Over_long_jsonl_line_is_reported_and_the_next_line_still_read()
    {
        var path = _files.Write("long.jsonl", "{\"text\":\"" + new string('x', 2000) + "\"}\n{\"text\":\"short one\"}\n");
        var reader = SourceReader.Default(new ReaderLimits { MaxArticleBytes = 1000 });
        var results = reader.Read([path]).ToList();
        Assert.Contains("line too long", results[0].Error!.Reason);
        Assert.Equal($"{path}:1", results[0].Error!.Location);
        Assert.Equal("short one", results[1].Article!.Text);
    }
}
