using Sitrep.Actors;
using Sitrep.Claims;
using Sitrep.Events;
using Sitrep.Framing;
using Sitrep.Geo;
using Sitrep.Numbers;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Pipeline;

/// <summary>
/// Assembles a pipeline. <see cref="UseDefaults"/> adds the standard components in dependency
/// order; <see cref="Use"/> appends one of your own (it sees everything added before it).
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IAnnotator> _annotators = [];

    public PipelineBuilder Use(IAnnotator annotator)
    {
        _annotators.Add(annotator);
        return this;
    }

    public PipelineBuilder UseDefaults(DataPack data) => this
        .Use(SentenceSplitter.Load(data))
        .Use(TimeAnnotator.Load(data))
        .Use(QuantityAnnotator.Load(data))
        .Use(PlaceAnnotator.Load(data))
        .Use(ActorAnnotator.Load(data))
        .Use(QuoteAnnotator.Load(data))
        .Use(CasualtyAnnotator.Load(data))
        .Use(EventExtractor.Load(data))
        .Use(FramingAnnotator.Load(data)); // last: it reads the quotes' speakers

    /// <summary>The pipeline; throws <see cref="PipelineOrderException"/> when a stage requires a layer no stage before it produces.</summary>
    public SitrepPipeline Build()
    {
        PipelineOrder.Check(_annotators);
        return new([.. _annotators]);
    }

    /// <summary>The standard pipeline over the shipped (or <c>SITREP_DATA</c>) data pack.</summary>
    public static SitrepPipeline Default(DataPack? data = null) =>
        new PipelineBuilder().UseDefaults(data ?? DataPack.Default).Build();
}
