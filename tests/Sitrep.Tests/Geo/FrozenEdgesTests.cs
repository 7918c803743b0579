using Sitrep.Geo;

namespace Sitrep.Tests.Geo;

public class FrozenEdgesTests
{
    [Fact]
    public void Finds_every_edge_it_was_built_from_and_no_other()
    {
        // Edge keys as the trie makes them (node << 16 | char), many sharing a node or a char,
        // so that probe runs cross each other.
        var random = new Random(7);
        var edges = new Dictionary<long, int>();
        while (edges.Count < 5000)
            edges.TryAdd(((long)random.Next(0, 3000) << 16) | (uint)random.Next('a', 'z' + 1), random.Next(1, 1 << 20));
        var frozen = new FrozenEdges(edges);

        foreach (var (key, node) in edges) Assert.Equal(node, frozen.Get(key));
        for (var i = 0; i < 5000; i++)
        {
            var key = ((long)random.Next(0, 4000) << 16) | (uint)random.Next('a', 'z' + 3);
            Assert.Equal(edges.TryGetValue(key, out var node) ? node : PlaceNameTrie.None, frozen.Get(key));
        }
    }

    [Fact]
    public void Node_zero_and_char_zero_are_ordinary_keys()
    {
        var frozen = new FrozenEdges(new Dictionary<long, int> { [0] = 5, [1L << 16] = 6 });
        Assert.Equal(5, frozen.Get(0));
        Assert.Equal(6, frozen.Get(1L << 16));
        Assert.Equal(PlaceNameTrie.None, frozen.Get(2));
    }

    [Fact]
    public void An_empty_table_finds_nothing() =>
        Assert.Equal(PlaceNameTrie.None, new FrozenEdges([]).Get(42));

    [Fact]
    public void A_loaded_trie_steps_through_its_names_and_stops_off_them()
    {
        var place = new Place("X1", "Qala-e-Naw", PlaceKind.PopulatedPlace, "AF", null, null, null, null);
        var trie = new PlaceNameTrie();
        var name = PlaceName.Of(place, "Qala-e-Naw");
        trie.Add(name);
        trie.Freeze();

        var node = trie.Step(PlaceNameTrie.Root, name.Skeleton);
        Assert.Equal(new[] { name }, trie.NamesAt(node));
        Assert.Equal(PlaceNameTrie.None, trie.Step(node, "zz"));
        Assert.Null(trie.NamesAt(trie.Step(PlaceNameTrie.Root, name.Skeleton.AsSpan(0, name.Skeleton.Length - 1))));
    }
}
