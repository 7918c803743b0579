using CsvHelper;

namespace Sitrep.Evaluation;

/// <summary>The current row of a gold CSV, read by column name; columns are matched ignoring case.</summary>
internal sealed class CsvGoldRecord(CsvReader reader, IReadOnlyDictionary<string, int> columns)
{
    public bool Has(string column) => columns.ContainsKey(column);

    /// <summary>The trimmed field, or null when it is empty or the file has no such column.</summary>
    public string? Get(string column) =>
        columns.TryGetValue(column, out var index) && index < reader.FieldCount
            ? GoldValues.Clean(reader.GetString(index))
            : null;
}
