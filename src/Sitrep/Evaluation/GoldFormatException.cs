namespace Sitrep.Evaluation;

/// <summary>The gold file as a whole cannot be read: it is in none of the accepted formats, or lacks a column the format needs.</summary>
public sealed class GoldFormatException(string message) : Exception(message);
