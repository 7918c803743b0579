using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Geo;

/// <summary>
/// A place named in text, the place chosen for it and why. <see cref="GeoPrecision"/> follows
/// ACLED: 1 town or village, 2 district or "near X", 3 province or region.
/// </summary>
public sealed record PlaceMention(
    Span Span,
    string Rule,
    string Text,
    Place Place,
    int GeoPrecision,
    string Reason,
    IReadOnlyList<string> CandidateIds) : Annotation(Span, Rule);
