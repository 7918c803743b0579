namespace Sitrep.Ledger;

/// <summary>A fused event place: the most precise place the reports agree on.</summary>
public sealed record FusedPlace(string? Country, string? Admin1, string? Admin2, string? Location, string? PlaceId,
    double? Latitude, double? Longitude, int GeoPrecision);
