using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Numbers;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Tests.Casualties;

/// <summary>The pipeline up to casualties only, so these tests depend on nothing downstream of them.</summary>
internal static class CasualtyPipeline
{
    private static readonly SitrepPipeline Pipeline = new PipelineBuilder()
        .Use(SentenceSplitter.Load(DataPack.Default))
        .Use(QuantityAnnotator.Load(DataPack.Default))
        .Use(CasualtyAnnotator.Load(DataPack.Default))
        .Build();

    public static Document Run(string text) => Pipeline.Process(Article.Create(text, "test"));

    /// <summary>Killed and injured best totals of the whole text, -1 when no figure was found.</summary>
    public static (long Killed, long Injured) Totals(string text)
    {
        var (killed, injured) = CasualtyTotals.For(Run(text).Casualties);
        return (killed?.Best ?? -1, injured?.Best ?? -1);
    }
}
