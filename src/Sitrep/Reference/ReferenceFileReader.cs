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
        CsvReader.FromFile(path, CsvReaderOptions.Default with
        {
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            MaxRecordSize = (int)Math.Min(int.MaxValue, limits.MaxArticleBytes),
            OnMalformedRecord = malformed is null ? null : record => malformed.Add(new ReferenceRowError(
                path, record.LineNumber, $"malformed CSV ({Describe(record.Reason)}); row left out")),
        });

    /// <summary>
    /// The rows in file order, each an event or a located error. A record over the size limit
    /// (an unclosed quote swallowing the file, or a line of garbage) ends the reading there: the
    /// rows before it are kept and the error says where reading stopped.
    /// </summary>
    public IEnumerable<Item> Rows()
    {
        var malformed = new List<ReferenceRowError>();
        using var reader = CreateReader(_path, _limits, malformed);
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Headers.Count; i++) columns.TryAdd(Headers[i], i);
        var row = new ReferenceRow(reader, columns);
        var idColumns = (Flavour == ReferenceFlavour.Acled ? AcledReferenceMapping.IdColumns : UcdpReferenceMapping.IdColumns)
            .Where(columns.ContainsKey).ToList();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
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
                stop = new ReferenceRowError(_name, e.LineNumber > 0 ? e.LineNumber : LastLine(malformed),
                    $"{e.Message.TrimEnd('.')}; reading stopped here (the rows before it are kept)");
            }
            // malformed rows the reader skipped came through its callback: report them in file order
            foreach (var bad in malformed) yield return new Item(null, bad);
            malformed.Clear();
            if (stop is not null) yield return new Item(null, stop);
            if (!more) yield break;

            var line = reader.LineNumber;
            Item item;
            try
            {
                var id = Id(row, idColumns);
                if (seen.TryGetValue(id, out var first))
                    item = new Item(null, new ReferenceRowError(_name, line, $"duplicate id {id} (first at line {first}); row left out"));
                else
                {
                    seen[id] = line;
                    var e = Flavour == ReferenceFlavour.Acled
                        ? AcledReferenceMapping.Map(row, id, _name, line)
                        : UcdpReferenceMapping.Map(row, id, _name, line);
                    item = new Item(e, null);
                }
            }
            catch (FormatException e)
            {
                item = new Item(null, new ReferenceRowError(_name, line, e.Message + "; row left out"));
            }
            yield return item;
        }
    }

    /// <summary>The dataset's id; a file without an id column gets a content id per row, so re-importing it is still idempotent.</summary>
    private static string Id(ReferenceRow row, List<string> idColumns)
    {
        if (idColumns.Count > 0)
            return row.Get(idColumns[0]) ?? throw new FormatException($"{idColumns[0]}: empty, so the row has no id");
        return "row-" + Convert.ToHexStringLower(SHA256.HashData(row.Raw), 0, 8);
    }

    private static long LastLine(List<ReferenceRowError> errors) => errors.Count > 0 ? errors[^1].Line : 0;

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
