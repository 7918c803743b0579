using System.Data.Common;
using Sitrep.Dedup;

namespace Sitrep.Storage;

/// <summary>
/// The matching rule both engines' linkers apply to the candidates their LSH lookup returns
/// (rows of article id and stored MinHash, in band order, then in the order articles were stored):
/// the most similar at or above <see cref="LshBands.Threshold"/>, the first of equals winning.
/// </summary>
internal static class NearDuplicateMatch
{
    /// <param name="compared">How many stored articles were compared (each once, however many bands it shares).</param>
    public static (string ArticleId, double Similarity)? Best(DbDataReader candidates, MinHash signature, out int compared)
    {
        (string ArticleId, double Similarity)? best = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (candidates.Read())
        {
            var id = candidates.GetString(0);
            if (!seen.Add(id)) continue;
            var similarity = MinHash.FromBytes((byte[])candidates.GetValue(1)).Similarity(signature);
            if (similarity >= LshBands.Threshold && (best is null || similarity > best.Value.Similarity)) best = (id, similarity);
        }
        compared = seen.Count;
        return best;
    }
}
