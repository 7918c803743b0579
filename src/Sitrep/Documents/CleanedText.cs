namespace Sitrep.Documents;

/// <summary>Article text with its boilerplate removed, and the features found in that boilerplate.</summary>
public sealed record CleanedText(string Text, IReadOnlyList<PageFeature> Features);
