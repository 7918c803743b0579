namespace Sitrep.Ledger;

/// <summary>
/// Names joined into disjoint sets (union-find over strings): the link groups one ledger update
/// touches, so that groups no fresh report ties together are recomputed one set at a time.
/// </summary>
public sealed class NameSets
{
    private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);

    public void Add(string name) => _parent.TryAdd(name, name);

    public void Join(string a, string b)
    {
        Add(a);
        Add(b);
        var (ra, rb) = (Find(a), Find(b));
        if (ra == rb) return;
        // the smaller name leads, so the sets do not depend on the order of joins
        if (string.CompareOrdinal(ra, rb) < 0) _parent[rb] = ra;
        else _parent[ra] = rb;
    }

    /// <summary>Every set, each sorted, ordered by its smallest name.</summary>
    public List<List<string>> Sets() =>
        [.. _parent.Keys.GroupBy(Find, StringComparer.Ordinal)
            .Select(g => g.Order(StringComparer.Ordinal).ToList())
            .OrderBy(s => s[0], StringComparer.Ordinal)];

    private string Find(string name)
    {
        while (_parent[name] is var up && up != name)
        {
            var grand = _parent[up];
            _parent[name] = grand;
            name = grand;
        }
        return name;
    }
}
