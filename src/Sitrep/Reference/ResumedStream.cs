namespace Sitrep.Reference;

/// <summary>A header's bytes, then the rest of a file from where it stands: a CSV reader restarts mid-file with its header.</summary>
internal sealed class ResumedStream(byte[] header, Stream rest) : Documents.ForwardOnlyStream
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

    protected override void Dispose(bool disposing)
    {
        if (disposing) rest.Dispose();
        base.Dispose(disposing);
    }
}
