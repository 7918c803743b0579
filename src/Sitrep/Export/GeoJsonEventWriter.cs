using System.Text.Encodings.Web;
using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Sitrep.Export;

/// <summary>
/// Events as a GeoJSON FeatureCollection, one point feature per event written through
/// NetTopologySuite's GeoJSON converter, streamed feature by feature. Properties are the columns
/// of the ACLED export (<see cref="AcledColumns"/>) and <c>sources</c>, one object per report
/// (mention, article, outlet, its kind and party, url). An event whose place has no coordinates
/// (known only to the country, say) keeps its feature with a null geometry, as GeoJSON allows,
/// and is counted in <see cref="WithoutGeometry"/>.
/// </summary>
public sealed class GeoJsonEventWriter : IEventWriter
{
    public const string IdProperty = "id";

    private readonly Utf8JsonWriter _json;
    private readonly IReadOnlyList<ExportColumn> _columns;
    private readonly GeometryFactory _geometry = new(new PrecisionModel(), 4326);
    private readonly JsonSerializerOptions _options = Options();

    public GeoJsonEventWriter(Stream output, AcledColumns columns)
    {
        _columns = columns.Columns;
        _json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _json.WriteStartObject();
        _json.WriteString("type", "FeatureCollection");
        _json.WriteStartArray("features");
    }

    public long WithoutGeometry { get; private set; }

    /// <summary>The serializer options that read and write GeoJSON through NetTopologySuite (the feature id is the ledger event id).</summary>
    public static JsonSerializerOptions Options()
    {
        var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        options.Converters.Add(new GeoJsonConverterFactory(writeGeometryBBox: false, IdProperty));
        return options;
    }

    public void Write(ExportedEvent e)
    {
        var place = e.Event.Place?.Value;
        Geometry? point = place is { Latitude: { } lat, Longitude: { } lon } ? _geometry.CreatePoint(new Coordinate(lon, lat)) : null;
        if (point is null) WithoutGeometry++;
        var attributes = new AttributesTable { { IdProperty, e.Event.Id } };
        foreach (var column in _columns) attributes.Add(column.Name, column.Value(e));
        attributes.Add("sources", e.Event.Sources.Select(s => new Dictionary<string, object?>
        {
            ["mention_id"] = s.MentionId,
            ["article_id"] = s.ArticleId,
            ["outlet"] = s.Outlet,
            ["kind"] = s.Kind.ToString(),
            ["party"] = s.Party,
            ["published"] = AcledColumns.Iso(s.Published),
            ["copy_of"] = s.CopyOf,
            ["url"] = e.Evidence.FirstOrDefault(x => x.MentionId == s.MentionId)?.Url,
        }).ToList());
        JsonSerializer.Serialize(_json, new Feature(point, attributes), _options);
    }

    public void Complete()
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
    }

    public void Dispose() => _json.Dispose();
}
