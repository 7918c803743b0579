namespace Sitrep.Reference;

/// <summary>What one import did: rows read, new, updated (same id, other values), unchanged (a re-import), and left out.</summary>
public sealed record ReferenceImportSummary(string Set, ReferenceFlavour Flavour, string File, long Read, long New, long Updated, long Unchanged, long Failed);
