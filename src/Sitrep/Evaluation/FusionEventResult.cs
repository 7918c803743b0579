namespace Sitrep.Evaluation;

/// <summary>
/// How one gold event fared: the fused event holding most of its reports (null: none found) and
/// each fused-value metric (null: the gold field is absent, so not scored).
/// </summary>
public sealed record FusionEventResult
{
    public required string GoldEventId { get; init; }
    public string? FusedEventId { get; init; }
    public int Pairs { get; init; }
    public int SourcesKept { get; init; }
    public bool? DateExact { get; init; }
    public bool? Admin2 { get; init; }
    public bool Admin2Unresolved { get; init; }
    public bool? EventType { get; init; }
    public bool? FatalitiesInRange { get; init; }
    public bool? FatalitiesBestExact { get; init; }
    public bool? Disputed { get; init; }
    public string? Predicted { get; init; }
    public string? Expected { get; init; }
}
