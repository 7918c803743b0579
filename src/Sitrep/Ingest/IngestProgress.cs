namespace Sitrep.Ingest;

/// <summary>Progress of a running ingest: inputs finished out of all, and running totals.</summary>
public readonly record struct IngestProgress(int InputsDone, int InputsTotal, int Articles, int Events, int Errors);
