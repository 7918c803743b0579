using Sitrep.Geo;

namespace Sitrep.Evaluation;

/// <summary>Gold and extracted places compared through an <see cref="IPlaceResolver"/>, and by distance.</summary>
internal sealed class PlaceComparison(IPlaceResolver resolver)
{
    public const double MaxDistanceKm = 25;

    /// <summary>Null when the gold name is unresolved; otherwise whether the extracted place shares a key with it.</summary>
    public bool? SameUnit(GoldEvent gold, Place? predicted, AdminLevel level)
    {
        var name = level == AdminLevel.Province ? gold.Admin1 : gold.Admin2;
        if (name is null)
            return false;
        var goldKeys = resolver.ResolveName(name, level, level == AdminLevel.District ? gold.Admin1 : null);
        if (goldKeys.Count == 0)
            return null;
        return predicted is not null && resolver.KeysOf(predicted, level).Any(goldKeys.Contains);
    }

    /// <summary>Kilometres between the gold and the extracted coordinates; null when either side has none.</summary>
    public static double? DistanceKm(GoldEvent gold, Place? predicted) =>
        gold is { Latitude: { } lat, Longitude: { } lon } && predicted is { Latitude: { } plat, Longitude: { } plon }
            ? GeoDistance.Kilometres(lat, lon, plat, plon)
            : null;
}
