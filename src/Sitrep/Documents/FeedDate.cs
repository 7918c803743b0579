using System.Globalization;
using System.Text.RegularExpressions;

namespace Sitrep.Documents;

/// <summary>
/// Feed dates: RFC 822 as RSS writes it (often with a named zone such as "EST" or "GMT", or no
/// weekday), and ISO 8601 as Atom does. The calendar date the feed wrote is kept.
/// </summary>
public static partial class FeedDate
{
    [GeneratedRegex(@"^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{2,4})\b")]
    private static partial Regex Rfc822();

    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var match = Rfc822().Match(value.Trim());
        if (match.Success)
        {
            var year = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
            if (year < 100) year += year < 70 ? 2000 : 1900;
            var text = $"{match.Groups[1].Value} {match.Groups[2].Value} {year}";
            if (DateOnly.TryParseExact(text, "d MMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return date;
        }
        return PublishedDate.Parse(value);
    }
}
