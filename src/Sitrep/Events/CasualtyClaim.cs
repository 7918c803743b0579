namespace Sitrep.Events;

/// <summary>One source's total for a casualty kind; <see cref="ClaimedBy"/> null is the article's own voice.</summary>
public sealed record CasualtyClaim(string? ClaimedBy, long Best, long Low, long High);
