using Sitrep.Pipeline;

namespace Sitrep.Framing;

// PLACEHOLDER until its issue lands: adds nothing yet.
public sealed class FramingAnnotator : IAnnotator
{
    public static FramingAnnotator Load(DataPack data) => data.Get(_ => new FramingAnnotator());

    public string Name => "framing";

    public void Annotate(Document document)
    {
    }
}
