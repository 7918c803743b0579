namespace Sitrep.Analysis;

/// <summary>
/// Which current ledger events an analysis counts. Names are already resolved to the spellings
/// stored in the ledger (the CLI's --province and --actor filters do that), so the store can
/// filter with plain equality and its indexes. Null means "any".
/// </summary>
public sealed record LedgerSlice
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    /// <summary>admin1 values to keep, as stored.</summary>
    public IReadOnlyCollection<string>? Provinces { get; init; }
    /// <summary>actor1/actor2 values to keep, as stored: an event is kept when either is one of them.</summary>
    public IReadOnlyCollection<string>? Actors { get; init; }
    /// <summary>An event type or sub-event type (any case). Without it, political interactions (PLOVER) are left out: the counts are ACLED's six types.</summary>
    public string? EventType { get; init; }
    /// <summary>Only events told by at least this many independent sources (copies of one story count once).</summary>
    public int MinSources { get; init; }
    /// <summary>Keep political interactions (PLOVER) too when no event type is named: a listing shows every event, a count only ACLED's six types.</summary>
    public bool WithPoliticalInteractions { get; init; }

    public LedgerSlice Within(DateRange range) => this with { From = range.From, To = range.To };

    /// <summary>A slice whose province and actor filters (any spelling the data pack knows) are resolved to the spellings the ledger stores.</summary>
    public static LedgerSlice Resolve(LedgerFacts facts, Filters.ProvinceFilter? province, Filters.ActorFilter? actor, string? eventType, int minSources) => new()
    {
        EventType = eventType,
        MinSources = minSources,
        Provinces = province is null ? null : facts.Provinces().Where(province.Matches).ToList(),
        Actors = actor is null ? null : facts.Actors().Where(a => actor.Matches(a, null)).ToList(),
    };
}
