namespace Sitrep.Time;

/// <summary>A fixed relative phrase from <c>time/relative.tsv</c> ("last week": shift week -1).</summary>
public sealed record RelativePhrase(string Phrase, string Kind, string Unit, int N);
