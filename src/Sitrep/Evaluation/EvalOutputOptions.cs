namespace Sitrep.Evaluation;

/// <summary>What a report shows besides the overall metrics.</summary>
public sealed record EvalOutputOptions(int MistakesPerMetric = 0, bool PerType = false)
{
    /// <summary>Case labels ("style", "country", ...) to break the metrics down by, in the order asked.</summary>
    public IReadOnlyList<string> ByLabels { get; init; } = [];
}
