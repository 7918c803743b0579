using System.Text.RegularExpressions;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Time;

/// <summary>
/// Finds date, time and duration expressions in one pass of a compiled regular expression (two for
/// an undated article with yearless month-days, see <see cref="Find"/>) and
/// resolves each against <see cref="Document.ReferenceDate"/>. Absolute dates resolve without it;
/// relative ones stay unresolved (Start and End null, Anchor says why) when it is unknown, except
/// a month-day in a paragraph that states exactly one year in a full date (<see cref="ParagraphYear"/>).
/// A month-day without a year takes the year that puts it on or before the reference date, unless
/// its sentence is about the future before it ("is expected to take place on 29th February").
/// </summary>
public sealed partial class TimeAnnotator : IAnnotator
{
    private static readonly HashSet<string> Determiners =
        new(["a", "an", "the", "his", "her", "its", "their", "our", "this", "that"], StringComparer.Ordinal);

    private readonly TimeLexicon _lexicon;
    private readonly TimePatterns _patterns;
    private readonly TimeResolver _resolver;
    private readonly TieredRegex _futureCue;
    private readonly (string Cue, TimeRole Role)[] _roleCues;

    public TimeAnnotator(TimeLexicon lexicon)
    {
        _lexicon = lexicon;
        _patterns = new TimePatterns(lexicon);
        _resolver = new TimeResolver(lexicon);
        var cues = string.Join('|', lexicon.FutureCues.OrderByDescending(c => c.Length).Select(c => Regex.Escape(c).Replace(@"\ ", @"\s+")));
        _futureCue = new TieredRegex($@"(?<![\w'])(?:{cues})(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        _roleCues = [.. lexicon.RoleCues.OrderByDescending(c => c.Key.Length).Select(c => (c.Key, c.Value))];
    }

    public static TimeAnnotator Load(DataPack data) => data.Get(d => new TimeAnnotator(TimeLexicon.Load(d)));

    public string Name => "dates";

    public IReadOnlyList<Layer> Requires { get; } = [Layer.Sentences];

    public IReadOnlyList<Layer> Produces { get; } = [Layer.Times];

    public void Annotate(Document document) => document.Times.AddRange(Find(document.Text, document.ReferenceDate, document.Article.Published, document.Sentences));

    /// <summary>Every time expression of <paramref name="text"/>, in text order.</summary>
    public List<TimeExpression> Find(string text, DateOnly? reference, DateOnly? published = null, IReadOnlyList<Sentence>? sentences = null)
    {
        // The rules' matches do not depend on the reference date, only their readings do: a second
        // scan (a dateline's own date, a paragraph's year) reads the same matches again.
        var matches = _patterns.Matches(text).ToList();
        var found = Scan(text, matches, reference, published, sentences, null);
        // A dateline or press-release date is the text's own date: relative dates count from it.
        if (DatelineOf(text, found) is { } dateline)
        {
            var own = dateline.Start!.Value;
            var anchor = reference is not { } r || (own <= r.AddDays(CalendarMath.ReportingGraceDays) && own >= r.AddDays(-DatelineReach)) ? own : r;
            return Scan(text, matches, anchor, published, sentences, null, dateline.Span.Start);
        }
        // Without a reference date a yearless month-day may take the one year its paragraph states.
        // The full dates that state it can come after the month-day, hence a second scan, made only
        // for undated articles that have such month-days.
        if (reference is not null || sentences is not { Count: > 0 } || !found.Exists(ParagraphYear.Wants)) return found;
        var years = new ParagraphYear(found, sentences);
        return years.Any ? Scan(text, matches, reference, published, sentences, years) : found;
    }

    /// <summary>How far (days) a dateline may lie before the reference date and still replace it as the anchor.</summary>
    private const int DatelineReach = 31;

    private static readonly HashSet<string> DatelineRules = new(["date.md", "date.dm", "date.dmy", "date.mdy", "date.iso", "date.solar",
        "date.numeric.dmy", "date.numeric.mdy", "date.numeric.same", "date.numeric.ambiguous-dmy", "date.numeric.ambiguous-mdy"], StringComparer.Ordinal);

    // "KABUL, March 4 (Reuters) -", "WASHINGTON/KABUL, June 3 (Reuters) -", "Published on 5 June 2020", "HELMAND, Oct 13 -", "Press release, 14 September 2020", "Press Release\n27 June 2021\n", "Date: 17/06/2021."
    [GeneratedRegex(@"^\s*(?:(?:[A-Z][A-Za-z'./\-]*(?:[^\S\n]+[A-Z][A-Za-z'./\-]*){0,3})(?:,[^\S\n]*[A-Z][A-Za-z'.\-]+(?:[^\S\n]+[A-Z][A-Za-z'.\-]+){0,2})?[^\S\n]*[,:][^\S\n]*|(?i:press[^\S\n]+release|news[^\S\n]+release|statement|date|update|(?:posted|published|updated|released|issued)(?:[^\S\n]+on)?)[^\S\n]*[,:|\-\u2013\u2014]?\s*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineBefore();

    [GeneratedRegex(@"^[^\S\n]*(?:\([^)\n]{1,40}\)[^\S\n]*)?(?:[-\u2013\u2014:|.]|\r?\n|$)", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineAfter();

    /// <summary>The resolved day date a text opens with as its dateline, if any.</summary>
    private static TimeExpression? DatelineOf(string text, List<TimeExpression> found)
    {
        var first = found.FirstOrDefault();
        if (first is null || !first.IsResolved || first.Precision != DatePrecision.Day || first.Role != TimeRole.When
            || !DatelineRules.Contains(first.Rule) || first.Span.Start > 80) return null;
        return DatelineBefore().IsMatch(text.AsSpan(0, first.Span.Start)) && DatelineAfter().IsMatch(text.AsSpan(first.Span.End)) ? first : null;
    }

    private List<TimeExpression> Scan(string text, List<(Match Match, string Rule)> matches, DateOnly? reference, DateOnly? published, IReadOnlyList<Sentence>? sentences, ParagraphYear? years, int? dateline = null)
    {
        var found = new List<TimeExpression>();
        TimeExpression? previous = null;
        TimeExpression? statement = null; // the last statement date: "police said on Monday that ... a day earlier" counts from it
        foreach (var (match, rule) in matches)
        {
            var futureSentence = IsFutureBefore(text, match.Index, sentences);
            var yearSource = years?.SourceFor(match.Index);
            // only a backward chain ("a day earlier", "the previous day") counts from a statement: a statement reports the past
            var backward = rule == "date.relative.chained" && match.Groups["dir"].Value.ToLowerInvariant() is "earlier" or "previous";
            var chainAnchor = backward && statement is not null && (previous is null || statement.Span.Start > previous.Span.Start)
                && SentenceStart(text, statement.Span.Start, sentences) == SentenceStart(text, match.Index, sentences) ? statement : previous;
            if (_resolver.Resolve(match, rule, reference, futureSentence, chainAnchor, yearSource?.Start!.Value.Year) is not { } reading) continue;

            var span = new Span(match.Index, match.Index + match.Length);
            var role = reading.Role;
            if (role == TimeRole.When && RoleCueBefore(text, span.Start) is { } cue)
            {
                role = cue.Role;
                if (role != TimeRole.Statement) span = new Span(cue.Start, span.End); // "since 2001" is one expression; "said on Monday" is not
            }
            if (role == TimeRole.When && !reading.IsDuration && ModifiesRecapNoun(text, span))
                role = TimeRole.Modifier;
            if (match.Index == dateline) role = TimeRole.Dateline;

            var future = reading.Future || futureSentence || reference is { } r && reading.Start > r.AddDays(CalendarMath.ReportingGraceDays);
            var expression = new TimeExpression(span, reading.Rule, span.Of(text), reading.Start, reading.End,
                reading.Precision, Anchor(reading, reference, published, chainAnchor, yearSource), reading.IsDuration, role, future && !reading.IsDuration,
                sentences is { Count: > 0 } && Continues(text, SentenceStart(text, match.Index, sentences), match.Index));
            found.Add(expression);
            if (expression.IsResolved && role == TimeRole.When) previous = expression;
            if (expression.IsResolved && role == TimeRole.Statement && !expression.IsDuration) statement = expression;
        }
        return found;
    }

    private static string Anchor(TimeReading reading, DateOnly? reference, DateOnly? published, TimeExpression? previous, TimeExpression? yearSource) => reading.Anchoring switch
    {
        TimeAnchoring.StatedYear => $"year of {yearSource!.Rule} \"{yearSource.Text}\" at {yearSource.Span}, the only year its paragraph states (no publication date)",
        TimeAnchoring.Absolute => TimeExpression.AbsoluteAnchor,
        TimeAnchoring.Duration => "duration",
        TimeAnchoring.Previous when reading.Start is null => "unresolved: no earlier date in the text",
        TimeAnchoring.Previous => $"after {previous!.Rule} \"{previous.Text}\" at {previous.Span} ({previous.Start:yyyy-MM-dd})",
        _ when reference is not { } r => TimeExpression.NoReferenceAnchor,
        _ when published == reference => $"published {reference:yyyy-MM-dd}",
        _ => $"reference {reference:yyyy-MM-dd}",
    };

    /// <summary>A future cue ("will", "is expected to") earlier in the same sentence, not behind a semicolon.</summary>
    private bool IsFutureBefore(string text, int offset, IReadOnlyList<Sentence>? sentences)
    {
        var start = SentenceStart(text, offset, sentences);
        var semicolon = text.LastIndexOf(';', Math.Max(offset - 1, 0), offset - start);
        if (semicolon >= start) start = semicolon + 1;
        return offset > start && _futureCue.IsMatch(text.AsSpan(start, offset - start));
    }

    private static int SentenceStart(string text, int offset, IReadOnlyList<Sentence>? sentences)
    {
        if (sentences is { Count: > 0 })
        {
            int lo = 0, hi = sentences.Count - 1, best = -1;
            while (lo <= hi)
            {
                var mid = (lo + hi) / 2;
                if (sentences[mid].Span.Start <= offset) { best = mid; lo = mid + 1; }
                else hi = mid - 1;
            }
            return best >= 0 ? sentences[best].Span.Start : 0;
        }
        // No sentence annotations: the text back to the last sentence-ending mark or line break.
        var i = offset - 1;
        while (i >= 0 && text[i] is not ('.' or '!' or '?' or '\n')) i--;
        return i + 1;
    }

    private (int Start, TimeRole Role)? RoleCueBefore(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] is ' ' or '\t') end--;
        if (end == start) return null;
        foreach (var (cue, role) in _roleCues)
        {
            var cueStart = end - cue.Length;
            if (cueStart < 0 || !text.AsSpan(cueStart, cue.Length).Equals(cue, StringComparison.OrdinalIgnoreCase)) continue;
            if (cueStart > 0 && char.IsLetterOrDigit(text[cueStart - 1])) continue;
            return (cueStart, role);
        }
        return null;
    }

    /// <summary>"a February 2019 report", "his 2016 presidential campaign": the date dates a document, not an event.</summary>
    private bool ModifiesRecapNoun(string text, Span span)
    {
        if (!Determiners.Contains(WordBefore(text, span.Start).ToLowerInvariant())) return false;
        var (first, next) = WordAfter(text, span.End);
        if (_lexicon.RecapNouns.Contains(first.ToLowerInvariant())) return true;
        var (second, _) = WordAfter(text, next);
        return first.Length > 0 && _lexicon.RecapNouns.Contains(second.ToLowerInvariant());
    }

    /// <summary>The sentence opens with a continuation word ("The blast happened ...") and nothing before the date makes it an earlier event ("had").</summary>
    private bool Continues(string text, int sentenceStart, int offset)
    {
        if (!_lexicon.ContinuationStarts.Contains(FirstWord(text, sentenceStart))) return false;
        foreach (var word in Regex.Split(text[sentenceStart..offset], @"\W+"))
            if (_lexicon.ContinuationStops.Contains(word.ToLowerInvariant())) return false;
        return true;
    }

    private static string FirstWord(string text, int start)
    {
        while (start < text.Length && !char.IsLetter(text[start])) start++;
        var end = start;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return text[start..end].ToLowerInvariant();
    }

    private static string WordBefore(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] is ' ' or '\t') end--;
        var s = end;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        return text[s..end];
    }

    private static (string Word, int End) WordAfter(string text, int end)
    {
        var s = end;
        while (s < text.Length && text[s] is ' ' or '\t') s++;
        var e = s;
        while (e < text.Length && (char.IsLetter(text[e]) || text[e] == '-')) e++;
        return (text[s..e], e);
    }
}
