namespace Sitrep.Reference;

/// <summary>A header's bytes, then the rest of a file from where it stands: a CSV reader restarts mid-file with its header.</summary>
internal sealed class ResumedStream(byte[] header, Stream rest) : Stream
{
    private int _headerRead;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_headerRead < header.Length)
        {
            var n = Math.Min(buffer.Length, header.Length - _headerRead);
            header.AsSpan(_headerRead, n).CopyTo(buffer);
            _headerRead += n;
            return n;
        }
        return rest.Read(buffer);
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) rest.Dispose();
        base.Dispose(disposing);
    }
}
