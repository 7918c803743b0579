namespace Sitrep.Evaluation;

/// <summary>The cases read from one gold file and the records that had to be left out, with where and why.</summary>
public sealed record GoldSet(string Path, GoldFormat Format, IReadOnlyList<GoldCase> Cases, IReadOnlyList<GoldReadError> Errors);
