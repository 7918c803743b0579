namespace Sitrep.Time;

/// <summary>
/// What a date says about the events around it. Only <see cref="When"/> dates an event:
/// "since 2001" opens a period, "until 2014" closes one, "a February 2019 report" dates a
/// document, not the attack the sentence is about, and "said on Monday" dates a statement.
/// </summary>
public enum TimeRole
{
    When,
    Since,
    Until,
    Modifier,
    /// <summary>
    /// The date of a statement about the event ("police said on Monday"): the event happened then
    /// or before, so it dates the event only when nothing else in the sentence does.
    /// </summary>
    Statement,
    /// <summary>
    /// The date of a dateline or a press release's first line ("KABUL, March 4 (Reuters) -",
    /// "Press release, 14 September 2020"): the text's own date. Relative dates resolve against it,
    /// and it dates an event only as the publication date would (when nothing else does).
    /// </summary>
    Dateline,
}
