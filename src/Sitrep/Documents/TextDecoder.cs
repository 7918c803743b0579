using System.Text;

namespace Sitrep.Documents;

/// <summary>
/// Turns raw bytes into text or a precise reason why not: empty, binary (NUL bytes),
/// over the size cap, or invalid UTF-8 (with the byte offset of the first bad sequence).
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryDecode(ReadOnlySpan<byte> bytes, ReaderLimits limits, out string text, out string error)
    {
        text = "";
        if (bytes.Length > limits.MaxArticleBytes)
        {
            error = $"too large: over the limit of {limits.MaxArticleBytes:N0} bytes for one article (raise it with --max-bytes)";
            return false;
        }
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        var nul = bytes[..Math.Min(bytes.Length, 8192)].IndexOf((byte)0);
        if (nul >= 0)
        {
            error = $"binary data (NUL byte at offset {nul}), not text";
            return false;
        }
        var invalid = FirstInvalidUtf8(bytes);
        if (invalid >= 0)
        {
            error = $"invalid UTF-8 at byte offset {invalid}";
            return false;
        }
        text = Strict.GetString(bytes);
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "empty: no text";
            return false;
        }
        error = "";
        return true;
    }

    internal static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done) return offset;
            offset += consumed;
        }
        return -1;
    }
}
