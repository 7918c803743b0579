namespace Sitrep.Ledger;

/// <summary>A fused field's value and the mentions it was taken from (the evidence <c>sitrep explain</c> shows).</summary>
public sealed record FusedValue<T>(T Value, IReadOnlyList<string> FromMentions);
