using Sitrep.Numbers;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>One casualty figure in the text: how many were killed or injured, who they were, and on which side.</summary>
public sealed record Casualty(
    Span Span,
    string Rule,
    CasualtyKind Kind,
    Quantity Count,
    string? Victims,
    string? Side,
    string? ClaimedBy = null) : Annotation(Span, Rule);
