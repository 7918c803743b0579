namespace Sitrep.Time;

/// <summary>What one match resolved to, before roles and spans are settled.</summary>
internal readonly record struct TimeReading(
    DateOnly? Start,
    DateOnly? End,
    DatePrecision Precision,
    string Rule,
    TimeAnchoring Anchoring,
    bool Future = false,
    bool IsDuration = false,
    TimeRole Role = TimeRole.When);
