namespace Sitrep.Evaluation;

/// <summary>
/// The scores of one technique (or of all together). Overlap matching, as EVAL_FORMAT.md defines
/// it: a predicted span matches a gold span of the same technique when they share a character;
/// precision = matched predicted / predicted, recall = matched gold / gold. <see cref="PartialPrecision"/>
/// and <see cref="PartialRecall"/> give partial-overlap credit as the SemEval-2020 task 11 scorer
/// does: each span earns the share of its own length that same-technique spans of the other side
/// cover (at most 1), so a prediction covering half of a gold phrase earns half.
/// </summary>
public sealed record FramingScore(string Technique, int Gold, int Predicted, int MatchedGold, int MatchedPredicted, double GoldCredit, double PredictedCredit)
{
    public double Precision => Predicted == 0 ? 0 : (double)MatchedPredicted / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)MatchedGold / Gold;
    public double F1 => F(Precision, Recall);
    public double PartialPrecision => Predicted == 0 ? 0 : PredictedCredit / Predicted;
    public double PartialRecall => Gold == 0 ? 0 : GoldCredit / Gold;
    public double PartialF1 => F(PartialPrecision, PartialRecall);

    private static double F(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}

/// <summary>A span the detector predicted, in the terms the scorer compares.</summary>
public sealed record FramingPrediction(int Start, int End, string Technique, string Speaker, string Rule);

/// <summary>One passage: its gold spans and what the detector predicted (for --mistakes).</summary>
public sealed record FramingPassageResult(FramingPassage Passage, IReadOnlyList<FramingPrediction> Predicted);

/// <summary>
/// The framing report: per technique over every span ("all" scope) and over the outlet's own
/// voice alone ("outlet" scope: gold and predicted spans whose speaker is the outlet), plus
/// speaker accuracy: of the gold spans a same-technique prediction found, how many got the right speaker.
/// </summary>
public sealed record FramingEvalReport(
    string GoldPath,
    IReadOnlyList<FramingScore> All,
    IReadOnlyList<FramingScore> Outlet,
    int SpeakerScored,
    int SpeakerCorrect,
    IReadOnlyList<FramingPassageResult> Passages,
    IReadOnlyList<GoldReadError> Errors,
    TimeSpan Elapsed)
{
    public double SpeakerAccuracy => SpeakerScored == 0 ? 0 : (double)SpeakerCorrect / SpeakerScored;
}
