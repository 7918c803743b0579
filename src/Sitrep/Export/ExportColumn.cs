namespace Sitrep.Export;

/// <summary>What a column holds, for the formats that type their columns (Parquet, GeoJSON properties).</summary>
public enum ColumnKind
{
    Text,
    Integer,
    Real,
}

/// <summary>One exported column: its name, its kind and how an event gives its value (null: empty).</summary>
public sealed record ExportColumn(string Name, ColumnKind Kind, Func<ExportedEvent, object?> Value);
