using Sitrep.Text;

namespace Sitrep.Pipeline;

/// <summary>
/// The annotations of one layer grouped by the sentences that wholly hold them, each group in layer
/// order: what <see cref="Document.Within{T}"/> gives for every sentence, found in one pass over the
/// layer instead of one per sentence, which made a long document's cost grow with its square.
/// </summary>
public sealed class SentenceBuckets<T> where T : Annotation
{
    private readonly List<T>?[] _buckets;

    private SentenceBuckets(List<T>?[] buckets) => _buckets = buckets;

    /// <summary>The layer grouped by sentence, or null when the sentences overlap or are out of order.</summary>
    public static SentenceBuckets<T>? Of(IReadOnlyList<Sentence> sentences, IReadOnlyList<T> layer)
    {
        for (var i = 1; i < sentences.Count; i++)
            if (sentences[i].Span.Start < sentences[i - 1].Span.End) return null;
        var buckets = new List<T>?[sentences.Count];
        foreach (var annotation in layer)
        {
            var span = annotation.Span;
            // Sorted and apart, only the sentences from the last one starting at or before the
            // annotation back to the first ending before it may hold it: one, or two around an empty span.
            for (var k = LastStartingBy(sentences, span.Start); k >= 0 && sentences[k].Span.End >= span.Start; k--)
                if (sentences[k].Span.Contains(span)) (buckets[k] ??= []).Add(annotation);
        }
        return new SentenceBuckets<T>(buckets);
    }

    /// <summary>The annotations the sentence at this position in the document holds.</summary>
    public IReadOnlyList<T> In(int sentence) => _buckets[sentence] ?? (IReadOnlyList<T>)[];

    private static int LastStartingBy(IReadOnlyList<Sentence> sentences, int offset)
    {
        int low = 0, high = sentences.Count - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            if (sentences[mid].Span.Start <= offset) { found = mid; low = mid + 1; }
            else high = mid - 1;
        }
        return found;
    }
}
