using CsvHelper;

namespace Sitrep.Evaluation;

/// <summary>
/// Reads the rows of an ACLED or UCDP GED CSV export into gold cases. A row that is malformed
/// (bad quoting, wrong number of fields, a value that does not parse) is reported at its line and
/// left out; the other rows are read. Columns the mapping does not use are ignored.
/// </summary>
internal static class CsvGoldReader
{
    public static GoldSet Read(string path, CsvReader reader, IReadOnlyList<string> headers, GoldFormat format,
        List<GoldReadError> malformed)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < headers.Count; i++)
            columns.TryAdd(headers[i], i);
        var record = new CsvGoldRecord(reader, columns);
        Func<CsvGoldRecord, string, GoldCase> map = format switch
        {
            GoldFormat.AcledCsv => AcledCsvMapping.Map,
            GoldFormat.UcdpGedCsv => UcdpGedCsvMapping.Map,
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a CSV gold format"),
        };

        var cases = new List<GoldCase>();
        var errors = new List<GoldReadError>();
        while (reader.Read())
        {
            var location = $"{path}:{reader.LineNumber}";
            try
            {
                cases.Add(map(record, location));
            }
            catch (FormatException e)
            {
                errors.Add(new GoldReadError(location, e.Message));
            }
        }
        // Rows the CSV reader skipped as malformed come in through its callback; merge them in file order.
        errors.AddRange(malformed);
        errors.Sort((a, b) => LineOf(a).CompareTo(LineOf(b)));
        return new GoldSet(path, format, cases, errors);
    }

    private static long LineOf(GoldReadError error) =>
        long.TryParse(error.Location.AsSpan(error.Location.LastIndexOf(':') + 1), out var line) ? line : 0;
}
