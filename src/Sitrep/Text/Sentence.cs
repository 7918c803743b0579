using Sitrep.Pipeline;

namespace Sitrep.Text;

/// <summary>A sentence (or a heading line) and the paragraph it belongs to.</summary>
public sealed record Sentence(Span Span, int Index, int Paragraph, string Rule) : Annotation(Span, Rule);
