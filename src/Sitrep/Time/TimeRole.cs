namespace Sitrep.Time;

/// <summary>
/// What a date says about the events around it. Only <see cref="When"/> dates an event:
/// "since 2001" opens a period, "until 2014" closes one, and "a February 2019 report" dates a
/// document, not the attack the sentence is about.
/// </summary>
public enum TimeRole
{
    When,
    Since,
    Until,
    Modifier,
}
