using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Documents;

/// <summary>
/// Decodes a web page's bytes as a browser would pick the encoding: byte-order mark, then the
/// HTTP Content-Type charset, then a &lt;meta charset&gt; or http-equiv declaration in the
/// first 2 KB, then UTF-8 when the bytes are valid UTF-8, else windows-1252 (the web's legacy default).
/// </summary>
public static partial class HtmlDecoder
{
    private const int SniffBytes = 2048;

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("""charset\s*=\s*["']?([A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderCharset();

    public static bool TryDecode(ReadOnlySpan<byte> bytes, ReaderLimits limits, string? contentType, out string html, out string error)
    {
        html = "";
        if (bytes.Length > limits.MaxArticleBytes)
        {
            error = $"too large: over the limit of {limits.MaxArticleBytes:N0} bytes for one page (raise it with --max-bytes)";
            return false;
        }
        var encoding = FromBom(bytes, out var bomLength);
        if (encoding is null)
        {
            var nul = bytes[..Math.Min(bytes.Length, 8192)].IndexOf((byte)0);
            if (nul >= 0)
            {
                error = $"binary data (NUL byte at offset {nul}), not a web page";
                return false;
            }
            encoding = Declared(bytes, contentType, out var label);
            if (encoding is null && label is not null)
            {
                error = $"unknown character encoding \"{label}\" declared by the page";
                return false;
            }
            if (encoding is UTF8Encoding || encoding is null)
            {
                var invalid = TextDecoder.FirstInvalidUtf8(bytes);
                if (invalid >= 0 && label is not null)
                {
                    error = $"invalid UTF-8 at byte offset {invalid} (the page declares {label})";
                    return false;
                }
                encoding = invalid >= 0 ? TextEncodings.Windows1252 : new UTF8Encoding(false);
            }
        }
        html = encoding.GetString(bytes[bomLength..]);
        if (string.IsNullOrWhiteSpace(html))
        {
            error = "empty: no text";
            return false;
        }
        error = "";
        return true;
    }

    private static Encoding? FromBom(ReadOnlySpan<byte> bytes, out int length)
    {
        length = 3;
        if (bytes.StartsWith("\uFEFF"u8)) return new UTF8Encoding(false);
        length = 2;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode;
        length = 0;
        return null;
    }

    /// <summary>The encoding the HTTP header or the page declares; <paramref name="label"/> is the declared name (null when none).</summary>
    private static Encoding? Declared(ReadOnlySpan<byte> bytes, string? contentType, out string? label)
    {
        label = contentType is null ? null : HeaderCharset().Match(contentType) is { Success: true } h ? h.Groups[1].Value : null;
        if (label is null)
        {
            var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, SniffBytes)]);
            label = MetaCharset().Match(head) is { Success: true } m ? m.Groups[1].Value : null;
        }
        if (label is null) return null;
        var encoding = TextEncodings.ByName(label);
        // A page that says UTF-16 in ASCII-compatible bytes is not UTF-16 (browsers read it as UTF-8).
        return encoding is UnicodeEncoding ? new UTF8Encoding(false) : encoding;
    }
}
