using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Numbers;

/// <summary>A count found in text: best value with its low/high bounds and how it was qualified.</summary>
public sealed record Quantity(
    Span Span,
    string Rule,
    string Text,
    long Value,
    long Low,
    long High,
    QuantityQualifier Qualifier) : Annotation(Span, Rule);
