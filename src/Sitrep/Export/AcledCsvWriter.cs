using System.Globalization;
using CsvHelper;

namespace Sitrep.Export;

/// <summary>
/// Events as CSV with ACLED's column names (<see cref="AcledColumns"/>), RFC 4180 quoting by
/// CsvHelper, so notes with commas, quotes and line breaks survive a spreadsheet and
/// <c>sitrep eval --gold</c>, which reads the file as an ACLED export.
/// </summary>
public sealed class AcledCsvWriter : IEventWriter
{
    private readonly CsvWriter _csv;
    private readonly IReadOnlyList<ExportColumn> _columns;

    public AcledCsvWriter(Stream output, AcledColumns columns)
    {
        _columns = columns.Columns;
        _csv = CsvWriter.Create(output, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true);
        _csv.WriteHeader(_columns.Select(c => c.Name).ToArray());
    }

    public void Write(ExportedEvent e)
    {
        foreach (var column in _columns) _csv.WriteField(Text(column.Value(e)));
        _csv.EndRecord();
    }

    public static string? Text(object? value) => value switch
    {
        null => null,
        double d => d.ToString("0.#####", CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    public void Complete() => _csv.Flush();

    public void Dispose() => _csv.Dispose();
}
