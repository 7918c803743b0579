namespace Sitrep.Time;

/// <summary>
/// What a reading depended on: nothing (an absolute date), the reference date, an earlier date in
/// the text, or (no reference date known) the one year its paragraph states (<see cref="ParagraphYear"/>).
/// </summary>
internal enum TimeAnchoring
{
    Absolute,
    Reference,
    Previous,
    Duration,
    StatedYear,
}
