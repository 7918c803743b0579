using Sitrep.Actors;
using Sitrep.Claims;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Framing;
using Sitrep.Geo;
using Sitrep.Numbers;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Pipeline;

/// <summary>
/// An article flowing through the pipeline. Each annotator adds its spans to one of the lists;
/// later annotators read what earlier ones added. Nothing here does IO.
/// </summary>
public sealed class Document(Article article, DateOnly? referenceDate = null)
{
    public Article Article { get; } = article;
    public string Text => Article.Text;

    /// <summary>What relative dates resolve against: the given date, else the publication date; null when neither is known.</summary>
    public DateOnly? ReferenceDate { get; } = referenceDate ?? article.Published;

    /// <summary>The word layer: the text tokenized once, and the views of it every stage reads.</summary>
    public WordLayer Words { get; } = new(article.Text);

    public List<Sentence> Sentences { get; } = [];
    public List<TimeExpression> Times { get; } = [];
    public List<Quantity> Quantities { get; } = [];
    public List<PlaceMention> Places { get; } = [];
    public List<ActorMention> Actors { get; } = [];
    public List<Quote> Quotes { get; } = [];
    public List<FramingCue> Framing { get; } = [];
    public List<Casualty> Casualties { get; } = [];
    public List<EventMention> Events { get; } = [];
    public List<StatisticalClaim> StatisticalClaims { get; } = [];

    public string TextOf(Span span) => span.Of(Text);

    /// <summary>Annotations lying wholly inside <paramref name="span"/>, in text order.</summary>
    public static IEnumerable<T> Within<T>(IEnumerable<T> annotations, Span span) where T : Annotation =>
        annotations.Where(a => span.Contains(a.Span));

    public Sentence? SentenceAt(int offset) =>
        Sentences.FirstOrDefault(s => s.Span.Start <= offset && offset < s.Span.End);

    /// <summary>Every annotation of every kind, for printing and storage.</summary>
    public IEnumerable<(string Kind, Annotation Annotation)> AllAnnotations()
    {
        foreach (var a in Sentences) yield return ("sentence", a);
        foreach (var a in Times) yield return ("date", a);
        foreach (var a in Quantities) yield return ("number", a);
        foreach (var a in Places) yield return ("place", a);
        foreach (var a in Actors) yield return ("actor", a);
        foreach (var a in Quotes) yield return ("quote", a);
        foreach (var a in Framing) yield return ("framing", a);
        foreach (var a in Casualties) yield return ("casualty", a);
        foreach (var a in StatisticalClaims) yield return ("statistic", a);
    }
}
