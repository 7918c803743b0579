namespace Sitrep.Ledger;

/// <summary>One entry of the source registry: an outlet or voice, its kind and the party it speaks for (null: independent).</summary>
public sealed record Outlet(string Id, string Name, SourceKind Kind, string? Party, IReadOnlyList<string> Aliases, IReadOnlyList<string> Domains)
{
    /// <summary>An outlet the registry does not know: taken as independent.</summary>
    public static Outlet Unknown(string? name) => new("", name ?? "", SourceKind.Unknown, null, [], []);

    public bool SpeaksForParty => Party is not null;

    /// <summary>How much one report weighs in the type majority: a party's or a partisan's report half.</summary>
    public double Weight => Kind is SourceKind.Party or SourceKind.Partisan ? 0.5 : 1.0;
}
