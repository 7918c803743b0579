using Sitrep.Actors;
using Sitrep.Claims;
using Sitrep.Events;
using Sitrep.Geo;
using Sitrep.Numbers;
using Sitrep.Pipeline;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Tests.Foundation;

public class PipelineOrderTests
{
    private static readonly DataPack Data = DataPack.Default;

    [Fact]
    public void The_default_order_builds_and_every_requirement_is_met_by_an_earlier_stage()
    {
        var pipeline = PipelineBuilder.Default();
        var produced = new HashSet<Layer>();
        foreach (var stage in pipeline.Annotators)
        {
            Assert.All(stage.Requires, layer => Assert.Contains(layer, produced));
            produced.UnionWith(stage.Produces);
        }
        Assert.Contains(Layer.Events, produced);
    }

    [Fact]
    public void A_stage_before_the_stage_it_reads_is_refused_with_both_names()
    {
        var builder = new PipelineBuilder()
            .Use(SentenceSplitter.Load(Data))
            .Use(QuantityAnnotator.Load(Data))
            .Use(CasualtyAnnotator.Load(Data))
            .Use(TimeAnnotator.Load(Data))
            .Use(ActorAnnotator.Load(Data))
            .Use(QuoteAnnotator.Load(Data))
            .Use(EventExtractor.Load(Data))
            .Use(PlaceAnnotator.Load(Data));

        var error = Assert.Throws<PipelineOrderException>(builder.Build);

        Assert.Contains("stage 'events' (stage 7 of 8) requires the places layer", error.Message);
        Assert.Contains("put 'places' before 'events'", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_layer_no_stage_produces_is_named()
    {
        var builder = new PipelineBuilder()
            .Use(SentenceSplitter.Load(Data))
            .Use(CasualtyAnnotator.Load(Data));

        var error = Assert.Throws<PipelineOrderException>(builder.Build);

        Assert.Contains("'casualties' (stage 2 of 2) requires the quantities layer, but no stage of this pipeline produces it", error.Message);
    }

    [Fact]
    public void The_first_unmet_requirement_is_reported_even_before_any_stage_produces_anything()
    {
        var error = Assert.Throws<PipelineOrderException>(new PipelineBuilder()
            .Use(TimeAnnotator.Load(Data))
            .Use(SentenceSplitter.Load(Data))
            .Build);

        Assert.Contains("'dates' (stage 1 of 2) requires the sentences layer, but 'sentences' produces it only later", error.Message);
    }

    [Fact]
    public void Stages_that_declare_nothing_are_not_checked()
    {
        var pipeline = new PipelineBuilder().Use(new Undeclared()).Use(SentenceSplitter.Load(Data)).Build();

        Assert.Equal(2, pipeline.Annotators.Count);
        Assert.Empty(pipeline.Annotators[0].Requires);
    }

    private sealed class Undeclared : IAnnotator
    {
        public string Name => "undeclared";
        public void Annotate(Document document) { }
    }
}
