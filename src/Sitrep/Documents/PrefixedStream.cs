namespace Sitrep.Documents;

/// <summary>A read-only stream that replays bytes already peeked from a non-seekable stream (stdin) before the rest of it.</summary>
internal sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream rest) : ForwardOnlyStream
{
    private ReadOnlyMemory<byte> _prefix = prefix;

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_prefix.IsEmpty) return rest.Read(buffer, offset, count);
        var n = Math.Min(count, _prefix.Length);
        _prefix[..n].CopyTo(buffer.AsMemory(offset, n));
        _prefix = _prefix[n..];
        return n;
    }
}
