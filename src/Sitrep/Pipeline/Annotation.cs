using Sitrep.Text;

namespace Sitrep.Pipeline;

/// <summary>
/// Anything an annotator finds in the text: it always points at its span and names the rule
/// that produced it, so every value downstream can be explained.
/// </summary>
public abstract record Annotation(Span Span, string Rule);
