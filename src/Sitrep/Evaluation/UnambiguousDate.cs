using System.Globalization;

namespace Sitrep.Evaluation;

/// <summary>
/// Reads a calendar date written by a person or a dataset only when it can mean one day:
/// ISO (2020-03-12), "12 March 2020", "12 Mar 2020", "12-Mar-2020", "March 12, 2020". Slashed
/// dates are refused, even those that happen to be readable (18/06/2020): 03/06/2020 is
/// 3 June in Kabul and March 6 in Washington, and a silent guess corrupts a dataset. Digits run
/// together (20200612) are refused too. Used by the gold readers and every date option of the CLI.
/// </summary>
public static class UnambiguousDate
{
    // ACLED's export tool writes "12 March 2020", its API "2020-03-12"; spreadsheets re-save as "12-Mar-2020".
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "d MMMM yyyy", "d MMM yyyy", "d-MMMM-yyyy", "d-MMM-yyyy", "MMMM d, yyyy", "MMMM d yyyy", "MMM d, yyyy", "MMM d yyyy",
    ];

    public const string Description = "a date such as 2020-03-12 or 12 March 2020";

    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        return text is not null && DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date);
    }

    /// <summary>Why <paramref name="text"/> is refused, to follow "found ...": says which readings a slashed date allows.</summary>
    public static string Problem(string text)
    {
        var t = text.Trim();
        var parts = t.Split('/', '.');
        if (parts.Length == 3 && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)))
        {
            var (a, b) = (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
            if (parts[0].Length <= 2 && parts[1].Length <= 2 && parts[2].Length == 4)
            {
                var year = int.Parse(parts[2], CultureInfo.InvariantCulture);
                var readings = new[] { Reading(year, b, a), Reading(year, a, b) }.OfType<DateOnly>().Distinct().ToList();
                return readings.Count switch
                {
                    2 => $"\"{t}\" is ambiguous: {Written(readings[0])} or {Written(readings[1])}; write {Iso(readings[0])} or {Iso(readings[1])}",
                    1 => $"\"{t}\" is a slashed date, which Sitrep does not guess the order of; write {Iso(readings[0])} if you mean {Written(readings[0])}",
                    _ => $"\"{t}\" is not a date; write {Description}",
                };
            }
        }
        if (t.Length == 8 && t.All(char.IsAsciiDigit))
            return $"\"{t}\" is digits run together; write {Description} (for 12 March 2020: 2020-03-12)";
        return $"\"{t}\" is not {Description}";
    }

    private static DateOnly? Reading(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Written(DateOnly d) => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
