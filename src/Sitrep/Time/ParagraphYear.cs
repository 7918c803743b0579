using Sitrep.Text;

namespace Sitrep.Time;

/// <summary>
/// The year a yearless month-day ("On July 24", "the night of July 25 to 26") takes when the
/// article has no publication date: the year of a date written in full (day, month and year) in
/// the same paragraph, and only when that is the one year the paragraph states. Any other year
/// there ("since 2001", "in 2018", a second full date in another year) makes the paragraph
/// ambiguous and the month-day stays unresolved, as it would without this rule: a wrong year is
/// worse than no date, because a missing one is reported and a wrong one is not. A full date that
/// opens or closes a period or dates a document ("since 11 September 2001") is never the source.
/// Known risk: a lone historical full date ("the attacks of 11 September 2001") is taken as the
/// paragraph's year; the rule id and anchor name it, so <c>sitrep explain</c> shows where a year came from.
/// A sentence lies inside its paragraph, so a full date in the same sentence counts too; the
/// sentence alone is never enough when the rest of its paragraph names another year.
/// Used only without a reference date: with one, the month-day takes the year that puts it on or
/// before the publication date instead (<see cref="CalendarMath.InferYear"/>).
/// </summary>
internal sealed class ParagraphYear
{
    /// <summary>Rules of month-days written without a year, which this inference may complete.</summary>
    public static readonly HashSet<string> MonthDayRules = new(
        ["date.md", "date.dm", "date.range.md-d", "date.range.md-md", "date.range.dm-dm", "date.range.d-dm"],
        StringComparer.Ordinal);

    /// <summary>Suffix of the rule of a month-day dated this way, so its evidence (and <c>sitrep explain</c>) says so.</summary>
    public const string RuleSuffix = ".paragraph-year";

    private readonly IReadOnlyList<Sentence> _sentences;
    private readonly Dictionary<int, TimeExpression> _sourceByParagraph = [];

    /// <param name="found">The expressions found without a reference date (absolute ones resolved, the rest not).</param>
    public ParagraphYear(IReadOnlyList<TimeExpression> found, IReadOnlyList<Sentence> sentences)
    {
        _sentences = sentences;
        var years = new Dictionary<int, HashSet<int>>();
        var fullDates = new Dictionary<int, TimeExpression>();
        foreach (var t in found)
        {
            if (t.Anchor != TimeExpression.AbsoluteAnchor || !t.IsResolved || ParagraphOf(t.Span.Start) is not { } paragraph) continue;
            if (!years.TryGetValue(paragraph, out var stated)) years[paragraph] = stated = [];
            stated.Add(t.Start!.Value.Year);
            stated.Add(t.End!.Value.Year); // "2019-2020" states two years
            // "since 11 September 2001", "until", "a 3 March 2019 report" state a year but date no event: never a source.
            if (t.Precision == DatePrecision.Day && t.Role is TimeRole.When or TimeRole.Statement) fullDates.TryAdd(paragraph, t);
        }
        foreach (var (paragraph, full) in fullDates)
            if (years[paragraph].Count == 1) _sourceByParagraph[paragraph] = full;
    }

    /// <summary>Whether any paragraph states exactly one year in a full date.</summary>
    public bool Any => _sourceByParagraph.Count > 0;

    /// <summary>Whether <paramref name="t"/> is a yearless month-day still waiting for a year.</summary>
    public static bool Wants(TimeExpression t) => t.LacksReference && MonthDayRules.Contains(BaseRule(t.Rule));

    /// <summary>The full date whose year a month-day at <paramref name="offset"/> takes; null when its paragraph has none or is ambiguous.</summary>
    public TimeExpression? SourceFor(int offset) =>
        ParagraphOf(offset) is { } paragraph ? _sourceByParagraph.GetValueOrDefault(paragraph) : null;

    private int? ParagraphOf(int offset)
    {
        foreach (var s in _sentences)
            if (s.Span.Start <= offset && offset < s.Span.End) return s.Paragraph;
        return null;
    }

    private static string BaseRule(string rule) => rule.EndsWith(".night", StringComparison.Ordinal) ? rule[..^".night".Length] : rule;
}
