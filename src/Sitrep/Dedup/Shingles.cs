using System.Text;

namespace Sitrep.Dedup;

/// <summary>
/// The word n-grams ("shingles") of a text as 64-bit hashes: words lower-cased, punctuation and
/// case ignored, so a republished copy with different quotes, dashes or capitals shingles the same.
/// </summary>
public static class Shingles
{
    public const int Size = 3;

    public static HashSet<ulong> Of(string text)
    {
        var words = Words(text);
        var shingles = new HashSet<ulong>();
        for (var i = 0; i + Size <= words.Count; i++)
        {
            var hash = 14695981039346656037UL; // FNV-1a offset basis
            for (var j = i; j < i + Size; j++)
            {
                hash = (hash ^ words[j]) * 1099511628211UL;
            }
            shingles.Add(hash);
        }
        return shingles;
    }

    private static List<ulong> Words(string text)
    {
        var words = new List<ulong>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) { current.Append(char.ToLowerInvariant(c)); continue; }
            if (current.Length > 0) { words.Add(Hash(current)); current.Clear(); }
        }
        if (current.Length > 0) words.Add(Hash(current));
        return words;
    }

    private static ulong Hash(StringBuilder word)
    {
        var hash = 14695981039346656037UL;
        foreach (var chunk in word.GetChunks())
            foreach (var c in chunk.Span)
                hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }
}
