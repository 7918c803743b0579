namespace Sitrep.Storage;

/// <summary>Filters for listing stored events; null means "any".</summary>
public sealed record EventQuery
{
    public string? EventType { get; init; }
    public EventKind Kind { get; init; } = EventKind.All;
    public string? Province { get; init; }
    public string? Actor { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? ArticleId { get; init; }
    /// <summary>Include events that do not count (hypothetical, negated, future, historical, denied).</summary>
    public bool IncludeUncounted { get; init; }
    public int Limit { get; init; } = 1000;
}
