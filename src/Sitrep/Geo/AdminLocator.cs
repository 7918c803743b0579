using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.IO.Converters;
using Sitrep.Pipeline;

namespace Sitrep.Geo;

/// <summary>
/// Places a point in its Afghan province and district using the shipped geoBoundaries shapes
/// (<c>data/geo/provinces.geojson</c>, <c>districts.geojson</c>), for sources that give
/// coordinates without admin names. The shapes are simplified, so a point within a few hundred
/// metres of a border may land on the wrong side; the nearest shape within a small tolerance
/// catches points that fall in the slivers between simplified neighbours.
/// </summary>
public sealed class AdminLocator
{
    private const double SliverToleranceDegrees = 0.02;
    private readonly STRtree<(string Id, Geometry Shape)> _provinces = new();
    private readonly STRtree<(string Id, Geometry Shape)> _districts = new();
    private readonly Gazetteer _gazetteer;

    public AdminLocator(Gazetteer gazetteer, string provincesGeoJson, string districtsGeoJson)
    {
        _gazetteer = gazetteer;
        Fill(_provinces, provincesGeoJson);
        Fill(_districts, districtsGeoJson);
        _provinces.Build();
        _districts.Build();
    }

    public static AdminLocator Load(DataPack data) => data.Get(d => new AdminLocator(
        Gazetteer.Load(d),
        File.ReadAllText(d.PathOf("geo/provinces.geojson")),
        File.ReadAllText(d.PathOf("geo/districts.geojson"))));

    /// <summary>The province and district containing the point; either is null outside Afghanistan or when unknown.</summary>
    public (Place? Province, Place? District) Locate(double latitude, double longitude)
    {
        var point = new Point(longitude, latitude);
        return (Find(_provinces, point), Find(_districts, point));
    }

    /// <summary>The place with its admin fields filled from its coordinates where they were missing.</summary>
    public Place Complete(Place place)
    {
        if (place.Latitude is not { } lat || place.Longitude is not { } lon) return place;
        if (place.Admin1 is not null && place.Admin2 is not null) return place;
        var (province, district) = Locate(lat, lon);
        return place with
        {
            Admin1 = place.Admin1 ?? province?.Name,
            Admin1Id = place.Admin1Id ?? province?.Id,
            Admin2 = place.Admin2 ?? (district is not null && (place.Admin1Id is null || district.Admin1Id == (place.Admin1Id ?? province?.Id)) ? district.Name : null),
            Admin2Id = place.Admin2Id ?? (district is not null && (place.Admin1Id is null || district.Admin1Id == (place.Admin1Id ?? province?.Id)) ? district.Id : null),
        };
    }

    private Place? Find(STRtree<(string Id, Geometry Shape)> tree, Point point)
    {
        var env = point.EnvelopeInternal.Copy();
        env.ExpandBy(SliverToleranceDegrees);
        (string Id, double Distance)? best = null;
        foreach (var (id, shape) in tree.Query(env))
        {
            if (shape.Contains(point)) return _gazetteer.ById(id);
            var distance = shape.Distance(point);
            if (distance <= SliverToleranceDegrees && (best is null || distance < best.Value.Distance)) best = (id, distance);
        }
        return best is { } b ? _gazetteer.ById(b.Id) : null;
    }

    private static void Fill(STRtree<(string Id, Geometry Shape)> tree, string geoJson)
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        var features = JsonSerializer.Deserialize<FeatureCollection>(geoJson, options)
            ?? throw new InvalidDataException("empty GeoJSON");
        foreach (var feature in features)
        {
            var id = feature.Attributes["id"]?.ToString();
            if (string.IsNullOrEmpty(id)) continue;
            tree.Insert(feature.Geometry.EnvelopeInternal, (id, feature.Geometry));
        }
    }
}
