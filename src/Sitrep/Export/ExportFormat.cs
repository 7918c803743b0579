namespace Sitrep.Export;

/// <summary>The formats <c>sitrep export</c> writes.</summary>
public enum ExportFormat
{
    /// <summary>CSV with ACLED's column names (plus sitrep_* columns for what ACLED does not code), readable by <c>sitrep eval</c> as gold.</summary>
    AcledCsv,
    /// <summary>A GeoJSON FeatureCollection of points, one feature per event.</summary>
    GeoJson,
    /// <summary>Apache Parquet, the columns of the ACLED CSV with their types.</summary>
    Parquet,
    /// <summary>JSON Lines, one PLOVER-style event object a line, with provenance.</summary>
    PloverJson,
}

public static class ExportFormats
{
    public static readonly IReadOnlyList<(string Name, ExportFormat Format)> All =
        [("acled-csv", ExportFormat.AcledCsv), ("geojson", ExportFormat.GeoJson), ("parquet", ExportFormat.Parquet), ("plover-json", ExportFormat.PloverJson)];

    public static ExportFormat? Parse(string? name) =>
        All.Where(f => string.Equals(f.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase)).Select(f => (ExportFormat?)f.Format).FirstOrDefault();

    public static string Name(this ExportFormat format) => All.First(f => f.Format == format).Name;
}
