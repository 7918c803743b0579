using Sitrep.Geo;

namespace Sitrep.Events;

/// <summary>
/// Which of the places named around a trigger is the event's location. Named places come before
/// countries; a coder's "X (Province)" marks its X; then the most precise place, nearest the
/// trigger on ties. A dateline city, a road's end or a destination names where the story was filed,
/// which road it was or where people went, so any other place comes first, except a province or country that only widens the
/// dateline city ("KABUL - ... in western Kabul").
/// </summary>
public static class EventPlaceChoice
{
    public static PlaceSlot? Best(IEnumerable<PlaceSlot> candidates, int triggerToken)
    {
        var ordered = candidates
            .OrderBy(p => p.Mention.Place.Kind == PlaceKind.Country ? 1 : 0)
            .ThenBy(p => p.Mention.ProvinceInParentheses ? 0 : 1)
            .ThenBy(p => p.Mention.GeoPrecision)
            .ThenBy(p => Math.Abs(p.FirstToken - triggerToken))
            .ToList();
        var located = ordered.FirstOrDefault(p => !p.Mention.Dateline && !p.Mention.RouteEnd && !p.Mention.Destination);
        var dateline = ordered.FirstOrDefault(p => p.Mention.Dateline);
        if (located is null) return dateline ?? ordered.FirstOrDefault();
        if (dateline is not null && dateline.Mention.GeoPrecision < located.Mention.GeoPrecision && Widens(located.Mention.Place, dateline.Mention.Place))
            return dateline;
        return located;
    }

    /// <summary>A province or country that holds the dateline place adds nothing to it.</summary>
    private static bool Widens(Place wide, Place dateline) => wide.Kind switch
    {
        PlaceKind.Country => wide.Country == dateline.Country,
        PlaceKind.Province => wide.Id == dateline.Admin1Id,
        _ => false,
    };
}
