using System.Text.Json.Serialization;
using Sitrep.Geo;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// One event as one article describes it. <see cref="EventType"/> and <see cref="SubEventType"/>
/// use ACLED's names; a political interaction that ACLED does not code (talks, demands,
/// accusations, withdrawals announced) has the type <see cref="PoliticalInteraction"/> and only a
/// PLOVER type in <see cref="Plover"/>.
/// Every filled field has at least one <see cref="Evidence"/> entry naming its span and rule.
/// </summary>
public sealed record EventMention
{
    /// <summary>The event type of a PLOVER-only political interaction: kept apart from ACLED's six types so it never inflates their counts.</summary>
    public const string PoliticalInteraction = "Political interaction";

    public required string Id { get; init; }
    public required string ArticleId { get; init; }
    public required string EventType { get; init; }
    public string? SubEventType { get; init; }
    public string? Plover { get; init; }
    /// <summary>PLOVER mode refining the type: "demand" for a REQUEST that is a demand, "suicide-attack", "aerial", ...</summary>
    public string? PloverMode { get; init; }
    public required Span Trigger { get; init; }
    public required string TriggerText { get; init; }
    public required Span Sentence { get; init; }
    public EventArgument? Agent { get; init; }
    public EventArgument? Target { get; init; }
    public PlaceMention? Place { get; init; }
    public EventDate? Date { get; init; }
    public CasualtyCount? Fatalities { get; init; }
    public CasualtyCount? Injuries { get; init; }
    public string? AttributedTo { get; init; }
    public Modality Modality { get; init; } = Modality.Asserted;
    public double Confidence { get; init; }
    public required IReadOnlyList<Evidence> Evidence { get; init; }

    public bool Counts => Modality.Counts();

    [JsonIgnore]
    public bool IsPoliticalInteraction => EventType == PoliticalInteraction;
}
