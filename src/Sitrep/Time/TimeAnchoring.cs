namespace Sitrep.Time;

/// <summary>What a reading depended on: nothing (an absolute date), the reference date, or an earlier date in the text.</summary>
internal enum TimeAnchoring
{
    Absolute,
    Reference,
    Previous,
    Duration,
}
