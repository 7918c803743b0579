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
    string? ClaimedBy = null) : Annotation(Span, Rule)
{
    /// <summary>
    /// The party whose claim of its enemy's losses this figure is, when the claimant is a party to
    /// the fighting ("the Taliban said they killed 25 soldiers"); such a figure is kept as a claim
    /// and in the high estimate, never in best (CODING_CONVENTIONS: "Fatalities coded as 0").
    /// </summary>
    public string? PartyClaim { get; init; }

    /// <summary>
    /// One figure for the killed and the injured together ("killing and wounding 35"): it says how
    /// many were hit, not how many died, so it is kept in the high estimate, never in best (the
    /// conventions give such a text no usable fatality count).
    /// </summary>
    public bool KilledAndInjured { get; init; }
}
