namespace Sitrep.Reference;

/// <summary>A reference file that cannot be read at all (empty, binary, not an ACLED or UCDP export, missing columns): nothing is imported.</summary>
public sealed class ReferenceFormatException(string message) : Exception(message);
