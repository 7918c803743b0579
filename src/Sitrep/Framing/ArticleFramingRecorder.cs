using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Framing;

/// <summary>
/// Makes the framing summary ingest stores with each English article (<see cref="Storage.StoredDocument.Framing"/>),
/// from the document the pipeline has just processed, so the framing views need not process it again.
/// </summary>
public sealed class ArticleFramingRecorder(ArticleFramingProfiler profiler, FramingDataVersion version)
{
    public static ArticleFramingRecorder Load(DataPack data) => new(ArticleFramingProfiler.Load(data), FramingDataVersion.Of(data));

    public FramingDataVersion Version => version;

    /// <summary>The summary's JSON; null for an article not in English (it has no framing to summarise).</summary>
    public string? Json(Document document) =>
        document.Article.Language != LanguageIdentifier.English
            ? null
            : new StoredFramingSummary(version.Value, profiler.Profile(document)).ToJson();
}
