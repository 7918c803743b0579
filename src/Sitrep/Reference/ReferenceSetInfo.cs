namespace Sitrep.Reference;

/// <summary>One imported reference set: its name, flavour, rows and the dates they span.</summary>
public sealed record ReferenceSetInfo(string Name, ReferenceFlavour Flavour, long Rows, DateOnly? First, DateOnly? Last);
