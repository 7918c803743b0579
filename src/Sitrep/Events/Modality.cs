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
}

public static class ModalityExtensions
{
    public static bool Counts(this Modality modality) => modality is Modality.Asserted or Modality.Reported;
}
