namespace Sitrep.Ledger;

/// <summary>
/// One real-world event as the ledger holds it: every report of it (<see cref="Sources"/>), the
/// fused values with the mentions behind each, and the corroboration: distinct outlets,
/// independent sources (copies of one story count once), and whether every source speaks for a
/// party (then the fatalities best is 0 and the claims are kept).
/// </summary>
public sealed record LedgerEvent
{
    public required string Id { get; init; }
    public required IReadOnlyList<LedgerSource> Sources { get; init; }
    public required FusedValue<string> EventType { get; init; }
    public FusedValue<string>? SubEventType { get; init; }
    public string? Plover { get; init; }
    public FusedValue<FusedDate>? Date { get; init; }
    public FusedValue<FusedPlace>? Place { get; init; }
    public FusedValue<string>? Actor1 { get; init; }
    public FusedValue<string>? Actor2 { get; init; }
    public FusedFigure? Fatalities { get; init; }
    public FusedFigure? Injuries { get; init; }
    public int Outlets { get; init; }
    public int IndependentSources { get; init; }
    public bool PartisanOnly { get; init; }
    public DateOnly? FirstReport { get; init; }
    public DateOnly? LastReport { get; init; }

    public IEnumerable<string> MentionIds => Sources.Select(s => s.MentionId);
}
