using System.Text;

namespace Sitrep.Documents;

/// <summary>
/// Splits CSV text into records of fields (RFC 4180: quoted fields may hold separators, doubled
/// quotes and line breaks). A quote never closed, or closed only on a later line by a quote that
/// cannot end a field (text right after it, as when it opens the next record's field), is an
/// error at the line where the broken record starts; reading resumes on the next line, so one bad
/// quote costs its own record only and the records after it survive.
/// </summary>
public static class CsvRecords
{
    /// <summary>A record that starts at <paramref name="Line"/>: its fields, or why it could not be read.</summary>
    public sealed record Record(int Line, IReadOnlyList<string>? Fields, string? Error);

    public static IEnumerable<Record> Read(Stream content, char separator, long maxRecordBytes)
    {
        // Lines of the record being assembled; after a bad record, the lines to read again.
        var pending = new List<(int Number, string? Text, int Bytes)>();
        using var lines = LineSplitter.Split(content, maxRecordBytes).GetEnumerator();
        while (true)
        {
            Parse? parse = null;
            int taken = 0, quotes = 0;
            long bytes = 0;
            while (true)
            {
                if (taken == pending.Count)
                {
                    if (!lines.MoveNext()) break;
                    var line = lines.Current;
                    pending.Add((line.Number, line.TooLong ? null : Decode(line.Bytes), line.Bytes.Length));
                }
                var (_, text, size) = pending[taken++];
                bytes += size;
                if (text is null || bytes > maxRecordBytes)
                {
                    parse = new Parse(null, taken > 1
                        ? $"unterminated quote (no closing quote within the limit of {maxRecordBytes:N0} bytes)"
                        : $"record too long (over the limit of {maxRecordBytes:N0} bytes)");
                    break;
                }
                quotes += text.Count(c => c == '"');
                if (quotes % 2 == 1) { parse = null; continue; } // a quoted field runs on to the next line
                parse = Fields(pending.Take(taken).Select(l => l.Text!), separator);
                break;
            }
            if (taken == 0) yield break;
            var first = pending[0].Number;
            if (parse?.Fields is null)
            {
                yield return new Record(first, null, $"{parse?.Error ?? "unterminated quote"} at line {first}");
                pending.RemoveAt(0); // resynchronise: the lines after the bad one are read again
                continue;
            }
            pending.RemoveRange(0, taken);
            if (parse.Fields.Count == 1 && parse.Fields[0].Length == 0) continue; // an empty line
            yield return new Record(first, parse.Fields, null);
        }
    }

    private static string Decode(byte[] bytes) =>
        Encoding.UTF8.GetString(bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsSpan(3) : bytes);

    /// <summary>The fields of a record, or why it has none.</summary>
    private sealed record Parse(List<string>? Fields, string? Error);

    private static Parse Fields(IEnumerable<string> recordLines, char separator)
    {
        var text = string.Join("\n", recordLines);
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            field.Clear();
            if (i < text.Length && text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length) return new Parse(null, "unterminated quote");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    field.Append(text[i++]);
                }
                if (i < text.Length && text[i] != separator)
                {
                    // Text after a closing quote: on one line a sloppy field ("ab"c reads abc); across lines,
                    // the quote that "closed" the field belongs to a later record, and this one's never closed.
                    if (text.IndexOf('\n') >= 0) return new Parse(null, "unterminated quote");
                    while (i < text.Length && text[i] != separator) field.Append(text[i++]);
                }
            }
            else
            {
                while (i < text.Length && text[i] != separator) field.Append(text[i++]);
            }
            fields.Add(field.ToString());
            if (i >= text.Length) return new Parse(fields, null);
            i++; // the separator
        }
    }
}
