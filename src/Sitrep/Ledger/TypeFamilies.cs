namespace Sitrep.Ledger;

/// <summary>ACLED's disorder types, the families within which reports may fuse (see <see cref="LedgerMention.Family"/>).</summary>
public static class TypeFamilies
{
    public const string PoliticalViolence = "Political violence";
    public const string Demonstrations = "Demonstrations";

    public static string Of(string eventType) => eventType switch
    {
        "Battles" or "Explosions/Remote violence" or "Violence against civilians" => PoliticalViolence,
        "Protests" or "Riots" => Demonstrations,
        _ => eventType,
    };
}
