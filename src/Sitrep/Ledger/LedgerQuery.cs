namespace Sitrep.Ledger;

/// <summary>Filters for listing ledger events; null means "any".</summary>
public sealed record LedgerQuery
{
    public string? EventType { get; init; }
    public string? Province { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int Limit { get; init; } = 1000;
}
