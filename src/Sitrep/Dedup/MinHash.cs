namespace Sitrep.Dedup;

/// <summary>
/// A MinHash signature of a text's shingles: for each of <see cref="Length"/> seeded hash
/// functions, the least hash over all shingles. The share of equal positions in two signatures
/// estimates the Jaccard similarity of the two shingle sets. Deterministic (fixed seeds).
/// </summary>
public sealed class MinHash
{
    public const int Length = 64;

    /// <summary>Texts with fewer shingles than this are too short to call near-duplicates.</summary>
    public const int MinShingles = 8;

    private readonly ulong[] _values;

    private MinHash(ulong[] values) => _values = values;

    public ReadOnlySpan<ulong> Values => _values;

    /// <summary>The signature of a text, or null when it is too short to compare.</summary>
    public static MinHash? Of(string text)
    {
        var shingles = Shingles.Of(text);
        if (shingles.Count < MinShingles) return null;
        var values = new ulong[Length];
        Array.Fill(values, ulong.MaxValue);
        foreach (var shingle in shingles)
            for (var i = 0; i < Length; i++)
            {
                var h = Mix(shingle ^ Seeds[i]);
                if (h < values[i]) values[i] = h;
            }
        return new MinHash(values);
    }

    public double Similarity(MinHash other)
    {
        var same = 0;
        for (var i = 0; i < Length; i++)
            if (_values[i] == other._values[i]) same++;
        return (double)same / Length;
    }

    public byte[] ToBytes()
    {
        var bytes = new byte[Length * 8];
        for (var i = 0; i < Length; i++) BitConverter.TryWriteBytes(bytes.AsSpan(i * 8), _values[i]);
        return bytes;
    }

    public static MinHash FromBytes(byte[] bytes)
    {
        if (bytes.Length != Length * 8) throw new FormatException($"a MinHash signature has {Length * 8} bytes, not {bytes.Length}");
        var values = new ulong[Length];
        for (var i = 0; i < Length; i++) values[i] = BitConverter.ToUInt64(bytes, i * 8);
        return new MinHash(values);
    }

    private static readonly ulong[] Seeds = Enumerable.Range(1, Length).Select(i => Mix((ulong)i * 0x9E3779B97F4A7C15UL)).ToArray();

    /// <summary>SplitMix64's finaliser: a fast, well-spread 64-bit mix.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
