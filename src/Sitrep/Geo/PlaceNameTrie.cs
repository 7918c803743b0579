namespace Sitrep.Geo;

/// <summary>
/// A character trie over name skeletons (<see cref="PlaceNameNormalizer.Skeleton"/>). The matcher
/// feeds it one text token at a time and reads the names ending at each token boundary, so a text
/// is scanned once however many names the gazetteer holds. Nodes are plain integers and edges
/// one hash table, which keeps loading tens of thousands of names cheap. Once loaded
/// (<see cref="Freeze"/>), each node's names are one array: the world file's hundred thousand
/// nodes would otherwise each keep a half-empty list.
/// </summary>
public sealed class PlaceNameTrie
{
    public const int Root = 0;
    public const int None = -1;

    private readonly Dictionary<long, int> _edges = [];
    private readonly Dictionary<int, List<PlaceName>> _adding = [];
    private TrieNames?[]? _names;
    private FrozenEdges? _frozenEdges;
    private int _nodeCount = 1;

    /// <summary>The node reached from <paramref name="node"/> by <paramref name="chars"/>, or <see cref="None"/>.</summary>
    public int Step(int node, ReadOnlySpan<char> chars)
    {
        if (_frozenEdges is { } frozen)
        {
            foreach (var c in chars)
            {
                if (node == None) return None;
                node = frozen.Get(Edge(node, c));
            }
            return node;
        }
        foreach (var c in chars)
        {
            if (node == None || !_edges.TryGetValue(Edge(node, c), out node)) return None;
        }
        return node;
    }

    /// <summary>Names whose skeleton ends at this node.</summary>
    public PlaceName[]? NamesAt(int node) => NameSetAt(node)?.Names;

    /// <summary>As <see cref="NamesAt"/>, with the spelling checks the matcher filters on.</summary>
    public TrieNames? NameSetAt(int node) =>
        node == None ? null : (_names ?? throw new InvalidOperationException("the trie is read once frozen"))[node];

    /// <summary>The names of every node that has some, once frozen.</summary>
    public IEnumerable<PlaceName[]> AllNames =>
        (_names ?? throw new InvalidOperationException("the trie is read once frozen")).Where(set => set is not null).Select(set => set!.Names);

    /// <summary>Ends loading: the names become arrays, indexed by node, the edges one packed table, and <see cref="Add"/> is closed.</summary>
    public void Freeze()
    {
        _names = new TrieNames?[_nodeCount];
        foreach (var (node, names) in _adding) _names[node] = new TrieNames([.. names]);
        _adding.Clear();
        _adding.TrimExcess();
        if (FrozenEdges.Fits(_nodeCount))
        {
            _frozenEdges = new FrozenEdges(_edges);
            _edges.Clear();
        }
        _edges.TrimExcess();
    }

    public void Add(PlaceName name)
    {
        if (_names is not null) throw new InvalidOperationException("the trie is frozen");
        // sized for a gazetteer on the first name, not up front: a trie read from an image adds none
        if (_edges.Count == 0) _edges.EnsureCapacity(1 << 17);
        if (name.Skeleton.Length == 0) return;
        var node = Root;
        foreach (var c in name.Skeleton)
        {
            var edge = Edge(node, c);
            if (!_edges.TryGetValue(edge, out var next))
            {
                next = _nodeCount++;
                _edges[edge] = next;
            }
            node = next;
        }
        if (!_adding.TryGetValue(node, out var list)) _adding[node] = list = [];
        list.Add(name);
    }

    /// <summary>The loaded trie's parts, for <see cref="GazetteerImage"/>: null before <see cref="Freeze"/> or when the edges did not pack.</summary>
    internal (int NodeCount, TrieNames?[] Names, FrozenEdges Edges)? Frozen =>
        _names is not null && _frozenEdges is not null ? (_nodeCount, _names, _frozenEdges) : null;

    /// <summary>A frozen trie from the parts <see cref="Frozen"/> gave.</summary>
    internal static PlaceNameTrie FromFrozen(int nodeCount, TrieNames?[] names, FrozenEdges edges) =>
        new() { _nodeCount = nodeCount, _names = names, _frozenEdges = edges };

    private static long Edge(int node, char c) => ((long)node << 16) | c;
}
