namespace Sitrep.Analysis;

/// <summary>One outlet's share of a slice: events it told, reports it gave, and the party it speaks for (null: independent).</summary>
public sealed record OutletCoverage
{
    public required string Outlet { get; init; }
    public string? Party { get; init; }
    public long Events { get; init; }
    public long Reports { get; init; }
}
