using Sitrep.Numbers;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Claims;

/// <summary>
/// An aggregate figure over a period or a whole war ("more than 32,000 civilians had died",
/// "since 2001 ... thousands of soldiers"): a claim about a total, attributed to whoever makes
/// it, never the toll of one event. <see cref="Source"/> is null when the text names nobody
/// (then the outlet itself asserts it); <see cref="Period"/> is the text that spans the period.
/// </summary>
public sealed record StatisticalClaim(
    Span Span,
    string Rule,
    string? Source,
    Quantity Value,
    string Unit,
    string? Period) : Annotation(Span, Rule);
