using System.Globalization;
using System.Text.Unicode;
using CsvHelper;
using Sitrep.Evaluation;

namespace Sitrep.Reference;

/// <summary>
/// The current row of a reference CSV, read by column name (ignoring case). Each getter says what
/// is wrong in the words of the column ("event_date: \"31 Febuary 2020\" is not a date ..."), as a
/// <see cref="FormatException"/> that costs the row, never the file.
/// </summary>
internal sealed class ReferenceRow(CsvReader reader, IReadOnlyDictionary<string, int> columns)
{
    public bool Has(string column) => columns.ContainsKey(column);

    /// <summary>The trimmed field, or null when it is empty or the file has no such column.</summary>
    public string? Get(string column)
    {
        if (!columns.TryGetValue(column, out var index) || index >= reader.FieldCount) return null;
        if (!Utf8.IsValid(reader.GetSpan(index)))
            throw new FormatException($"{column}: invalid UTF-8");
        var value = reader.GetString(index).Trim();
        return value.Length == 0 ? null : value;
    }

    public string Require(string column) => Get(column) ?? throw new FormatException($"{column}: empty");

    /// <summary>
    /// A date ACLED or UCDP writes: "22 February 2020", "2020-02-22", "22-Feb-2020", or UCDP's
    /// "2020-02-22 00:00:00.000" (the time is dropped). Slashed dates are refused as ambiguous.
    /// </summary>
    public DateOnly? Date(string column)
    {
        if (Get(column) is not { } text) return null;
        var day = text.Length > 10 && text[10] is ' ' or 'T' && text[4] == '-' ? text[..10] : text;
        return UnambiguousDate.TryParse(day, out var date) ? date : throw new FormatException($"{column}: {UnambiguousDate.Problem(text)}");
    }

    /// <summary>A count (fatalities, best, low, high): a whole number, 0 or more.</summary>
    public long? Count(string column)
    {
        if (Get(column) is not { } text) return null;
        // some exports write whole numbers as "12.0"
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0 && value == Math.Floor(value) && value < 1e12)
            return (long)value;
        throw new FormatException($"{column}: \"{text}\" is not a count (a whole number, 0 or more)");
    }

    /// <summary>A small code such as time_precision 1-3; null when empty.</summary>
    public int? Code(string column, int min, int max)
    {
        if (Get(column) is not { } text) return null;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new FormatException($"{column}: \"{text}\" is not a code from {min} to {max}");
    }

    public double? Coordinate(string column, double limit)
    {
        if (Get(column) is not { } text) return null;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && Math.Abs(value) <= limit && double.IsFinite(value)
            ? value
            : throw new FormatException($"{column}: \"{text}\" is not a coordinate between -{limit} and {limit}");
    }

    /// <summary>The row's raw bytes: a content id for files without an id column.</summary>
    public ReadOnlySpan<byte> Raw => reader.RawRecord;
}
