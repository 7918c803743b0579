using Sitrep.Pipeline;

namespace Sitrep.Events;

// PLACEHOLDER until its issue lands: adds nothing yet.
public sealed class EventExtractor : IAnnotator
{
    public static EventExtractor Load(DataPack data) => data.Get(_ => new EventExtractor());

    public string Name => "events";

    public void Annotate(Document document)
    {
    }
}
