using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Time;

/// <summary>
/// Gives an event its date from the time expressions the <see cref="TimeAnnotator"/> found, in
/// this order, lowering the precision at each step and naming the step in <see cref="EventDate.Source"/>:
/// <list type="number">
/// <item>"own-clause": a date inside the event's own span (the finest one, the first if tied);</item>
/// <item>"sentence": a date elsewhere in the sentence(s) the span lies in;</item>
/// <item>"since": a day the event's sentence says it has gone on since ("fighting since Sunday"):
/// from that day to the statement or reference date;</item>
/// <item>"next-sentence": a day date in the next sentence of the paragraph when that sentence goes
/// on telling the event ("The blast happened on Wednesday afternoon", see
/// <see cref="TimeExpression.Continues"/>) and is not after the statement date;</item>
/// <item>"statement": the date of a statement in that sentence ("police said on Monday"): the
/// event happened then or shortly before;</item>
/// <item>"paragraph": the most recent day, week or month date in an earlier sentence of the same
/// paragraph, one precision step coarser (a year there is a history recap, a future date is a
/// plan: both are skipped);</item>
/// <item>"dateline": the date of the text's dateline or press-release line, at week precision (day
/// precision when the text opens with the date itself: "3 March 2020: ...");</item>
/// <item>"publication" (or "reference" when the caller gave another reference date): that day, at week precision.</item>
/// </list>
/// Only expressions with <see cref="TimeRole.When"/> count: "since 2001", "until 2014",
/// "a February 2019 report" and durations never date an event.
/// </summary>
public static class EventDating
{
    public const string OwnClause = "own-clause";
    public const string SameSentence = "sentence";
    public const string Paragraph = "paragraph";
    public const string Publication = "publication";
    public const string Reference = "reference";
    public const string Statement = "statement";
    public const string Since = "since";
    public const string NextSentence = "next-sentence";
    public const string Dateline = "dateline";

    /// <summary>
    /// The date of the event written at <paramref name="eventSpan"/> (its clause or sentence) and
    /// the expression it came from (null when it fell back to the publication date). Null when
    /// the text has no usable date and the document has no reference date.
    /// </summary>
    public static (EventDate Date, TimeExpression? Expression)? DateFor(Document doc, Span eventSpan)
    {
        if (Best(doc, doc.Times.Where(t => eventSpan.Contains(t.Span))) is { } own)
            return (Of(own, own.Precision, OwnClause), own);

        var sentences = doc.Sentences.Where(s => s.Span.Overlaps(eventSpan)).ToList();
        if (sentences.Count > 0)
        {
            var sentenceSpan = new Span(sentences[0].Span.Start, sentences[^1].Span.End);
            if (Best(doc, doc.Times.Where(t => sentenceSpan.Contains(t.Span) && !t.Span.Overlaps(eventSpan))) is { } near)
                return (Of(near, near.Precision, SameSentence), near);
            var said = doc.Times.LastOrDefault(t => sentenceSpan.Contains(t.Span) && IsStatementDate(t));
            if (doc.Times.FirstOrDefault(t => sentenceSpan.Contains(t.Span) && t.Role == TimeRole.Since && IsPastDay(t)) is { } since)
            {
                var until = said?.End ?? doc.ReferenceDate ?? since.End!.Value;
                if (until < since.Start!.Value) until = since.End!.Value;
                return (new EventDate(since.Start!.Value, until, CalendarMath.PrecisionOf(since.Start!.Value, until), Since), since);
            }
            var last = sentences[^1];
            var next = doc.Sentences.FirstOrDefault(s => s.Paragraph == last.Paragraph && s.Index == last.Index + 1);
            if (next is not null && doc.Times.FirstOrDefault(t => next.Span.Contains(t.Span) && t.Continues && Dates(t) && IsPastDay(t)) is { } told
                && (said is null || told.Start <= said.End))
                return (Of(told, told.Precision, NextSentence), told);
            if (said is not null)
                return (Of(said, said.Precision, Statement), said);

            var first = sentences[0];
            foreach (var earlier in doc.Sentences.Where(s => s.Paragraph == first.Paragraph && s.Index < first.Index).Reverse())
            {
                var carried = doc.Times.LastOrDefault(t => earlier.Span.Contains(t.Span) && Dates(t) && !t.Future && t.Precision != DatePrecision.Year);
                if (carried is not null)
                    return (Of(carried, Coarser(carried.Precision), Paragraph), carried);
            }
        }

        if (doc.Times.FirstOrDefault(t => t.Role == TimeRole.Dateline && t.IsResolved) is { } dateline)
            // a text that opens with its date ("3 March 2020: Taliban fighters ...") is a note of that day
            return (Of(dateline, string.IsNullOrWhiteSpace(doc.Text[..dateline.Span.Start]) ? DatePrecision.Day : DatePrecision.Week, Dateline), dateline);
        if (doc.ReferenceDate is not { } reference) return null;
        var source = doc.Article.Published == reference ? Publication : Reference;
        return (new EventDate(reference, reference, DatePrecision.Week, source), null);
    }

    /// <summary>Whether an expression may date an event at all.</summary>
    public static bool Dates(TimeExpression t) => t.IsResolved && !t.IsDuration && t.Role == TimeRole.When;

    private static bool IsPastDay(TimeExpression t) => t.IsResolved && !t.IsDuration && !t.Future && t.Precision == DatePrecision.Day;

    private static bool IsStatementDate(TimeExpression t) =>
        t.IsResolved && !t.IsDuration && !t.Future && t.Role == TimeRole.Statement;

    /// <summary>
    /// The finest date; of two equally fine, the first, except that a possessive date ("Tuesday's
    /// attack") beats a plain one: it names the day of the event noun it stands before, while the plain
    /// one in such a sentence dates an update ("officials on Thursday raised the toll from Tuesday's attack").
    /// </summary>
    private static TimeExpression? Best(Document doc, IEnumerable<TimeExpression> candidates)
    {
        TimeExpression? best = null;
        foreach (var t in candidates)
            if (Dates(t) && (best is null || t.Precision < best.Precision
                || t.Precision == best.Precision && IsPossessive(doc, t) && !IsPossessive(doc, best))) best = t;
        return best;
    }

    private static bool IsPossessive(Document doc, TimeExpression t) =>
        t.Span.End + 1 < doc.Text.Length && doc.Text[t.Span.End] is '\'' or '\u2019' && doc.Text[t.Span.End + 1] == 's'
        && (t.Span.End + 2 == doc.Text.Length || !char.IsLetter(doc.Text[t.Span.End + 2]));

    private static EventDate Of(TimeExpression t, DatePrecision precision, string source) =>
        new(t.Start!.Value, t.End!.Value, precision, source);

    /// <summary>One step coarser, but never beyond month: ACLED has no coarser time precision.</summary>
    private static DatePrecision Coarser(DatePrecision p) => p switch
    {
        DatePrecision.Day => DatePrecision.Week,
        _ => DatePrecision.Month,
    };
}
