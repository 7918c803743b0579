using System.Globalization;

namespace Sitrep.Documents;

/// <summary>Parses the publication dates sources write: ISO 8601 dates and timestamps, RFC 1123, "7 July 2019".</summary>
public static class PublishedDate
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy/MM/dd", "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "yyyyMMdd",
    ];

    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = value.Trim();
        if (DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date))
            return date;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp))
            return DateOnly.FromDateTime(stamp.DateTime); // the date as the source wrote it, not shifted to UTC
        return null;
    }
}
