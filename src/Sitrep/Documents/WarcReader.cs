using System.Text;

namespace Sitrep.Documents;

/// <summary>
/// Reads a WARC web archive (.warc, or .warc.gz through <see cref="GzipReader"/>): every
/// "response" record holding an HTML page with status 2xx becomes an article located as
/// "file#record-N" with its target URI; other records are skipped. A truncated record ends the
/// file with a clear error after the records read before it.
/// </summary>
public sealed class WarcReader(HtmlArticleReader? html = null) : IArticleReader
{
    private const int MaxHeaderLine = 64 * 1024;

    public bool Handles(string extension) => extension == ".warc";

    public IEnumerable<ReadResult> Read(string location, Stream content, ReaderLimits limits)
    {
        var pages = html ?? new HtmlArticleReader();
        var input = new BufferedStream(content, 65536);
        for (var number = 1; ; number++)
        {
            var where = $"{location}#record-{number}";
            var version = SkipBlankLines(input);
            if (version is null) yield break;
            if (!version.StartsWith("WARC/", StringComparison.Ordinal))
            {
                yield return ReadResult.Fail(where, $"not a WARC record (starts with \"{Shorten(version)}\")");
                yield break;
            }
            var headers = Headers(input);
            if (!long.TryParse(headers.GetValueOrDefault("content-length"), out var length) || length < 0)
            {
                yield return ReadResult.Fail(where, "WARC record without a valid Content-Length");
                yield break;
            }
            var isResponse = headers.GetValueOrDefault("warc-type") == "response"
                && headers.GetValueOrDefault("content-type")?.Contains("application/http", StringComparison.OrdinalIgnoreCase) == true;
            if (!isResponse || length > limits.MaxArticleBytes * 2)
            {
                if (!Skip(input, length))
                {
                    yield return ReadResult.Fail(where, $"truncated WARC record (Content-Length {length:N0})");
                    yield break;
                }
                if (isResponse) yield return ReadResult.Fail(where, $"record too large: {length:N0} bytes");
                continue;
            }
            var block = new byte[length];
            if (input.ReadAtLeast(block, block.Length, throwOnEndOfStream: false) < length)
            {
                yield return ReadResult.Fail(where, $"truncated WARC record (Content-Length {length:N0})");
                yield break;
            }
            var result = Response(where, block, headers.GetValueOrDefault("warc-target-uri"), pages, limits);
            if (result is not null) yield return result;
        }
    }

    /// <summary>The article in an HTTP response block, an error, or null for a response that is not an HTML page with status 2xx.</summary>
    private static ReadResult? Response(string where, byte[] block, string? uri, HtmlArticleReader pages, ReaderLimits limits)
    {
        var http = new MemoryStream(block);
        var status = ReadLine(http);
        if (status is null || !status.StartsWith("HTTP/", StringComparison.Ordinal))
            return ReadResult.Fail(where, "response record does not hold an HTTP response");
        var parts = status.Split(' ', 3);
        if (parts.Length < 2 || !parts[1].StartsWith('2')) return null;
        var headers = Headers(http);
        var contentType = headers.GetValueOrDefault("content-type");
        if (contentType is null || !contentType.Contains("html", StringComparison.OrdinalIgnoreCase)) return null;
        var body = block.AsSpan((int)http.Position).ToArray();
        if (headers.GetValueOrDefault("transfer-encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
            body = Dechunk(body);
        var read = pages.Read(where, body, limits, contentType, uri);
        return read.Article is { } article && uri is not null && article.Url is null
            ? ReadResult.Ok(article with { Url = uri, Id = ArticleId.For(article.Text, uri) })
            : read;
    }

    private static Dictionary<string, string> Headers(Stream input)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (ReadLine(input) is { Length: > 0 } line)
        {
            var colon = line.IndexOf(':');
            if (colon > 0) headers[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
        }
        return headers;
    }

    private static string? SkipBlankLines(Stream input)
    {
        string? line;
        while ((line = ReadLine(input)) is { Length: 0 }) { }
        return line;
    }

    /// <summary>One CRLF- or LF-ended line as Latin-1 (WARC and HTTP headers are ASCII), or null at the end of the stream.</summary>
    private static string? ReadLine(Stream input)
    {
        var bytes = new List<byte>();
        int b;
        while ((b = input.ReadByte()) >= 0)
        {
            if (b == '\n') break;
            if (bytes.Count >= MaxHeaderLine) throw new InvalidDataException($"header line longer than {MaxHeaderLine:N0} bytes");
            bytes.Add((byte)b);
        }
        if (b < 0 && bytes.Count == 0) return null;
        if (bytes.Count > 0 && bytes[^1] == '\r') bytes.RemoveAt(bytes.Count - 1);
        return Encoding.Latin1.GetString(bytes.ToArray());
    }

    private static bool Skip(Stream input, long length)
    {
        var buffer = new byte[81920];
        while (length > 0)
        {
            var read = input.Read(buffer, 0, (int)Math.Min(buffer.Length, length));
            if (read == 0) return false;
            length -= read;
        }
        return true;
    }

    private static byte[] Dechunk(byte[] body)
    {
        var input = new MemoryStream(body);
        var output = new MemoryStream();
        while (ReadLine(input) is { } sizeLine)
        {
            var hex = sizeLine.Split(';')[0].Trim();
            if (!int.TryParse(hex, System.Globalization.NumberStyles.HexNumber, null, out var size) || size <= 0) break;
            var chunk = new byte[Math.Min(size, body.Length)];
            var read = input.ReadAtLeast(chunk, chunk.Length, throwOnEndOfStream: false);
            output.Write(chunk, 0, read);
            ReadLine(input);
        }
        return output.ToArray();
    }

    private static string Shorten(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
