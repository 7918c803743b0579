using Sitrep.Pipeline;

namespace Sitrep.Numbers;

// PLACEHOLDER until its issue lands: adds nothing yet.
public sealed class QuantityAnnotator : IAnnotator
{
    public static QuantityAnnotator Load(DataPack data) => data.Get(_ => new QuantityAnnotator());

    public string Name => "numbers";

    public void Annotate(Document document)
    {
    }
}
