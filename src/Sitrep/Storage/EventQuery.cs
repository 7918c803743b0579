namespace Sitrep.Storage;

/// <summary>Filters for listing stored events; null means "any".</summary>
public sealed record EventQuery
{
    public string? EventType { get; init; }
    public EventKind Kind { get; init; } = EventKind.All;
    /// <summary>admin1 values to keep, as stored (resolve a name's spellings first, e.g. with <see cref="SqliteStore.StoredProvinces"/>).</summary>
    public IReadOnlyCollection<string>? Provinces { get; init; }
    /// <summary>actor1/actor2 values to keep, as stored: a row is kept when either is one of them.</summary>
    public IReadOnlyCollection<string>? Actors { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? ArticleId { get; init; }
    /// <summary>Include events that do not count (hypothetical, negated, future, historical, denied).</summary>
    public bool IncludeUncounted { get; init; }
    public int Limit { get; init; } = 1000;
    /// <summary>How many matching rows to skip before the first one returned (paging).</summary>
    public long Offset { get; init; }
}
