using System.Buffers.Binary;
using System.IO.Compression;

namespace Sitrep.Documents;

/// <summary>
/// Decompresses gzip and notices truncation, which <see cref="GZipStream"/> does not report (it
/// just ends early). At the end of the data the decompressed size is compared with the size the
/// gzip trailer records (ISIZE, the last 4 bytes); a cut file ends in compressed data instead.
/// Files of several gzip members (e.g. .warc.gz) record only the last member's size, so for them
/// the check is skipped and the inner reader's own checks (e.g. a truncated WARC record) apply.
/// </summary>
internal sealed class GzipTruncationCheck : ForwardOnlyStream
{
    private readonly GZipStream _gzip;
    private readonly Stream _compressed;
    private readonly uint? _recordedSize;
    private readonly long _start;
    private long _total;

    public GzipTruncationCheck(Stream compressed)
    {
        _compressed = compressed;
        if (compressed.CanSeek && compressed.Length - compressed.Position >= 18)
        {
            _start = compressed.Position;
            compressed.Seek(-4, SeekOrigin.End);
            Span<byte> trailer = stackalloc byte[4];
            compressed.ReadExactly(trailer);
            _recordedSize = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
            compressed.Position = _start;
        }
        _gzip = new GZipStream(compressed, CompressionMode.Decompress, leaveOpen: true);
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = _gzip.Read(buffer, offset, count);
        _total += read;
        if (read == 0 && count > 0 && _recordedSize is { } recorded && (uint)_total != recorded && !HasSeveralMembers())
            throw new InvalidDataException($"the gzip data ends before its trailer (file truncated after {_total:N0} decompressed bytes)");
        return read;
    }

    /// <summary>Whether another gzip member header (1F 8B 08) follows the first; then the trailer does not give the total size.</summary>
    private bool HasSeveralMembers()
    {
        _compressed.Position = _start + 10;
        var buffer = new byte[81920];
        int read, carry = 0;
        while ((read = _compressed.Read(buffer, carry, buffer.Length - carry)) > 0)
        {
            var span = buffer.AsSpan(0, carry + read);
            if (span.IndexOf((ReadOnlySpan<byte>)[0x1F, 0x8B, 0x08]) >= 0) return true;
            carry = Math.Min(2, span.Length);
            span[^carry..].CopyTo(buffer);
        }
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _gzip.Dispose();
        base.Dispose(disposing);
    }
}
