using Sitrep.Ledger;

namespace Sitrep.Reference;

/// <summary>A reference row and the ledger event it matched (null: the ledger lacks it), with the pair score and the ledger mention that scored it.</summary>
public sealed record CoverageMatch(ReferenceEvent Reference, string? EventId, double? Score, string? MentionId);

/// <summary>A ledger event in the compared window and the reference rows that matched it (none: the reference lacks it).</summary>
public sealed record CoverageEvent(LedgerEvent Event, IReadOnlyList<string> ReferenceIds);
