using Sitrep.Time;

namespace Sitrep.Events;

/// <summary>The date an event was given and how it was chosen (own clause, paragraph, publication date).</summary>
public sealed record EventDate(DateOnly Start, DateOnly End, DatePrecision Precision, string Source);
