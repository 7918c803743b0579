using System.Text;
using Sitrep.Documents;

namespace Sitrep.Tests.Sources;

/// <summary>Hostile or broken inputs: each becomes one clear, located error and the rest of the batch goes through.</summary>
public class HostileInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitrep-hostile").FullName;

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private const string GoodText = "Gunmen killed two shopkeepers in the bazaar of Pul-e Khumri on Wednesday, police said.";

    [Fact]
    public void Deeply_nested_markup_is_refused_without_exhausting_the_stack()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "deep" + "</body></html>";
        var result = new HtmlArticleReader().Read("deep.html", Encoding.UTF8.GetBytes(html), ReaderLimits.Default);
        Assert.Contains("nested deeper than 400", result.Error!.Reason);
    }

    [Fact]
    public void Deeply_nested_inline_markup_is_refused_too()
    {
        var html = "<p>" + string.Concat(Enumerable.Repeat("<span><b>", 20_000)) + "x";
        var result = new HtmlArticleReader().Read("spans.html", Encoding.UTF8.GetBytes(html), ReaderLimits.Default);
        Assert.Contains("nested deeper", result.Error!.Reason);
    }

    [Fact]
    public void Oversized_page_is_refused_by_the_size_cap()
    {
        var html = "<html><body><p>" + new string('a', 2_000) + "</p></body></html>";
        var result = new HtmlArticleReader().Read("big.html", Encoding.UTF8.GetBytes(html), ReaderLimits.Default with { MaxArticleBytes = 1_000 });
        Assert.Contains("too large", result.Error!.Reason);
    }

    [Fact]
    public void Page_declaring_utf8_with_invalid_bytes_names_the_offset()
    {
        var bytes = Encoding.ASCII.GetBytes("<html><head><meta charset=\"utf-8\"></head><body><p>caf").Concat(new byte[] { 0xE9, 0x20 }).Concat(Encoding.ASCII.GetBytes("x</p></body></html>")).ToArray();
        var result = new HtmlArticleReader().Read("bad.html", bytes, ReaderLimits.Default);
        Assert.Equal("invalid UTF-8 at byte offset 53 (the page declares utf-8)", result.Error!.Reason);
    }

    [Fact]
    public void Text_with_invalid_utf8_names_the_offset()
    {
        var path = Write("bad.txt", [.. Encoding.ASCII.GetBytes("Kabul "), 0xFF, 0xFE, (byte)'x']);
        var result = SourceReader.Default().Read([path]).Single();
        Assert.Equal("invalid UTF-8 at byte offset 6", result.Error!.Reason);
    }

    [Fact]
    public void Binary_file_named_html_is_refused()
    {
        var result = new HtmlArticleReader().Read("image.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], ReaderLimits.Default);
        Assert.Contains("binary data", result.Error!.Reason);
    }

    [Fact]
    public void Page_with_unknown_charset_is_a_clear_error()
    {
        var result = new HtmlArticleReader().Read("x.html", Encoding.ASCII.GetBytes("<meta charset=\"klingon-8\"><p>text</p>"), ReaderLimits.Default);
        Assert.Equal("unknown character encoding \"klingon-8\" declared by the page", result.Error!.Reason);
    }

    [Fact]
    public void Page_declaring_utf7_is_a_clear_error_not_an_exception()
    {
        // Found by AFL: .NET throws NotSupportedException for UTF-7.
        var result = new HtmlArticleReader().Read("x.html", Encoding.ASCII.GetBytes("<meta charset=\"utf-7\"><p>text</p>"), ReaderLimits.Default);
        Assert.Equal("unknown character encoding \"utf-7\" declared by the page", result.Error!.Reason);
    }

    [Fact]
    public void A_batch_with_every_kind_of_hostile_file_still_reads_the_good_one()
    {
        Write("a_deep.html", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<div>", 50_000))));
        Write("b_binary.txt", [1, 2, 0, 3]);
        Write("c_bad.jsonl", Encoding.UTF8.GetBytes("{\"text\": \"unterminated\n"));
        Write("d_xxe.rss", Fixture.Bytes("feed_xxe.xml"));
        Write("e_good.txt", Encoding.UTF8.GetBytes(GoodText));
        var results = SourceReader.Default().Read([_folder]).ToList();
        Assert.Equal(4, results.Count(r => r.Error is not null));
        Assert.Equal(GoodText, Assert.Single(results, r => r.Article is not null).Article!.Text);
        Assert.All(results.Where(r => r.Error is not null), r => Assert.StartsWith(_folder, r.Error!.Location));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
