using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Claims;

/// <summary>Quoted or reported speech: who said it (as written), the verb, and what was said.</summary>
public sealed record Quote(Span Span, string Rule, string? Speaker, Span? SpeakerSpan, string? Verb, string Content) : Annotation(Span, Rule);
