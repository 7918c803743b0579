namespace Sitrep.Dedup;

/// <summary>
/// Locality-sensitive hashing of MinHash signatures: a signature is cut into bands, and only
/// articles sharing a whole band with a new one are compared with it. The store keeps the band
/// keys of every article in an indexed table, so a lookup reads a few rows from disk however
/// large the corpus, and memory stays flat.
/// </summary>
public static class LshBands
{
    /// <summary>Estimated Jaccard similarity of word shingles from which two articles are the same story.</summary>
    public const double Threshold = 0.5;

    // 21 bands of 3 rows: a pair at the threshold (J = 0.5) shares a band with probability
    // 1 - (1 - 0.5^3)^21 = 0.94, a republished copy (J >= 0.7) with probability > 0.9999, while
    // articles on the same topic (J = 0.2) rarely do (0.16): with 2 rows a band they nearly all
    // did, and lookups grew with the store.
    public const int Rows = 3;
    public const int Count = MinHash.Length / Rows;

    /// <summary>
    /// Stored articles compared per shared bucket: the most recent ones. A bucket that thousands of
    /// articles share holds boilerplate (a template's fixed sentences, an outlet's footer) rather
    /// than evidence of copying, and reading it whole made every lookup grow with the store. A
    /// real copy shares several buckets with its original (a republished story, J >= 0.7, about 7
    /// of 21), so it is still found where one of them is crowded.
    /// </summary>
    public const int ComparedPerBucket = 64;

    /// <summary>The (band, bucket) keys of a signature, one per band, in band order.</summary>
    public static IEnumerable<(int Band, long Bucket)> Keys(MinHash signature)
    {
        for (var band = 0; band < Count; band++)
            yield return (band, unchecked((long)BandHash(signature, band)));
    }

    private static ulong BandHash(MinHash signature, int band)
    {
        var hash = 14695981039346656037UL;
        foreach (var value in signature.Values.Slice(band * Rows, Rows))
            hash = (hash ^ value) * 1099511628211UL;
        return hash;
    }
}
