using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Geo;

/// <summary>
/// A place named in text, the place chosen for it and why. <see cref="GeoPrecision"/> follows
/// ACLED: 1 town or village, 2 district or "near X", 3 province or region.
/// <see cref="Dateline"/>: the name opens a news dateline ("KABUL, Afghanistan (AP) -"), where the
/// story was filed rather than where it happened. <see cref="ProvinceInParentheses"/>: a coder's
/// "X district (Wardak)", marking X as the location. <see cref="RouteEnd"/>: an end of a named
/// road ("the Kabul-Kandahar highway"), which locates the road, not the event. <see cref="Destination"/>:
/// where people went ("retreated towards X", "moved to X"), not where the event happened.
/// <see cref="Source"/>: where the report came from ("officials in X said", "said in X", "speaking in
/// X", "X police said"). <see cref="Reference"/>: a landmark that a distance or direction is measured
/// from ("60 km north of X", "a district south of X"), not the place itself. <see cref="Origin"/>: where
/// people came from ("travelled from X", "fighters from X").
/// </summary>
public sealed record PlaceMention(
    Span Span,
    string Rule,
    string Text,
    Place Place,
    int GeoPrecision,
    string Reason,
    IReadOnlyList<string> CandidateIds) : Annotation(Span, Rule)
{
    public bool Dateline { get; init; }
    public bool ProvinceInParentheses { get; init; }
    public bool RouteEnd { get; init; }
    public bool Destination { get; init; }
    public bool Source { get; init; }
    public bool Reference { get; init; }
    public bool Origin { get; init; }
}
