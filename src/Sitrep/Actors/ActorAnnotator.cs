using Sitrep.Pipeline;

namespace Sitrep.Actors;

// PLACEHOLDER until its issue lands: adds nothing yet.
public sealed class ActorAnnotator : IAnnotator
{
    public static ActorAnnotator Load(DataPack data) => data.Get(_ => new ActorAnnotator());

    public string Name => "actors";

    public void Annotate(Document document)
    {
    }
}
