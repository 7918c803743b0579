using Sitrep.Pipeline;

namespace Sitrep.Events;

// PLACEHOLDER until its issue lands: adds nothing yet.
public sealed class CasualtyAnnotator : IAnnotator
{
    public static CasualtyAnnotator Load(DataPack data) => data.Get(_ => new CasualtyAnnotator());

    public string Name => "casualties";

    public void Annotate(Document document)
    {
    }
}
