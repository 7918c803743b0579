namespace Sitrep.Pipeline;

/// <summary>
/// A pipeline whose stages are in an order where one reads a layer that no stage before it
/// produces; thrown by <see cref="PipelineBuilder.Build"/> before any article is processed.
/// </summary>
public sealed class PipelineOrderException(string message) : InvalidOperationException(message);
