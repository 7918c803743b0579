using System.Text;
using CsvHelper;

namespace Sitrep.Evaluation;

/// <summary>
/// Opens a gold file and tells its format from its content: a first line starting with "{" is
/// JSON Lines; otherwise the CSV header decides between an ACLED and a UCDP GED export. Anything
/// else is refused with a message naming what was expected.
/// </summary>
public static class GoldFileReader
{
    public const string Expected =
        "expected JSON Lines (one {\"id\", \"text\", \"reference_date\", \"gold\"} object a line), " +
        "an ACLED CSV export (columns event_date, event_type, actor1, actor2, admin1, admin2, fatalities, notes, ...) " +
        "or a UCDP GED CSV export (columns date_start, date_end, side_a, side_b, adm_1, adm_2, best, low, high, source_headline, ...)";

    public static GoldSet Read(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"gold file not found: {path}", path);
        return Read(path, File.ReadAllBytes(path));
    }

    /// <summary>Reads gold data held in memory; <paramref name="path"/> only names it in messages.</summary>
    public static GoldSet Read(string path, byte[] content)
    {
        var first = FirstSignificantByte(content);
        if (first is null)
            throw new GoldFormatException($"{path}: the file is empty; {Expected}");
        if (first == (byte)'{')
        {
            using var text = new StreamReader(new MemoryStream(content), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return JsonLinesGoldReader.Read(path, text);
        }
        return ReadCsv(path, content);
    }

    private static GoldSet ReadCsv(string path, byte[] content)
    {
        var malformed = new List<GoldReadError>();
        var options = CsvReaderOptions.Default with
        {
            Separator = HeaderSeparator(content),
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = record => malformed.Add(new GoldReadError(
                $"{path}:{record.LineNumber}", $"malformed CSV record ({Describe(record.Reason)}); row left out")),
        };
        using var reader = CsvReader.Create(content, options);
        IReadOnlyList<string> headers;
        try
        {
            headers = [.. reader.Headers.Select(h => h.Trim().TrimStart('\uFEFF'))];
        }
        catch (CsvFormatException e)
        {
            throw new GoldFormatException($"{path}: the first line is neither JSON nor a readable CSV header ({e.Message}); {Expected}");
        }
        var format = Sniff(path, headers);
        return CsvGoldReader.Read(path, reader, headers, format, malformed);
    }

    internal static GoldFormat Sniff(string path, IReadOnlyList<string> headers)
    {
        var set = new HashSet<string>(headers, StringComparer.OrdinalIgnoreCase);
        if (set.Contains("event_date") && set.Contains("event_type"))
            return Require(path, set, AcledCsvMapping.RequiredColumns, GoldFormat.AcledCsv);
        if (set.Contains("date_start") && (set.Contains("side_a") || set.Contains("type_of_violence")))
            return Require(path, set, UcdpGedCsvMapping.RequiredColumns, GoldFormat.UcdpGedCsv);
        var shown = string.Join(", ", headers.Take(12)) + (headers.Count > 12 ? ", ..." : "");
        throw new GoldFormatException($"{path}: not a gold file Sitrep can read (first line has columns: {shown}); {Expected}");
    }

    private static GoldFormat Require(string path, HashSet<string> columns, string[] required, GoldFormat format)
    {
        var missing = required.Where(c => !columns.Contains(c)).ToList();
        return missing.Count == 0
            ? format
            : throw new GoldFormatException(
                $"{path}: looks like a {format.Describe()} export but lacks the column(s) {string.Join(", ", missing)}; {Expected}");
    }

    /// <summary>
    /// The separator of the header line (comma, semicolon as spreadsheets in many locales save,
    /// or tab). Export headers are plain names, so counting there is reliable, unlike in the
    /// free-text notes below, whose commas and semicolons could mislead a guess over the data.
    /// </summary>
    private static char HeaderSeparator(byte[] content)
    {
        var end = Array.IndexOf(content, (byte)'\n');
        var header = content.AsSpan(0, end < 0 ? content.Length : end);
        var best = ',';
        var bestCount = header.Count((byte)',');
        foreach (var candidate in (ReadOnlySpan<char>)[';', '\t'])
            if (header.Count((byte)candidate) is var count && count > bestCount)
                (best, bestCount) = (candidate, count);
        return best;
    }

    private static byte? FirstSignificantByte(byte[] content)
    {
        var start = content.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        for (var i = start; i < content.Length; i++)
            if (content[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                return content[i];
        return null;
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.FieldCountMismatch => "its number of fields differs from the header's",
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote",
        CsvMalformedReason.UnterminatedQuote => "a quoted field that is never closed",
        CsvMalformedReason.LineBreakInQuotes => "a line break inside quotes",
        _ => reason.ToString(),
    };
}
