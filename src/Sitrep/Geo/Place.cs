namespace Sitrep.Geo;

/// <summary>
/// A gazetteer entry. <see cref="Admin1"/>/<see cref="Admin2"/> are names (province, district);
/// <see cref="Admin1Id"/>/<see cref="Admin2Id"/> their ids (ISO 3166-2, OCHA P-code).
/// <see cref="CapitalId"/> is a province's or country's capital; <see cref="Source"/> says where the row came from.
/// </summary>
public sealed record Place(
    string Id,
    string Name,
    PlaceKind Kind,
    string Country,
    string? Admin1,
    string? Admin2,
    double? Latitude,
    double? Longitude,
    long Population = 0,
    string? Admin1Id = null,
    string? Admin2Id = null,
    string? CapitalId = null,
    string Source = "");
