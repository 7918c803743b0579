namespace Sitrep.Events;

/// <summary>
/// How the text commits to an event. Only <see cref="Asserted"/> and <see cref="Reported"/>
/// count in the ledger; the rest are kept so <c>sitrep explain</c> can say why they did not.
/// </summary>
public enum Modality
{
    Asserted,
    Reported,
    Denied,
    Hypothetical,
    Future,
    Negated,
    Historical,
    /// <summary>A later mention of an event the article already told (same type, place and date): one event, counted once.</summary>
    Repeat,
    /// <summary>Neither a place below the country nor a date of its own: commentary or a generic statement, not a codable event.</summary>
    Unanchored,
}

public static class ModalityExtensions
{
    public static bool Counts(this Modality modality) => modality is Modality.Asserted or Modality.Reported;
}
