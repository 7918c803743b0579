using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Framing;

/// <summary>
/// Framing of stored articles, computed on demand from their stored text with the current
/// pipeline and data pack: a changed lexicon applies at once, with no re-ingest, and the result
/// is the same as at ingest for the same data (the pipeline is deterministic). The cost is one
/// pipeline run per article, paid only by the framing views.
/// </summary>
public sealed class StoredFraming(SitrepPipeline pipeline, ArticleFramingProfiler profiler)
{
    public static StoredFraming CreateDefault(DataPack data) => new(PipelineBuilder.Default(data), ArticleFramingProfiler.Load(data));

    public ArticleFramingProfiler Profiler => profiler;

    /// <summary>The processed document and its profile.</summary>
    public (Document Document, ArticleFramingProfile Profile) Read(Article article)
    {
        var document = pipeline.Process(article);
        return (document, profiler.Profile(document));
    }
}
