using System.Globalization;

namespace Sitrep.Evaluation;

/// <summary>
/// Parses the values of gold records as the datasets write them. A value that does not parse
/// throws a <see cref="FormatException"/> whose message names the field and what was expected,
/// so the reader can report it at its line.
/// </summary>
internal static class GoldValues
{
    public const string DateFormatsDescription = UnambiguousDate.Description;

    public static DateOnly? Date(string field, string? raw)
    {
        var value = Clean(raw);
        if (value is null)
            return null;
        // UCDP GED CSVs carry a time of day after the date ("2020-03-12 00:00:00.000").
        if (value.Length > 10 && value[4] == '-' && value[7] == '-' && (value[10] == ' ' || value[10] == 'T'))
            value = value[..10];
        if (UnambiguousDate.TryParse(value, out var date))
            return date;
        throw new FormatException($"{field}: expected {DateFormatsDescription}, found \"{value}\"");
    }

    public static long? Count(string field, string? raw)
    {
        var value = Clean(raw);
        if (value is null)
            return null;
        if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) && count >= 0)
            return count;
        // Some exports write counts as floats ("8.0").
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            && d >= 0 && d == Math.Floor(d) && d < long.MaxValue)
            return (long)d;
        throw new FormatException($"{field}: expected a whole number of people (0 or more), found \"{value}\"");
    }

    public static double? Coordinate(string field, string? raw, double limit)
    {
        var value = Clean(raw);
        if (value is null)
            return null;
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            return InRange(field, d, limit);
        throw new FormatException($"{field}: expected decimal degrees, found \"{value}\"");
    }

    public static double InRange(string field, double degrees, double limit) =>
        Math.Abs(degrees) <= limit
            ? degrees
            : throw new FormatException($"{field}: {degrees.ToString(CultureInfo.InvariantCulture)} is outside [-{limit}, {limit}]");

    /// <summary>Trimmed text, or null for an empty field.</summary>
    public static string? Clean(string? raw)
    {
        var value = raw?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
