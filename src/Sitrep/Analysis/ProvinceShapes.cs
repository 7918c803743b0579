using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Sitrep.Pipeline;

namespace Sitrep.Analysis;

/// <summary>The province boundaries shipped in data/geo/provinces.geojson (geoBoundaries ADM1, property id = ISO 3166-2), read with NetTopologySuite.</summary>
public sealed class ProvinceShapes
{
    public const string File = "geo/provinces.geojson";

    public ProvinceShapes(IReadOnlyList<(string Id, Geometry Shape)> provinces) => Provinces = provinces;

    public IReadOnlyList<(string Id, Geometry Shape)> Provinces { get; }

    public static ProvinceShapes Load(DataPack data) => data.Get(d =>
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        using var stream = System.IO.File.OpenRead(d.PathOf(File));
        var features = JsonSerializer.Deserialize<FeatureCollection>(stream, options) ?? [];
        return new ProvinceShapes([.. features
            .Where(f => f.Attributes?.Exists("id") == true && f.Geometry is not null)
            .Select(f => (Id: f.Attributes["id"].ToString()!, Shape: f.Geometry))
            .OrderBy(p => p.Id, StringComparer.Ordinal)]);
    });
}
