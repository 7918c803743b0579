namespace Sitrep.Geo;

public enum PlaceKind
{
    Country,
    Region,
    Province,
    District,
    PopulatedPlace,
    Site,
}
