namespace Sitrep.Storage;

/// <summary>Whether opening a store may create it: only writers (ingest, demo, import) create one.</summary>
public enum StoreOpenMode
{
    /// <summary>Create the database (and its schema) when the file does not exist.</summary>
    CreateIfMissing,

    /// <summary>The database must already exist; a missing file is a <see cref="StoreException"/>.</summary>
    Existing,
}
