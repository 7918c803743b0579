namespace Sitrep.Events;

/// <summary>
/// Death tolls too large for one event. The deadliest single attacks of the Afghan war killed a few
/// hundred, so a toll of <see cref="WarTotal"/> or more is a war statistic wherever it stands, and
/// one of <see cref="Placeless"/> or more with no place below the country sums up many events.
/// </summary>
public static class TallySize
{
    public const long WarTotal = 1000;
    public const long Placeless = 100;
}
