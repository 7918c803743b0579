using Sitrep.Pipeline;

namespace Sitrep.Time;

/// <summary>
/// An article with no publication (reference) date whose text has dates that only one would
/// resolve ("last week", "on Tuesday", "On July 24" with no year in its paragraph). Their events
/// then have no date, or a coarser one; this record exists so that the commands can say so and
/// where, instead of leaving the user to find null dates in the output.
/// </summary>
/// <param name="Location">Where the article was read from: a file, "file:line" for a JSONL record.</param>
/// <param name="Unresolved">How many dates were left unresolved for lack of a publication date.</param>
/// <param name="Examples">The first of them (at most <see cref="MaxExamples"/>), to quote.</param>
/// <param name="UndatedEvents">How many of the article's <paramref name="Events"/> have no date.</param>
public sealed record UndatedArticle(string Location, string ArticleId, int Unresolved, IReadOnlyList<TimeExpression> Examples, int Events, int UndatedEvents)
{
    public const int MaxExamples = 2;

    /// <summary>The report for a processed document; null when it has a reference date or every date in it resolved.</summary>
    public static UndatedArticle? Of(Document document)
    {
        if (document.ReferenceDate is not null) return null;
        var unresolved = document.Times.Where(t => t.LacksReference).ToList();
        if (unresolved.Count == 0) return null;
        var a = document.Article;
        return new UndatedArticle(a.Source, a.Id, unresolved.Count, unresolved.Take(MaxExamples).ToList(),
            document.Events.Count, document.Events.Count(e => e.Date is null));
    }
}
