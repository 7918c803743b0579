using Sitrep.Pipeline;

namespace Sitrep.Time;

// PLACEHOLDER until its issue lands: adds nothing yet.
public sealed class TimeAnnotator : IAnnotator
{
    public static TimeAnnotator Load(DataPack data) => data.Get(_ => new TimeAnnotator());

    public string Name => "dates";

    public void Annotate(Document document)
    {
    }
}
