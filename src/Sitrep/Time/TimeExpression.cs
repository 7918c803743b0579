using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Time;

/// <summary>
/// A date or time expression and the interval it resolves to. <see cref="Anchor"/> says what a
/// relative expression was resolved against ("published 2019-07-30", "absolute").
/// Durations ("for 20 years") are recognised but have no interval and never date an event.
/// <see cref="Role"/> says whether the expression can date an event at all ("since 2001" cannot);
/// <see cref="Future"/> is set when the expression or its sentence is about the future;
/// <see cref="Continues"/> when its sentence opens with a word that goes on telling the sentence
/// before it ("The blast happened on Wednesday", data/time/continuation_starts.txt).
/// </summary>
public sealed record TimeExpression(
    Span Span,
    string Rule,
    string Text,
    DateOnly? Start,
    DateOnly? End,
    DatePrecision Precision,
    string Anchor,
    bool IsDuration = false,
    TimeRole Role = TimeRole.When,
    bool Future = false,
    bool Continues = false) : Annotation(Span, Rule)
{
    /// <summary>The anchor of a date written in full, which needs no reference date.</summary>
    public const string AbsoluteAnchor = "absolute";

    /// <summary>The anchor of a relative or yearless date left unresolved because no reference (publication) date was known.</summary>
    public const string NoReferenceAnchor = "unresolved: no reference date";

    public bool IsResolved => Start is not null && End is not null;

    /// <summary>Unresolved only because no publication date was known: a <c>--published</c> date would resolve it.</summary>
    public bool LacksReference => !IsResolved && Anchor == NoReferenceAnchor;
}
