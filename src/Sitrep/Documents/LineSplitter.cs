namespace Sitrep.Documents;

/// <summary>
/// Splits a stream into byte lines without ever holding more than one capped line, so a corpus
/// of any size streams in flat memory and one runaway line cannot exhaust it.
/// </summary>
internal static class LineSplitter
{
    public readonly record struct Line(int Number, byte[] Bytes, bool TooLong);

    public static IEnumerable<Line> Split(Stream stream, long maxLineBytes)
    {
        var buffer = new byte[65536];
        using var current = new MemoryStream();
        var number = 1;
        var tooLong = false;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != (byte)'\n') continue;
                Append(current, buffer, start, i - start, maxLineBytes, ref tooLong);
                yield return Take(current, number++, ref tooLong);
                start = i + 1;
            }
            Append(current, buffer, start, read - start, maxLineBytes, ref tooLong);
        }
        if (current.Length > 0 || tooLong)
            yield return Take(current, number, ref tooLong);
    }

    private static void Append(MemoryStream current, byte[] buffer, int start, int count, long max, ref bool tooLong)
    {
        if (tooLong || count == 0) return;
        if (current.Length + count > max)
        {
            tooLong = true;
            current.SetLength(0);
            return;
        }
        current.Write(buffer, start, count);
    }

    private static Line Take(MemoryStream current, int number, ref bool tooLong)
    {
        var bytes = current.ToArray();
        if (bytes.Length > 0 && bytes[^1] == (byte)'\r') bytes = bytes[..^1];
        var line = new Line(number, bytes, tooLong);
        current.SetLength(0);
        tooLong = false;
        return line;
    }
}
