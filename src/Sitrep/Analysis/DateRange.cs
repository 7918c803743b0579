using System.Globalization;
using Sitrep.Evaluation;

namespace Sitrep.Analysis;

/// <summary>An interval of whole days, both ends included: 2020-02-22..2020-02-28 is 7 days.</summary>
public sealed record DateRange(DateOnly From, DateOnly To)
{
    public int Days => To.DayNumber - From.DayNumber + 1;

    public bool Contains(DateOnly day) => day >= From && day <= To;

    /// <summary>The range of the same length that ends the day before this one starts: the default baseline.</summary>
    public DateRange Before() => new(From.AddDays(-Days), From.AddDays(-1));

    public override string ToString() => $"{Iso(From)}..{Iso(To)}";

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads "A..B" with each end a date the CLI accepts elsewhere (2020-02-22, 22 Feb 2020); an
    /// ambiguous or unreadable end, or an end before the start, is refused with the reason.
    /// </summary>
    public static bool TryParse(string text, out DateRange? range, out string? problem)
    {
        range = null;
        var parts = text.Split("..", StringSplitOptions.TrimEntries);
        if (parts.Length != 2)
        {
            problem = $"\"{text}\" is not a date range: write FROM..TO, e.g. 2020-02-22..2020-02-28, or a window name";
            return false;
        }
        foreach (var part in parts)
            if (!UnambiguousDate.TryParse(part, out _))
            {
                problem = UnambiguousDate.Problem(part);
                return false;
            }
        UnambiguousDate.TryParse(parts[0], out var from);
        UnambiguousDate.TryParse(parts[1], out var to);
        if (to < from)
        {
            problem = $"\"{text}\" ends before it starts";
            return false;
        }
        range = new DateRange(from, to);
        problem = null;
        return true;
    }
}
