namespace Sitrep.Events;

/// <summary>
/// A victim noun of <c>data/casualties/victims.tsv</c>. <see cref="Group"/> "*" marks a generic
/// head ("members", "head of") whose group comes from its "of" complement.
/// </summary>
internal sealed record VictimNoun(string Group, string? Side, bool Singular, bool Armed)
{
    public bool IsGeneric => Group == "*";
}
