namespace Sitrep.Evaluation;

public enum MetricOutcome
{
    /// <summary>The gold field is missing: the case does not count for this metric.</summary>
    NotScored,
    Correct,
    Wrong,
    /// <summary>The gold name is unknown to the gazetteer or actor dictionary: reported, not held against the extractor.</summary>
    Unresolved,
}
