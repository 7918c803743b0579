namespace Sitrep.Geo;

/// <summary>A gazetteer entry.</summary>
public sealed record Place(
    string Id,
    string Name,
    PlaceKind Kind,
    string Country,
    string? Admin1,
    string? Admin2,
    double? Latitude,
    double? Longitude,
    long Population = 0);
