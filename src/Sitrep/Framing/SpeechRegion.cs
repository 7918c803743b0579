using Sitrep.Text;

namespace Sitrep.Framing;

/// <summary>A stretch of text in someone else's voice: inside quotation marks, or reported after "X said" / before ", X said".</summary>
public sealed record SpeechRegion(Span Span, string? Speaker, string Rule);
