namespace Sitrep.Time;

/// <summary>How precisely a date is known; the numbers follow ACLED's time_precision where it has one.</summary>
public enum DatePrecision
{
    Day = 1,
    Week = 2,
    Month = 3,
    Year = 4,
}
