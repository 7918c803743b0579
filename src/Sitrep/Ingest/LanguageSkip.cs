namespace Sitrep.Ingest;

/// <summary>An article stored without extraction because it is not in English: where it came from and its language.</summary>
public sealed record LanguageSkip(string Location, string ArticleId, string LanguageCode, string LanguageName);
