using Sitrep.Dedup;
using Sitrep.Documents;
using Sitrep.Time;

namespace Sitrep.Ingest;

/// <summary>What an ingest run did. <see cref="Failed"/> is true when any input could not be read or processed.</summary>
public sealed record IngestSummary(
    int ArticlesRead,
    int ArticlesStored,
    int AlreadyStored,
    int EventsFound,
    IReadOnlyList<ReadError> Errors,
    TimeSpan Elapsed)
{
    public bool Failed => Errors.Count > 0;

    /// <summary>Problems that cost nothing: a sidecar that could not be used (its article stored without that metadata), an archive member with a "../" or absolute name.</summary>
    public IReadOnlyList<ReadError> Warnings { get; init; } = [];

    /// <summary>Articles stored but not extracted from because they are not in English (their language named).</summary>
    public IReadOnlyList<LanguageSkip> NotEnglish { get; init; } = [];

    /// <summary>Articles recognised as near-copies of one stored before (republished wire stories), linked to it.</summary>
    public IReadOnlyList<DuplicateLink> NearDuplicates { get; init; } = [];

    /// <summary>Articles stored without a publication date whose relative or yearless dates therefore stayed unresolved.</summary>
    public IReadOnlyList<UndatedArticle> Undated { get; init; } = [];
}
