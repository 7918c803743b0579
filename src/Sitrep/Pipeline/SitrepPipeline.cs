using Sitrep.Documents;

namespace Sitrep.Pipeline;

/// <summary>An ordered list of annotators; build one with <see cref="PipelineBuilder"/>.</summary>
public sealed class SitrepPipeline(IReadOnlyList<IAnnotator> annotators)
{
    public IReadOnlyList<IAnnotator> Annotators { get; } = annotators;

    public Document Process(Article article, DateOnly? referenceDate = null)
    {
        var document = new Document(article, referenceDate);
        foreach (var annotator in Annotators)
            annotator.Annotate(document);
        return document;
    }
}
