namespace Sitrep.Geo;

/// <summary>
/// A character trie over name skeletons (<see cref="PlaceNameNormalizer.Skeleton"/>). The matcher
/// feeds it one text token at a time and reads the names ending at each token boundary, so a text
/// is scanned once however many names the gazetteer holds.
/// </summary>
public sealed class PlaceNameTrie
{
    private readonly Node _root = new();

    public sealed class Node
    {
        internal Dictionary<char, Node>? Children;
        public List<PlaceName>? Names { get; internal set; }

        public Node? Step(ReadOnlySpan<char> chars)
        {
            var node = this;
            foreach (var c in chars)
            {
                if (node.Children is null || !node.Children.TryGetValue(c, out var next)) return null;
                node = next;
            }
            return node;
        }
    }

    public Node Root => _root;

    public void Add(PlaceName name)
    {
        if (name.Skeleton.Length == 0) return;
        var node = _root;
        foreach (var c in name.Skeleton)
        {
            node.Children ??= new Dictionary<char, Node>();
            if (!node.Children.TryGetValue(c, out var next)) node.Children[c] = next = new Node();
            node = next;
        }
        (node.Names ??= []).Add(name);
    }
}
