namespace Sitrep.Ledger;

/// <summary>
/// The decisions in force, as pairwise must-link and cannot-link constraints with the sequence
/// number of the decision that made them (a later one overrides an earlier one on the same pair).
/// </summary>
public sealed class FusionConstraints
{
    public static readonly FusionConstraints None = new([]);

    private readonly Dictionary<(string, string), (long Seq, bool Together)> _pairs = [];
    private readonly Dictionary<string, List<string>> _mustPartners = new(StringComparer.Ordinal);

    public FusionConstraints(IEnumerable<LedgerDecision> decisions)
    {
        foreach (var d in decisions.OrderBy(d => d.Seq))
            foreach (var other in d.Others)
                if (other != d.Anchor)
                    _pairs[Key(d.Anchor, other)] = (d.Seq, d.Kind == LedgerDecision.Merge);
        foreach (var ((a, b), rule) in _pairs)
            if (rule.Together)
            {
                Partners(a).Add(b);
                Partners(b).Add(a);
            }
        foreach (var list in _mustPartners.Values) list.Sort(StringComparer.Ordinal);
    }

    public bool IsEmpty => _pairs.Count == 0;

    private List<string> Partners(string id)
    {
        if (!_mustPartners.TryGetValue(id, out var list)) _mustPartners[id] = list = [];
        return list;
    }

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    /// <summary>Mentions a person put together with <paramref name="id"/> (in force: not overridden by a later split).</summary>
    public IReadOnlyList<string> MustLinked(string id) => _mustPartners.TryGetValue(id, out var list) ? list : [];

    public bool CannotLink(string a, string b) => _pairs.TryGetValue(Key(a, b), out var rule) && !rule.Together;

    public bool MustLink(string a, string b) => _pairs.TryGetValue(Key(a, b), out var rule) && rule.Together;

    /// <summary>Every mention some decision names.</summary>
    public IEnumerable<string> Mentions => _pairs.Keys.SelectMany(k => new[] { k.Item1, k.Item2 }).Distinct(StringComparer.Ordinal);
}
