namespace Sitrep.Evaluation;

/// <summary>
/// One scored example: a short text, the date its relative expressions resolve against, and
/// the human coding of the event it describes (null when the source coded none).
/// <see cref="Location"/> is "file:line" so a mistake can be traced to its record.
/// </summary>
public sealed record GoldCase(
    string Id,
    string Text,
    DateOnly? ReferenceDate,
    ReferenceDateKind ReferenceDateKind,
    GoldEvent? Gold,
    string Location)
{
    /// <summary>
    /// The case's other top-level string fields (for example "style", "country", "category"),
    /// by which <c>sitrep eval --by</c> breaks the metrics down. Empty for CSV exports.
    /// </summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();
}
