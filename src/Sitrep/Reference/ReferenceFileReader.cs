using System.Security.Cryptography;
using CsvHelper;
using Sitrep.Documents;

namespace Sitrep.Reference;

/// <summary>
/// Reads an ACLED or UCDP GED CSV export, streaming (a national export runs to hundreds of
/// megabytes). The header tells the flavour; <c>--as</c> only confirms it, so a UCDP file given as
/// ACLED is refused by name instead of read as garbage. A file that cannot be read at all (empty,
/// binary, no known header, missing columns) is a <see cref="ReferenceFormatException"/>; a bad row
/// (bad quoting, wrong field count, invalid UTF-8, a date or number that does not parse, a
/// duplicate id) is a <see cref="ReferenceRowError"/> at its line and the other rows are kept.
/// </summary>
public sealed class ReferenceFileReader
{
    private const int SniffBytes = 8192;

    public static string Expected =>
        "expected an ACLED export (columns event_id_cnty, event_date, event_type, actor1, ..., admin1, fatalities, notes) " +
        "or a UCDP GED export (columns id, date_start, date_end, side_a, side_b, adm_1, best, low, high, ...)";

    /// <summary>A row read: the event, or the error that replaced it.</summary>
    public readonly record struct Item(ReferenceEvent? Event, ReferenceRowError? Error);

    private readonly string _path;
    private readonly string _name;
    private readonly ReaderLimits _limits;

    private ReferenceFileReader(string path, ReferenceFlavour flavour, IReadOnlyList<string> headers, ReaderLimits limits)
    {
        _path = path;
        _name = path;
        Flavour = flavour;
        Headers = headers;
        _limits = limits;
    }

    public ReferenceFlavour Flavour { get; }
    public IReadOnlyList<string> Headers { get; }

    /// <summary>Checks the file and its header; <paramref name="expected"/> (from <c>--as</c>) must agree with the header.</summary>
    public static ReferenceFileReader Open(string path, ReferenceFlavour? expected = null, ReaderLimits? limits = null)
    {
        limits ??= ReaderLimits.Default;
        if (Directory.Exists(path)) throw new ReferenceFormatException($"{path}: is a folder; give one CSV file");
        if (!File.Exists(path)) throw new ReferenceFormatException($"{path}: no such file");
        CheckStart(path);
        using var reader = CreateReader(path, limits, null);
        IReadOnlyList<string> headers;
        try
        {
            headers = [.. reader.Headers.Select(h => h.Trim().TrimStart('\uFEFF'))];
        }
        catch (CsvFormatException e)
        {
            throw new ReferenceFormatException($"{path}:1: the header is not readable CSV ({e.Message}); {Expected}");
        }
        var flavour = Sniff(path, headers, expected);
        return new ReferenceFileReader(path, flavour, headers, limits);
    }

    /// <summary>Empty files and binary data are refused before CSV parsing makes sense of them.</summary>
    private static void CheckStart(string path)
    {
        var head = new byte[SniffBytes];
        int read;
        using (var stream = File.OpenRead(path)) read = stream.ReadAtLeast(head, SniffBytes, throwOnEndOfStream: false);
        var span = head.AsSpan(0, read);
        if (span.StartsWith("\uFEFF"u8)) span = span[3..];
        if (span.IndexOf((byte)0) is var nul and >= 0)
            throw new ReferenceFormatException($"{path}: binary data (NUL byte at offset {nul}), not a CSV export");
        if (span.IndexOfAnyExcept(" \t\r\n"u8) < 0)
            throw new ReferenceFormatException($"{path}: the file is empty; {Expected}");
    }

    private static ReferenceFlavour Sniff(string path, IReadOnlyList<string> headers, ReferenceFlavour? expected)
    {
        var set = new HashSet<string>(headers, StringComparer.OrdinalIgnoreCase);
        ReferenceFlavour? found = set.Contains("event_date") && set.Contains("event_type") ? ReferenceFlavour.Acled
            : set.Contains("date_start") && (set.Contains("side_a") || set.Contains("type_of_violence")) ? ReferenceFlavour.UcdpGed
            : null;
        var shown = string.Join(", ", headers.Take(10)) + (headers.Count > 10 ? ", ..." : "");
        if (expected is { } want && found is { } got && want != got)
            throw new ReferenceFormatException(
                $"{path}: given as {want.Describe()} (--as {want.Name()}), but its header is a {got.Describe()} export's (columns {shown}); use --as {got.Name()} or leave --as out");
        var flavour = found ?? expected
            ?? throw new ReferenceFormatException($"{path}: not an ACLED or UCDP GED export (first line has columns: {shown}); {Expected}");
        var required = flavour == ReferenceFlavour.Acled ? AcledReferenceMapping.RequiredColumns : UcdpReferenceMapping.RequiredColumns;
        var missing = required.Where(c => !set.Contains(c)).ToList();
        if (missing.Count > 0)
            throw new ReferenceFormatException($"{path}: a {flavour.Describe()} export needs the column(s) {string.Join(", ", missing)} (first line has: {shown}); {Expected}");
        return flavour;
    }

    private static CsvReader CreateReader(string path, ReaderLimits limits, List<ReferenceRowError>? malformed) =>
        CsvReader.Create(File.OpenRead(path), Options(limits, allowLineBreaks: true, malformed is null ? null : r => malformed.Add(Malformed(path, r, r.LineNumber))));

    private static CsvReaderOptions Options(ReaderLimits limits, bool allowLineBreaks, Action<CsvMalformedRecord>? onMalformed) =>
        CsvReaderOptions.Default with
        {
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            AllowLineBreaksInQuotes = allowLineBreaks,
            MaxRecordSize = (int)Math.Min(int.MaxValue, limits.MaxArticleBytes),
            OnMalformedRecord = onMalformed,
        };

    private static ReferenceRowError Malformed(string path, CsvMalformedRecord record, long line) =>
        new(path, line, $"malformed CSV ({Describe(record.Reason)}); row left out");

    /// <summary>Where a pass stopped early, and the line the next pass starts at.</summary>
    private sealed class Restart
    {
        public long? AtLine;
    }

    /// <summary>
    /// The rows in file order, each an event or a located error. A quote left open swallows the
    /// lines after it into one bad record; a record over the size limit cannot be read. Either way
    /// the record is reported at its first line and reading starts again on the next line, from
    /// then on one record a line (a later note with a line break in it is then reported, not lost).
    /// </summary>
    public IEnumerable<Item> Rows()
    {
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        long from = 1;
        var allowLineBreaks = true;
        for (var pass = 0; ; pass++)
        {
            var restart = new Restart();
            foreach (var item in Pass(from, allowLineBreaks, seen, restart)) yield return item;
            if (restart.AtLine is not { } next) yield break;
            if (pass >= MaxRestarts)
            {
                yield return new Item(null, new ReferenceRowError(_name, next, $"more than {MaxRestarts} broken records; the rest of the file was not read"));
                yield break;
            }
            (from, allowLineBreaks) = (next, false);
        }
    }

    private const int MaxRestarts = 1000;

    private IEnumerable<Item> Pass(long fromLine, bool allowLineBreaks, Dictionary<string, long> seen, Restart restart)
    {
        // a resumed pass reads the header, then the file from fromLine: its line 2 is the file's line fromLine
        var shift = fromLine <= 1 ? 0 : fromLine - 2;
        var malformed = new List<ReferenceRowError>();
        using var reader = CsvReader.Create(OpenFrom(fromLine), Options(_limits, allowLineBreaks, record =>
        {
            var line = record.LineNumber + shift;
            malformed.Add(Malformed(_name, record, line));
            // the record ran over line breaks: lines after its first may be good rows it swallowed
            if (restart.AtLine is null && record.RawRecord.Contains('\n')) restart.AtLine = line + 1;
        }));
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Headers.Count; i++) columns.TryAdd(Headers[i], i);
        var row = new ReferenceRow(reader, columns);
        var idColumns = (Flavour == ReferenceFlavour.Acled ? AcledReferenceMapping.IdColumns : UcdpReferenceMapping.IdColumns)
            .Where(columns.ContainsKey).ToList();
        while (true)
        {
            bool more;
            ReferenceRowError? stop = null;
            try
            {
                more = reader.Read();
            }
            catch (CsvFormatException e)
            {
                more = false;
                var line = e.LineNumber > 0 ? e.LineNumber + shift : 0;
                if (line > 0 && restart.AtLine is null) restart.AtLine = line + 1;
                var what = e.Message.Contains("MaxRecordSize", StringComparison.Ordinal)
                    ? $"row longer than the limit of {_limits.MaxArticleBytes:N0} bytes (raise it with --max-bytes)"
                    : e.Message.TrimEnd('.');
                stop = new ReferenceRowError(_name, line, $"{what}; row left out" + (line > 0 ? $", reading goes on at line {line + 1}" : ", reading stopped here"));
            }
            // malformed rows the reader skipped came through its callback: report them in file order
            foreach (var bad in malformed) yield return new Item(null, bad);
            malformed.Clear();
            if (stop is not null) yield return new Item(null, stop);
            // after a record that swallowed lines, the rest is read again by the next pass
            if (!more || restart.AtLine is not null) yield break;

            var current = reader.LineNumber + shift;
            Item item;
            try
            {
                var id = Id(row, idColumns);
                if (seen.TryGetValue(id, out var first))
                    item = new Item(null, new ReferenceRowError(_name, current, $"duplicate id {id} (first at line {first}); row left out"));
                else
                {
                    seen[id] = current;
                    var e = Flavour == ReferenceFlavour.Acled
                        ? AcledReferenceMapping.Map(row, id, _name, current)
                        : UcdpReferenceMapping.Map(row, id, _name, current);
                    item = new Item(e, null);
                }
            }
            catch (FormatException e)
            {
                item = new Item(null, new ReferenceRowError(_name, current, e.Message + "; row left out"));
            }
            yield return item;
        }
    }

    /// <summary>The file, or its header line followed by the file from line <paramref name="line"/> on.</summary>
    private Stream OpenFrom(long line)
    {
        var file = File.OpenRead(_path);
        if (line <= 1) return file;
        var header = new MemoryStream();
        long current = 1;
        int b;
        while (current < line && (b = file.ReadByte()) >= 0)
        {
            if (current == 1) header.WriteByte((byte)b);
            if (b == '\n') current++;
        }
        return new ResumedStream(header.ToArray(), file);
    }

    /// <summary>The dataset's id; a file without an id column gets a content id per row, so re-importing it is still idempotent.</summary>
    private static string Id(ReferenceRow row, List<string> idColumns)
    {
        if (idColumns.Count > 0)
            return row.Get(idColumns[0]) ?? throw new FormatException($"{idColumns[0]}: empty, so the row has no id");
        return "row-" + Convert.ToHexStringLower(SHA256.HashData(row.Raw), 0, 8);
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
