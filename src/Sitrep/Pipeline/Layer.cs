namespace Sitrep.Pipeline;

/// <summary>
/// An annotation list of <see cref="Document"/> that a stage fills and later stages read. Stages
/// name the layers they read and write (<see cref="IAnnotator.Requires"/>, <see cref="IAnnotator.Produces"/>)
/// so that <see cref="PipelineBuilder.Build"/> can refuse an order in which a stage would read a
/// layer still empty. The text and its word layer exist from the start and are not listed.
/// </summary>
public enum Layer
{
    Sentences,
    Framing,
    Times,
    Quantities,
    Places,
    Actors,
    Quotes,
    Casualties,
    StatisticalClaims,
    Events,
}
