namespace Sitrep.Time;

/// <summary>A part of a month or year from <c>time/parts.tsv</c> ("early": 0 to 0.33).</summary>
public sealed record PartPhrase(string Phrase, double From, double To);
