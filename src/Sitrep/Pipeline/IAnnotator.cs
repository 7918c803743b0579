namespace Sitrep.Pipeline;

/// <summary>
/// One pipeline component: reads the document and what earlier components added, adds its own
/// spans. Implementations are stateless over documents so one instance serves all threads.
/// </summary>
public interface IAnnotator
{
    string Name { get; }
    void Annotate(Document document);

    /// <summary>Layers this stage reads, which stages before it must produce. None unless declared.</summary>
    IReadOnlyList<Layer> Requires => [];

    /// <summary>Layers this stage adds to. None unless declared.</summary>
    IReadOnlyList<Layer> Produces => [];
}
