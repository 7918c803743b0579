namespace Sitrep.Documents;

internal static class StreamBytes
{
    /// <summary>Reads at most <paramref name="cap"/> + 1 bytes, so an oversized input is detected without loading all of it.</summary>
    public static byte[] ReadCapped(Stream stream, long cap)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > cap) break;
        }
        return buffer.ToArray();
    }
}
