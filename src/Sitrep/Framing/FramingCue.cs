using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Framing;

/// <summary>A framing signal (loaded term, call to violence, donation appeal, ...) and the lexicon entry that matched.</summary>
public sealed record FramingCue(Span Span, string Rule, string Kind, string Text) : Annotation(Span, Rule);
