using System.IO.Compression;
using System.Text;
using Sitrep.Documents;

namespace Sitrep.Tests.Sources;

public class WarcReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitrep-warc").FullName;

    private static byte[] Record(string type, string uri, string contentType, byte[] block) =>
        [.. Encoding.ASCII.GetBytes(
            $"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2021-08-05T10:00:00Z\r\n" +
            $"WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\nContent-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n"),
         .. block, .. "\r\n\r\n"u8.ToArray()];

    private static byte[] Http(int status, string contentType, byte[] body, bool chunked = false)
    {
        var payload = chunked
            ? [.. Encoding.ASCII.GetBytes($"{body.Length:x}\r\n"), .. body, .. "\r\n0\r\n\r\n"u8.ToArray()]
            : body;
        var headers = $"HTTP/1.1 {status} X\r\nContent-Type: {contentType}\r\n" + (chunked ? "Transfer-Encoding: chunked\r\n" : $"Content-Length: {body.Length}\r\n") + "\r\n";
        return [.. Encoding.ASCII.GetBytes(headers), .. payload];
    }

    private static List<byte[]> Records() =>
    [
        Record("warcinfo", "", "application/warc-fields", "software: test\r\n"u8.ToArray()),
        Record("request", "https://frontier.example/minibus", "application/http; msgtype=request", "GET /minibus HTTP/1.1\r\nHost: frontier.example\r\n\r\n"u8.ToArray()),
        Record("response", "https://frontier.example/minibus", "application/http; msgtype=response", Http(200, "text/html; charset=utf-8", Fixture.Bytes("minibus_page.html"))),
        Record("response", "https://frontier.example/gone", "application/http; msgtype=response", Http(404, "text/html", "<p>not here</p>"u8.ToArray())),
        Record("response", "https://frontier.example/logo.png", "application/http; msgtype=response", Http(200, "image/png", [0x89, 0x50, 0x4E, 0x47])),
        Record("response", "https://eastwatch.example/ghazni", "application/http; msgtype=response", Http(200, "text/html", Fixture.Bytes("partisan_page.html"), chunked: true)),
    ];

    private static byte[] Gzip(byte[] bytes)
    {
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(bytes);
        return packed.ToArray();
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Html_responses_become_articles_and_other_records_are_skipped()
    {
        var path = Write("crawl.warc", Records().SelectMany(r => r).ToArray());
        var results = SourceReader.Default().Read([path]).ToList();
        Assert.Equal(2, results.Count);
        var minibus = results[0].Article!;
        Assert.Equal(path + "#record-3", minibus.Source);
        Assert.Equal("https://frontier.example/minibus", minibus.Url);
        Assert.Contains("Seven civilians, among them two children, were killed", minibus.Text);
        var partisan = results[1].Article!;
        Assert.Contains("The fighting around Ghazni", partisan.Text);
        Assert.DoesNotContain("Leave a Reply", partisan.Text);
        Assert.Contains(partisan.Features, f => f.Kind == PageFeature.WalletAddress);
    }

    [Fact]
    public void Multi_member_warc_gz_is_read()
    {
        var path = Write("crawl.warc.gz", Records().SelectMany(Gzip).ToArray());
        var results = SourceReader.Default().Read([path]).ToList();
        Assert.Equal(2, results.Count(r => r.Article is not null));
        Assert.DoesNotContain(results, r => r.Error is not null);
    }

    [Fact]
    public void Truncated_warc_keeps_the_records_before_the_cut()
    {
        var records = Records();
        var whole = records.SelectMany(r => r).ToArray();
        var path = Write("cut.warc", whole[..(whole.Length - 200)]);
        var results = SourceReader.Default().Read([path]).ToList();
        Assert.NotNull(results[0].Article);
        Assert.Equal(path + "#record-6", results[^1].Error!.Location);
        Assert.Contains("truncated WARC record", results[^1].Error!.Reason);
    }

    [Fact]
    public void A_file_that_is_not_warc_is_named()
    {
        var path = Write("fake.warc", "hello world\r\n"u8.ToArray());
        var result = SourceReader.Default().Read([path]).Single();
        Assert.Contains("not a WARC record", result.Error!.Reason);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
