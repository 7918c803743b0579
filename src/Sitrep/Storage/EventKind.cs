namespace Sitrep.Storage;

/// <summary>Which stream of events a listing shows: ACLED's six types, PLOVER-only political interactions, or both.</summary>
public enum EventKind
{
    All,
    Acled,
    Political,
}
