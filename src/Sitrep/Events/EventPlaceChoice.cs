using Sitrep.Geo;

namespace Sitrep.Events;

/// <summary>
/// Which of the places named around a trigger is the event's location. Named places come before
/// countries; a coder's "X (Province)" marks its X; then the most precise place, nearest the
/// trigger on ties. A dateline city, a road's end or a destination names where the story was filed,
/// which road it was or where people went, and so do the place where officials spoke ("officials in
/// Farah city said", "said in Kabul") and a landmark measured from ("60 km north of Kunduz city"): any
/// other place comes first (the landmark is kept when nothing else is named), and so does a place
/// people came from ("as they travelled from Ghazni city"). A district named with its kind word
/// ("X district") beats a town of another district in the clause ("a few kilometres from Bagram",
/// "the road to Mazar-e-Sharif"): that town is a landmark. Then, except a province or
/// country that only widens the dateline city or the landmark ("KABUL - ... in western Kabul"; "15 km
/// from Gardez city, the capital of Paktia province").
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
        var located = ordered.FirstOrDefault(p => !Aside(p.Mention));
        // "in Dehdadi district, on the western edge of Mazar-i-Sharif": a town outside the district the clause names is a landmark
        if (located is { Mention.Place: { Kind: PlaceKind.PopulatedPlace } town }
            && ordered.FirstOrDefault(p => !Aside(p.Mention) && p.Mention.Place.Kind == PlaceKind.District
                && p.Mention.Reason.StartsWith("kind cue", StringComparison.Ordinal) && p.Mention.Place.Id != town.Admin2Id) is { } district)
            located = district;
        var dateline = ordered.FirstOrDefault(p => p.Mention.Dateline);
        if (located is null) return dateline ?? ordered.FirstOrDefault(p => p.Mention.Reference) ?? ordered.FirstOrDefault();
        if (dateline is not null && dateline.Mention.GeoPrecision < located.Mention.GeoPrecision && Widens(located.Mention.Place, dateline.Mention.Place))
            return dateline;
        // "about 15 km from Gardez city, the capital of Paktia province": the landmark is nearer than its province
        var landmark = ordered.FirstOrDefault(p => p.Mention.Reference && !p.Mention.Dateline);
        // "Iraqi F-16 aircraft struck ... south of Kirkuk": a country (often only a demonym) is wider than a province measured from
        if (landmark is not null && Widens(located.Mention.Place, landmark.Mention.Place)
            && (landmark.Mention.GeoPrecision < located.Mention.GeoPrecision
                || located.Mention.Place.Kind == PlaceKind.Country && landmark.Mention.Place.Kind != PlaceKind.Country))
            return landmark;
        return located;
    }

    /// <summary>A place that says where the story was told or measured from, not where the event was.</summary>
    private static bool Aside(PlaceMention m) => m.Dateline || m.RouteEnd || m.Destination || m.Source || m.Reference || m.Origin;

    /// <summary>A province or country that holds the dateline place adds nothing to it.</summary>
    private static bool Widens(Place wide, Place dateline) => wide.Kind switch
    {
        PlaceKind.Country => wide.Country == dateline.Country,
        PlaceKind.Province => wide.Id == dateline.Admin1Id,
        _ => false,
    };
}
