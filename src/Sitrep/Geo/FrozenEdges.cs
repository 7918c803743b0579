using System.Numerics;

namespace Sitrep.Geo;

/// <summary>
/// The edges of a loaded <see cref="PlaceNameTrie"/> in one open-addressing table of packed
/// words: edge key and target node share a 64-bit slot, so a step reads one slot where a
/// <see cref="Dictionary{TKey, TValue}"/> reads a bucket and then an entry. The matcher steps
/// once per character of every token, against the world gazetteer's half a million edges.
/// </summary>
internal sealed class FrozenEdges
{
    private const int NodeBits = 24;
    private const ulong NodeMask = (1UL << NodeBits) - 1;

    private readonly ulong[] _slots;
    private readonly int _mask;
    private readonly int _shift;

    /// <summary>Can a trie with this many nodes be packed (node numbers in 24 bits, edge keys in 40)?</summary>
    public static bool Fits(int nodeCount) => nodeCount < (1 << NodeBits) - 1;

    public FrozenEdges(Dictionary<long, int> edges)
        // Two to four slots an edge keeps the probe runs short.
        : this(new ulong[1 << Math.Max(4, BitOperations.Log2((uint)Math.Max(1, edges.Count)) + 2)])
    {
        foreach (var (key, node) in edges)
        {
            var i = SlotOf(key);
            while (_slots[i] != 0) i = (i + 1) & _mask;
            _slots[i] = Tag(key) | (uint)node;
        }
    }

    /// <summary>A table as <see cref="Slots"/> gave it.</summary>
    /// <exception cref="InvalidDataException">Its length is not a power of two.</exception>
    public static FrozenEdges FromSlots(ulong[] slots) =>
        slots.Length >= 2 && BitOperations.IsPow2(slots.Length) ? new FrozenEdges(slots) : throw new InvalidDataException($"{slots.Length} edge slots: not a power of two");

    private FrozenEdges(ulong[] slots)
    {
        _slots = slots;
        _mask = slots.Length - 1;
        _shift = 64 - BitOperations.Log2((uint)slots.Length);
    }

    /// <summary>The packed table itself, for <see cref="GazetteerImage"/>.</summary>
    public ReadOnlySpan<ulong> Slots => _slots;

    /// <summary>The node the edge leads to, or <see cref="PlaceNameTrie.None"/>.</summary>
    public int Get(long key)
    {
        var tag = Tag(key);
        for (var i = SlotOf(key); ; i = (i + 1) & _mask)
        {
            var slot = _slots[i];
            if (slot == 0) return PlaceNameTrie.None;
            if ((slot & ~NodeMask) == tag) return (int)(slot & NodeMask);
        }
    }

    // Plus one, so that no tag is zero, which marks an empty slot.
    private static ulong Tag(long key) => (ulong)(key + 1) << NodeBits;

    private int SlotOf(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);
}
