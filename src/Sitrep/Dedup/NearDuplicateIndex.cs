namespace Sitrep.Dedup;

/// <summary>
/// Finds stored articles whose MinHash signature is close to a new one. Locality-sensitive
/// hashing: signatures are cut into bands, and only articles sharing a whole band with the new
/// one are compared, so a lookup stays fast over a large store.
/// </summary>
public sealed class NearDuplicateIndex
{
    /// <summary>Estimated Jaccard similarity of word shingles from which two articles are the same story.</summary>
    public const double Threshold = 0.5;

    // 21 bands of 3 rows: a pair at the threshold (J = 0.5) shares a band with probability
    // 1 - (1 - 0.5^3)^21 = 0.94, a republished copy (J >= 0.7) with probability > 0.9999, while
    // articles on the same topic (J = 0.2) rarely do (0.16): with 2 rows a band they nearly all
    // did, and lookups grew with the store.
    private const int Rows = 3;
    private const int Bands = MinHash.Length / Rows;

    private readonly Dictionary<(int Band, ulong Hash), List<string>> _buckets = [];
    private readonly Dictionary<string, MinHash> _signatures = new(StringComparer.Ordinal);

    public int Count => _signatures.Count;

    public void Add(string articleId, MinHash signature)
    {
        if (!_signatures.TryAdd(articleId, signature)) return;
        for (var band = 0; band < Bands; band++)
        {
            var key = (band, BandHash(signature, band));
            if (!_buckets.TryGetValue(key, out var ids)) _buckets[key] = ids = [];
            ids.Add(articleId);
        }
    }

    /// <summary>The most similar indexed article at or above <see cref="Threshold"/> (the first found on ties: deterministic for one insertion order), or null.</summary>
    public (string ArticleId, double Similarity)? BestMatch(MinHash signature)
    {
        (string Id, double Similarity)? best = null;
        var compared = new HashSet<string>(StringComparer.Ordinal);
        for (var band = 0; band < Bands; band++)
        {
            if (!_buckets.TryGetValue((band, BandHash(signature, band)), out var ids)) continue;
            foreach (var id in ids)
            {
                if (!compared.Add(id)) continue;
                var similarity = _signatures[id].Similarity(signature);
                if (similarity >= Threshold && (best is null || similarity > best.Value.Similarity)) best = (id, similarity);
            }
        }
        return best;
    }

    private static ulong BandHash(MinHash signature, int band)
    {
        var hash = 14695981039346656037UL;
        foreach (var value in signature.Values.Slice(band * Rows, Rows))
            hash = (hash ^ value) * 1099511628211UL;
        return hash;
    }
}
