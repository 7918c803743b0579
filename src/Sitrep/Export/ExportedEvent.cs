using Sitrep.Ledger;

namespace Sitrep.Export;

/// <summary>A ledger event with the stored evidence of its reports (in mention id order), as the writers receive it.</summary>
public sealed record ExportedEvent(LedgerEvent Event, IReadOnlyList<MentionEvidence> Evidence)
{
    /// <summary>
    /// The report whose sentence stands for the event (ACLED's notes): the first mention the fused
    /// event type was taken from that has stored text, else the first report with text.
    /// </summary>
    public MentionEvidence? Lead =>
        Event.EventType.FromMentions.Select(id => Evidence.FirstOrDefault(x => x.MentionId == id)).FirstOrDefault(x => x is not null)
        ?? Evidence.FirstOrDefault();
}
