using Sitrep.Documents;
using Sitrep.Framing;
using Sitrep.Ledger;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Framing;

public class ArticleFramingProfileTests
{
    private static readonly SitrepPipeline Pipeline = PipelineBuilder.Default();
    private static readonly ArticleFramingProfiler Profiler = ArticleFramingProfiler.Load(DataPack.Default);

    private static ArticleFramingProfile Profile(string text, string? outlet = null) =>
        Profiler.Profile(Pipeline.Process(Article.Create(text, "test", outlet: outlet, published: new DateOnly(2020, 6, 16))));

    private const string Ministry =
        "The heroic soldiers of our proud nation crushed a Taliban attack in Andar district of Ghazni province on Monday. " +
        "35 Taliban terrorists were eliminated and 12 others wounded in the operation. Four brave commandos were martyred. " +
        "The enemies of Afghanistan suffered heavy losses. Long live Afghanistan!";

    private const string Wire =
        "Taliban fighters attacked a police checkpoint in Andar district of Ghazni province on Monday, killing four policemen, " +
        "the provincial governor's spokesman said. A Taliban spokesman said on Twitter that two of the group's fighters had been \"martyred\". " +
        "The claims could not be independently verified.";

    [Fact]
    public void A_release_that_honours_its_own_dead_and_removes_the_others_is_heavily_framed_and_one_sided()
    {
        var p = Profile(Ministry);
        Assert.True(p.HeavilyFramed);
        Assert.Equal(p.Sentences, p.FramedSentences);
        Assert.True(p.OneSided);
        var government = Assert.Single(p.Dead, d => d.Side == "government");
        Assert.Equal((4L, 1), (government.Killed, government.Registers["glorifying"]));
        var insurgent = Assert.Single(p.Dead, d => d.Side == "insurgent");
        Assert.Equal(35L, insurgent.Killed);
        Assert.Equal(1, insurgent.Words["eliminated"]);
        Assert.Contains(p.Reasons, r => r.StartsWith("honours the dead of government as martyrs", StringComparison.Ordinal));
    }

    [Fact]
    public void A_wire_report_quoting_both_sides_is_neither_framed_nor_one_sided()
    {
        var p = Profile(Wire);
        Assert.Equal(0, p.FramedSentences);
        Assert.False(p.HeavilyFramed);
        Assert.False(p.OneSided);
        Assert.Contains("taliban", p.PartiesQuoted);
        Assert.Equal(1, p.QuotedCues); // the spokesman's "martyred" is his, not the wire's
    }

    [Fact]
    public void Outlets_aggregate_their_articles_with_the_registry_stance_and_counting_asymmetry()
    {
        var registry = SourceRegistry.Load(DataPack.Default);
        var rows = OutletFramingSummary.Aggregate([Profile(Ministry, "Ministry of Defence"), Profile(Wire, "Afghan Wire Service"), Profile(Wire, "Afghan Wire Service")], registry, byMonth: true);
        var mod = Assert.Single(rows, r => r.Outlet == "Ministry of Defence (Afghanistan)");
        Assert.Equal(("2020-06", 1, 1, 1), (mod.Month, mod.Articles, mod.HeavilyFramed, mod.OneSided));
        Assert.Equal("party, speaks for government_af", mod.Stance);
        Assert.Equal((4.0 - 35) / (4 + 35), mod.CountingAsymmetry, 6);
        var wire = Assert.Single(rows, r => r.Outlet == "Afghan Wire Service");
        Assert.Equal((2, 0.0, 1.0), (wire.Articles, wire.FramedShare, wire.CountingAsymmetry)); // four policemen only, twice
    }
}
