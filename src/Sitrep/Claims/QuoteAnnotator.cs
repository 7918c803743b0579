using Sitrep.Pipeline;

namespace Sitrep.Claims;

// PLACEHOLDER until its issue lands: adds nothing yet.
public sealed class QuoteAnnotator : IAnnotator
{
    public static QuoteAnnotator Load(DataPack data) => data.Get(_ => new QuoteAnnotator());

    public string Name => "quotes";

    public void Annotate(Document document)
    {
    }
}
