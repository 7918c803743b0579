using System.Collections.Concurrent;
using Sitrep.Ledger;

namespace Sitrep.Framing;

/// <summary>
/// The party a speaker speaks for (<see cref="SourceRegistry.Claimant"/>), remembered per speaker's
/// words. The registry tries every alias's pattern in turn, and the same few speakers ("police", "a
/// Taliban spokesman", "the ministry") recur in article after article: asking it each time was the
/// largest part of the stored framing summary's cost (issue #19). The answer depends only on the
/// words and the registry, so remembering it changes nothing.
/// </summary>
public sealed class SpeakerParties(SourceRegistry sources)
{
    /// <summary>Speakers remembered at most; past it each new one is asked of the registry, so memory stays bounded on any corpus.</summary>
    private const int MaxRemembered = 20_000;

    private readonly ConcurrentDictionary<string, string?> _parties = new(StringComparer.Ordinal);

    /// <summary>The party of <paramref name="speaker"/>, or null for an independent, unknown or absent speaker.</summary>
    public string? Of(string? speaker)
    {
        if (speaker is null) return null;
        if (_parties.TryGetValue(speaker, out var party)) return party;
        party = sources.Claimant(speaker)?.Party;
        if (_parties.Count < MaxRemembered) _parties.TryAdd(speaker, party);
        return party;
    }
}
