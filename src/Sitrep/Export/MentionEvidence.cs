namespace Sitrep.Export;

/// <summary>
/// One report behind an exported event, as exports cite it: the mention and article ids, outlet,
/// url and title, publication date, and the sentence that told the event with its offsets in the
/// article text (PLOVER's start/end). <see cref="Plover"/>/<see cref="PloverMode"/>: the mention's own PLOVER coding, if any.
/// </summary>
public sealed record MentionEvidence(
    string MentionId, string ArticleId, string? Outlet, string? Url, string? Title, DateOnly? Published,
    string Sentence, int SentenceStart, int SentenceEnd, string? Plover, string? PloverMode);
