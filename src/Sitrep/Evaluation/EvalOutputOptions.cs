namespace Sitrep.Evaluation;

/// <summary>What a report shows besides the overall metrics.</summary>
public sealed record EvalOutputOptions(int MistakesPerMetric = 0, bool PerType = false);
