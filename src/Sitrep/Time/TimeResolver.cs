using System.Text.RegularExpressions;

namespace Sitrep.Time;

/// <summary>
/// Turns one match of <see cref="TimePatterns"/> into an interval. Pure: the reference date,
/// whether the sentence is about the future, the previous resolved date and (without a reference
/// date) the year the paragraph states are passed in.
/// Returns null when the text only looks like a date (31 June, 13/13/2019).
/// </summary>
internal sealed class TimeResolver(TimeLexicon lexicon)
{
    /// <summary>"in the past weeks" with no number: the vague count assumed (as for "several").</summary>
    private const int VagueCount = 3;

    public TimeReading? Resolve(Match m, string rule, DateOnly? reference, bool futureSentence, TimeExpression? previous, int? paragraphYear = null)
    {
        var needsReference = rule switch
        {
            "date.iso" or "date.numeric" or "date.dmy" or "date.mdy" or "date.my" or "date.decade"
                or "date.range.year" or "date.year" or "date.year.modifier" or "duration" or "date.relative.chained" => false,
            "date.solar" => !m.Groups["sy"].Success,
            // "1399/01/12": a numeric solar date, year first
            "date.part.month" or "date.weeks-of" or "date.range.month" or "date.range.md-d" or "date.range.md-md"
                or "date.range.dm-dm" or "date.range.d-dm" => !m.Groups["y"].Success,
            _ => true,
        };
        if (needsReference && reference is null)
            return paragraphYear is { } year && ParagraphYear.MonthDayRules.Contains(rule) ? InYear(m, rule, year) : Unresolved(m, rule);

        var r = reference.GetValueOrDefault();
        return rule switch
        {
            "date.iso" => Day(Calendar(Int(m, "y"), Int(m, "mo"), Int(m, "d1")), rule, TimeAnchoring.Absolute),
            "date.numeric" => Numeric(m, reference),
            "date.dmy" or "date.mdy" => Day(Calendar(Int(m, "y"), Month(m, "m1"), Int(m, "d1")), rule, TimeAnchoring.Absolute),
            "date.dm" or "date.md" => MonthDay(m, rule, r, futureSentence),
            "date.range.md-d" or "date.range.md-md" or "date.range.dm-dm" or "date.range.d-dm" => DayRange(m, rule, r, futureSentence),
            "date.range.month" => MonthRange(m, rule, r, futureSentence),
            "date.range.year" => Int(m, "y1") <= Int(m, "y")
                ? new TimeReading(CalendarMath.Year(Int(m, "y1")).Start, CalendarMath.Year(Int(m, "y")).End, DatePrecision.Year, rule, TimeAnchoring.Absolute)
                : null,
            "date.weeks-of" => WeeksOf(m, rule, r, futureSentence),
            "date.part.month" => PartOfMonth(m, rule, r, futureSentence),
            "date.part.year" => PartOfYear(m, rule),
            "date.my" => Whole(CalendarMath.Month(Int(m, "y"), Month(m, "m1")), DatePrecision.Month, rule, TimeAnchoring.Absolute),
            "date.month" => MonthAlone(m, rule, r, futureSentence),
            "date.month.relative" => RelativeMonth(m, rule, r),
            "date.decade" => new TimeReading(new DateOnly(Int(m, "dec"), 1, 1), new DateOnly(Int(m, "dec") + 9, 12, 31), DatePrecision.Year, rule, TimeAnchoring.Absolute),
            "date.year" => Whole(CalendarMath.Year(Int(m, "y")), DatePrecision.Year, rule, TimeAnchoring.Absolute),
            "date.year.modifier" => Whole(CalendarMath.Year(Int(m, "y")), DatePrecision.Year, rule, TimeAnchoring.Absolute) with { Role = TimeRole.Modifier },
            "date.relative.ago" => Ago(m, rule, r),
            "date.relative.chained" => Chained(m, rule, previous),
            "date.relative.back" => Back(m, rule, r),
            "date.relative" => Fixed(m, rule, r),
            "date.weekday" or "date.weekday.overnight" => Weekday(m, rule, r, futureSentence),
            "date.nth-day" => NthDay(m, rule, r, futureSentence),
            "date.solar" => Solar(m, rule, reference, futureSentence),
            "date.holiday" => Holiday(m, rule, r, futureSentence),
            "date.day-of-month" => DayOfMonth(m, rule, r, futureSentence),
            "duration" => new TimeReading(null, null, PrecisionOfUnit(Unit(m)), rule, TimeAnchoring.Duration, IsDuration: true),
            _ => null,
        };
    }

    private TimeReading Unresolved(Match m, string rule)
    {
        var precision = rule switch
        {
            "date.dm" or "date.md" or "date.weekday" or "date.weekday.overnight" or "date.nth-day" or "date.solar" or "date.holiday" or "date.day-of-month" => DatePrecision.Day,
            "date.relative.ago" or "date.relative.back" => PrecisionOfUnit(Unit(m)),
            "date.relative" => lexicon.Relative[Key(m, "rel")].Unit switch
            {
                "day" => DatePrecision.Day,
                "week" or "weekend" => DatePrecision.Week,
                "month" => DatePrecision.Month,
                _ => DatePrecision.Year,
            },
            "date.range.md-d" or "date.range.md-md" or "date.range.dm-dm" or "date.range.d-dm" => DatePrecision.Week,
            _ => DatePrecision.Month,
        };
        var night = m.Groups["night"].Success ? ".night" : "";
        return new(null, null, precision, rule + night, TimeAnchoring.Reference);
    }

    /// <summary>A yearless month-day or day range in the one year its paragraph states (<see cref="ParagraphYear"/>); unresolved if not a date that year (29 February).</summary>
    private TimeReading InYear(Match m, string rule, int year)
    {
        var reading = rule is "date.md" or "date.dm"
            ? Day(Calendar(year, Month(m, "m1"), Int(m, "d1")), m.Groups["night"].Success ? rule + ".night" : rule, TimeAnchoring.StatedYear)
            : DayRange(m, rule, default, false, year);
        return reading is { } r
            ? r with { Rule = r.Rule + ParagraphYear.RuleSuffix, Anchoring = TimeAnchoring.StatedYear }
            : Unresolved(m, rule);
    }

    private TimeReading? Numeric(Match m, DateOnly? reference)
    {
        int a = Int(m, "a"), b = Int(m, "b"), y = Int(m, "y");
        if (y < 100) y += 2000;
        var dayFirst = CalendarMath.TryDate(y, b, a);
        var monthFirst = CalendarMath.TryDate(y, a, b);
        // Dotted dates (7.3.2019) are written day first wherever they are used.
        if (m.Groups["sep"].Value == ".") return Day(dayFirst, "date.numeric.dmy", TimeAnchoring.Absolute);
        if (dayFirst is null || monthFirst is null || dayFirst == monthFirst)
            return Day(monthFirst ?? dayFirst, dayFirst == monthFirst ? "date.numeric.same" : monthFirst is null ? "date.numeric.dmy" : "date.numeric.mdy", TimeAnchoring.Absolute);
        // Both readings are valid: take the one on or before the reference date and nearest to it;
        // without a reference, or when both are past or both future, take month first (US style).
        var dayFirstWins = reference is { } r && dayFirst <= r && (monthFirst > r || dayFirst > monthFirst);
        return dayFirstWins
            ? Day(dayFirst, "date.numeric.ambiguous-dmy", TimeAnchoring.Absolute)
            : Day(monthFirst, "date.numeric.ambiguous-mdy", TimeAnchoring.Absolute);
    }

    private TimeReading? MonthDay(Match m, string rule, DateOnly reference, bool future)
    {
        var date = CalendarMath.InferYear(Month(m, "m1"), Int(m, "d1"), reference, future, CalendarMath.ReportingGraceDays);
        var night = m.Groups["night"].Success;
        return Day(date, night ? rule + ".night" : rule, TimeAnchoring.Reference, future);
    }

    /// <param name="statedYear">The year to use when the range has none, instead of inferring one from <paramref name="reference"/>.</param>
    private TimeReading? DayRange(Match m, string rule, DateOnly reference, bool future, int? statedYear = null)
    {
        var startMonth = Month(m, "m1");
        var endMonth = m.Groups["m2"].Success ? Month(m, "m2") : startMonth;
        int startDay = Int(m, "d1"), endDay = Int(m, "d2");
        var crossesYear = endMonth < startMonth;
        DateOnly? start;
        TimeAnchoring anchoring;
        if (m.Groups["y"].Success || statedYear is not null)
        {
            var endYear = m.Groups["y"].Success ? Int(m, "y") : statedYear!.Value;
            start = CalendarMath.TryDate(crossesYear ? endYear - 1 : endYear, startMonth, startDay);
            anchoring = TimeAnchoring.Absolute;
        }
        else
        {
            start = CalendarMath.InferYear(startMonth, startDay, reference, future, CalendarMath.ReportingGraceDays);
            anchoring = TimeAnchoring.Reference;
        }
        if (start is not { } s) return null;
        var end = CalendarMath.TryDate(crossesYear ? s.Year + 1 : s.Year, endMonth, endDay);
        if (end is not { } e || e < s) return null;
        var night = m.Groups["night"].Success;
        var precision = night && e.DayNumber - s.DayNumber <= 1 ? DatePrecision.Day : CalendarMath.PrecisionOf(s, e);
        return new TimeReading(s, e, precision, night ? rule + ".night" : rule, anchoring, future);
    }

    private TimeReading? MonthRange(Match m, string rule, DateOnly reference, bool future)
    {
        int first = Month(m, "m1"), last = Month(m, "m2");
        int startYear, endYear;
        var anchoring = TimeAnchoring.Absolute;
        if (m.Groups["y"].Success)
        {
            endYear = Int(m, "y");
            startYear = m.Groups["y1"].Success ? Int(m, "y1") : last < first ? endYear - 1 : endYear;
        }
        else
        {
            startYear = CalendarMath.InferMonthYear(first, reference, future);
            endYear = last < first ? startYear + 1 : startYear;
            anchoring = TimeAnchoring.Reference;
        }
        var start = new DateOnly(startYear, first, 1);
        var end = CalendarMath.Month(endYear, last).End;
        return end < start ? null : new TimeReading(start, end, DatePrecision.Month, rule, anchoring, future);
    }

    private TimeReading? WeeksOf(Match m, string rule, DateOnly reference, bool future)
    {
        var (year, anchoring) = YearOfMonth(m, reference, future);
        var month = Month(m, "m1");
        var weeks = m.Groups["n"].Success ? Count(m) : 1;
        var ordinal = lexicon.Ordinals[Key(m, "ord")];
        var days = DateTime.DaysInMonth(year, month);
        var (first, last) = ordinal < 0
            ? (days - 7 * weeks + 1, days)
            : ((ordinal - 1) * 7 + 1, (ordinal - 1) * 7 + 7 * weeks);
        if (first < 1 || first > days) return null;
        var start = new DateOnly(year, month, first);
        var end = new DateOnly(year, month, Math.Min(last, days));
        return new TimeReading(start, end, CalendarMath.PrecisionOf(start, end), rule, anchoring, future);
    }

    private TimeReading PartOfMonth(Match m, string rule, DateOnly reference, bool future)
    {
        var (year, anchoring) = YearOfMonth(m, reference, future);
        var part = lexicon.Parts[Key(m, "part")];
        var (start, end) = CalendarMath.PartOfMonth(year, Month(m, "m1"), part.From, part.To);
        return new TimeReading(start, end, DatePrecision.Month, rule, anchoring, future);
    }

    private TimeReading PartOfYear(Match m, string rule)
    {
        var part = lexicon.Parts[Key(m, "part")];
        var (start, end) = CalendarMath.PartOfYear(Int(m, "y"), part.From, part.To);
        return new TimeReading(start, end, DatePrecision.Year, rule, TimeAnchoring.Absolute);
    }

    private (int Year, TimeAnchoring Anchoring) YearOfMonth(Match m, DateOnly reference, bool future) =>
        m.Groups["y"].Success
            ? (Int(m, "y"), TimeAnchoring.Absolute)
            : (CalendarMath.InferMonthYear(Month(m, "m1"), reference, future), TimeAnchoring.Reference);

    private TimeReading MonthAlone(Match m, string rule, DateOnly reference, bool future)
    {
        var month = Month(m, "m1");
        var year = CalendarMath.InferMonthYear(month, reference, future);
        return Whole(CalendarMath.Month(year, month), DatePrecision.Month, rule, TimeAnchoring.Reference) with { Future = future };
    }

    private TimeReading RelativeMonth(Match m, string rule, DateOnly reference)
    {
        var month = Month(m, "m1");
        var modifier = m.Groups["mod"].Value.ToLowerInvariant();
        var year = modifier switch
        {
            "next" => month > reference.Month ? reference.Year : reference.Year + 1,
            "this" => reference.Year,
            _ => month < reference.Month ? reference.Year : reference.Year - 1,
        };
        return Whole(CalendarMath.Month(year, month), DatePrecision.Month, rule, TimeAnchoring.Reference) with { Future = modifier == "next" };
    }

    private TimeReading? Ago(Match m, string rule, DateOnly reference)
    {
        var n = Count(m);
        var unit = Unit(m);
        var (start, end) = unit switch
        {
            "day" => (reference.AddDays(-n), reference.AddDays(-n)),
            "hour" => (reference.AddDays(-(n / 24)), reference.AddDays(-(n / 24))),
            "week" => CalendarMath.Week(reference.AddDays(-7 * n)),
            "fortnight" => CalendarMath.Week(reference.AddDays(-14 * n)),
            "month" => CalendarMath.Month(reference.AddMonths(-n).Year, reference.AddMonths(-n).Month),
            "year" => CalendarMath.Year(reference.Year - n),
            "decade" => CalendarMath.Year(reference.Year - 10 * n),
            _ => (reference, reference),
        };
        return new TimeReading(start, end, PrecisionOfUnit(unit), rule, TimeAnchoring.Reference);
    }

    private TimeReading Chained(Match m, string rule, TimeExpression? previous)
    {
        // "the same day", "that night": the day of the date told just before
        var direction = m.Groups["dir"].Value.ToLowerInvariant() switch { "earlier" or "previous" => -1, "same" or "that" => 0, _ => 1 };
        var n = m.Groups["n"].Success ? Count(m) : 1;
        var unit = m.Groups["n"].Success ? Unit(m) : "day";
        if (previous?.Start is not { } anchor)
            return new TimeReading(null, null, PrecisionOfUnit(unit), rule, TimeAnchoring.Previous);
        var date = unit switch
        {
            "week" => anchor.AddDays(7 * n * direction),
            "fortnight" => anchor.AddDays(14 * n * direction),
            "month" => anchor.AddMonths(n * direction),
            "year" => anchor.AddYears(n * direction),
            "decade" => anchor.AddYears(10 * n * direction),
            "hour" => anchor.AddDays(n / 24 * direction),
            _ => anchor.AddDays(n * direction),
        };
        var precision = (DatePrecision)Math.Max((int)PrecisionOfUnit(unit), (int)previous.Precision);
        return new TimeReading(date, date, precision, rule, TimeAnchoring.Previous);
    }

    private TimeReading Back(Match m, string rule, DateOnly reference)
    {
        var unit = Unit(m);
        var plural = m.Groups["unit"].Value.EndsWith('s');
        var n = m.Groups["n"].Success ? Count(m) : plural ? VagueCount : 1;
        var start = unit switch
        {
            "hour" => reference.AddDays(-Math.Max(1, (n + 23) / 24)),
            "week" => reference.AddDays(-7 * n + 1),
            "fortnight" => reference.AddDays(-14 * n + 1),
            "month" => reference.AddMonths(-n).AddDays(1),
            "year" => reference.AddYears(-n).AddDays(1),
            "decade" => reference.AddYears(-10 * n).AddDays(1),
            _ => reference.AddDays(-n + 1),
        };
        var precision = unit == "hour" && n <= 24 ? DatePrecision.Day : CalendarMath.PrecisionOf(start, reference);
        var role = m.Groups["pre"].Value.Equals("for", StringComparison.OrdinalIgnoreCase) ? TimeRole.Since : TimeRole.When;
        return new TimeReading(start, reference, precision, rule, TimeAnchoring.Reference, Role: role);
    }

    private TimeReading? Fixed(Match m, string rule, DateOnly reference)
    {
        var phrase = lexicon.Relative[Key(m, "rel")];
        var n = phrase.N;
        (DateOnly Start, DateOnly End) unitAt(DateOnly day) => phrase.Unit switch
        {
            "week" => CalendarMath.Week(day),
            "weekend" => (CalendarMath.Week(day).Start.AddDays(5), CalendarMath.Week(day).End),
            "month" => CalendarMath.Month(day.Year, day.Month),
            "year" => CalendarMath.Year(day.Year),
            _ => (day, day),
        };
        DateOnly shifted = phrase.Unit switch
        {
            "week" or "weekend" => reference.AddDays(7 * n),
            "month" => reference.AddMonths(n),
            "year" => reference.AddYears(n),
            _ => reference.AddDays(n),
        };
        var precision = phrase.Unit switch
        {
            "day" => DatePrecision.Day,
            "week" or "weekend" => DatePrecision.Week,
            "month" => DatePrecision.Month,
            _ => DatePrecision.Year,
        };
        var rel = rule + "." + phrase.Kind;
        return phrase.Kind switch
        {
            "shift" => Whole(unitAt(shifted), precision, rel, TimeAnchoring.Reference) with { Future = n > 0 },
            "todate" => new TimeReading(unitAt(reference).Start, reference, precision, rel, TimeAnchoring.Reference),
            "rest" => new TimeReading(reference, unitAt(reference).End, precision, rel, TimeAnchoring.Reference, Future: true),
            "back" => BackWindow(phrase, reference, rel),
            "latest" => Latest(unitAt, phrase.Unit, reference, precision, rel),
            _ => null,
        };
    }

    /// <summary>The most recent unit that has begun by the reference date, cut at it; for a weekend, last week's when this one has not begun.</summary>
    private static TimeReading Latest(Func<DateOnly, (DateOnly Start, DateOnly End)> unitAt, string unit, DateOnly reference,
        DatePrecision precision, string rule)
    {
        var (start, end) = unitAt(reference);
        if (start > reference) (start, end) = unitAt(reference.AddDays(unit is "week" or "weekend" ? -7 : -1));
        return new TimeReading(start, end < reference ? end : reference, precision, rule, TimeAnchoring.Reference);
    }

    private static TimeReading BackWindow(RelativePhrase phrase, DateOnly reference, string rule)
    {
        var start = phrase.Unit switch
        {
            "week" => reference.AddDays(-7 * phrase.N + 1),
            "month" => reference.AddMonths(-phrase.N).AddDays(1),
            "year" => reference.AddYears(-phrase.N).AddDays(1),
            _ => reference.AddDays(-phrase.N + 1),
        };
        return new TimeReading(start, reference, CalendarMath.PrecisionOf(start, reference), rule, TimeAnchoring.Reference);
    }

    /// <summary>"12 Asad 1398": 1 Hamal of that solar year plus the days of the months before. Without a year, the latest such day on or before the reference (plus grace).</summary>
    private TimeReading? Solar(Match m, string rule, DateOnly? reference, bool future)
    {
        var month = m.Groups["smo"].Success ? Int(m, "smo") : lexicon.SolarMonths[m.Groups["sm"].Value.ToLowerInvariant()];
        var day = Int(m, "d1");
        if (day > (month <= 6 ? 31 : 30)) return null;
        var offset = 31 * Math.Min(month - 1, 6) + 30 * Math.Max(month - 7, 0) + day - 1;
        // 30 Hut exists only in a leap year: the day must come before the next Nowruz
        DateOnly? In(int year) => lexicon.SolarYears.TryGetValue(year, out var nowruz)
            && (!lexicon.SolarYears.TryGetValue(year + 1, out var next) || nowruz.AddDays(offset) < next) ? nowruz.AddDays(offset) : null;
        if (m.Groups["sy"].Success)
            return Day(In(Int(m, "sy")), rule, TimeAnchoring.Absolute);
        var r = reference!.Value;
        var latest = r.AddDays(CalendarMath.ReportingGraceDays);
        var candidates = lexicon.SolarYears.Keys.Select(In).OfType<DateOnly>();
        DateOnly? date = future
            ? candidates.Where(d => d >= r).Order().FirstOrDefault() is var f && f != default ? f : null
            : candidates.Where(d => d <= latest).Order().LastOrDefault() is var p && p != default ? p : null;
        return Day(date, rule, TimeAnchoring.Reference, future);
    }

    /// <summary>"on Eid al-Adha", "the eve of Eid", "the second day of Eid": the latest listed date of that holiday on or before the reference (plus grace).</summary>
    private TimeReading? Holiday(Match m, string rule, DateOnly reference, bool future)
    {
        var name = string.Join(' ', m.Groups["hol"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var shift = m.Groups["eve"].Success ? -1
            : m.Groups["hord"].Success ? m.Groups["hord"].Value.ToLowerInvariant() switch { "second" => 1, "third" => 2, _ => 0 }
            : 0;
        var latest = reference.AddDays(CalendarMath.ReportingGraceDays);
        var dates = lexicon.Holidays.Where(h => h.Name == name)
            .SelectMany(h => h.Year is { } y ? [CalendarMath.TryDate(y, h.Month, h.Day)]
                : new[] { reference.Year - 1, reference.Year, reference.Year + 1 }.Select(y => CalendarMath.TryDate(y, h.Month, h.Day)))
            .OfType<DateOnly>().Select(d => d.AddDays(shift)).Order().ToList();
        DateOnly? date = future
            ? dates.Where(d => d >= reference).Select(d => (DateOnly?)d).FirstOrDefault()
            : dates.Where(d => d <= latest).Select(d => (DateOnly?)d).LastOrDefault();
        var rel = rule + (shift < 0 ? ".eve" : "");
        return Day(date, rel, TimeAnchoring.Reference, future);
    }

    /// <summary>"on the 8th": the latest 8th of a month on or before the reference (the next one in a future sentence).</summary>
    private static TimeReading? DayOfMonth(Match m, string rule, DateOnly reference, bool future)
    {
        var day = Int(m, "d1");
        var month = new DateOnly(reference.Year, reference.Month, 1);
        for (var i = 0; i < 4; i++)
        {
            var candidate = CalendarMath.TryDate(month.Year, month.Month, day);
            if (candidate is { } c && (future ? c >= reference : c <= reference))
                return Day(c, rule, TimeAnchoring.Reference, future);
            month = month.AddMonths(future ? 1 : -1);
        }
        return null;
    }

    /// <summary>"for a third day on Thursday": the days from the first one up to that weekday.</summary>
    private TimeReading? NthDay(Match m, string rule, DateOnly reference, bool future)
    {
        var n = lexicon.Ordinals[Key(m, "ord")];
        if (n < 2) return null;
        var last = Weekday(m, rule, reference, future);
        var start = last.Start!.Value.AddDays(-(n - 1));
        return last with { Start = start, Precision = CalendarMath.PrecisionOf(start, last.End!.Value) };
    }

    private TimeReading Weekday(Match m, string rule, DateOnly reference, bool future)
    {
        if (m.Groups["lw"].Success)
        {
            // "on Tuesday last week": that weekday in the Monday-Sunday week before the reference week
            var monday = CalendarMath.Week(reference).Start.AddDays(-7);
            var inLastWeek = monday.AddDays(lexicon.Weekdays[Key(m, "wd").TrimEnd('.')] - 1);
            return new TimeReading(inLastWeek, inLastWeek, DatePrecision.Day, rule + ".last-week", TimeAnchoring.Reference);
        }
        var day = lexicon.Weekdays[Key(m, "wd").TrimEnd('.')];
        var modifier = m.Groups["mod"].Success ? m.Groups["mod"].Value.ToLowerInvariant() : "";
        var direction = modifier switch
        {
            "last" or "past" => -2,
            "next" => 2,
            _ => future ? 1 : -1,
        };
        var date = CalendarMath.Weekday(day, reference, direction);
        return new TimeReading(date, date, DatePrecision.Day, rule, TimeAnchoring.Reference, date > reference);
    }

    private static DatePrecision PrecisionOfUnit(string unit) => unit switch
    {
        "day" or "hour" => DatePrecision.Day,
        "week" or "fortnight" => DatePrecision.Week,
        "month" => DatePrecision.Month,
        _ => DatePrecision.Year,
    };

    private static TimeReading? Day(DateOnly? date, string rule, TimeAnchoring anchoring, bool future = false) =>
        date is { } d ? new TimeReading(d, d, DatePrecision.Day, rule, anchoring, future) : null;

    private static TimeReading Whole((DateOnly Start, DateOnly End) interval, DatePrecision precision, string rule, TimeAnchoring anchoring) =>
        new(interval.Start, interval.End, precision, rule, anchoring);

    private static DateOnly? Calendar(int year, int month, int day) => CalendarMath.TryDate(year, month, day);

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);

    private int Month(Match m, string group) => lexicon.Months[m.Groups[group].Value.ToLowerInvariant()];

    private string Unit(Match m) => lexicon.Units[m.Groups["unit"].Value.ToLowerInvariant()];

    private int Count(Match m)
    {
        var text = Key(m, "n");
        return char.IsDigit(text[0]) ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : lexicon.Numbers[text];
    }

    /// <summary>A group's text as a lexicon key: lower case, single spaces.</summary>
    private static string Key(Match m, string group) =>
        string.Join(' ', m.Groups[group].Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
