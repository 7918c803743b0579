using Sitrep.Ledger;

namespace Sitrep.Framing;

/// <summary>
/// One outlet's articles taken together (and, with a month, one month of them): how many, the
/// mean share of framed sentences, how many are heavily framed or one-sided, the parties quoted,
/// the dead counted per side, and the casualty-counting asymmetry: the share of its counted
/// armed dead that are the government's minus the share that are the insurgents' (+1: it
/// counts only government dead; -1: only insurgent dead; 0: balanced, or none counted).
/// </summary>
public sealed record OutletFramingSummary(
    string Outlet,
    string? Month,
    SourceKind Kind,
    string? Party,
    int Articles,
    double FramedShare,
    int HeavilyFramed,
    int OneSided,
    IReadOnlyDictionary<string, int> PartiesQuoted,
    IReadOnlyDictionary<string, long> DeadBySide,
    IReadOnlyDictionary<string, int> DeathRegisters)
{
    public double CountingAsymmetry
    {
        get
        {
            var government = DeadBySide.GetValueOrDefault("government");
            var insurgent = DeadBySide.GetValueOrDefault("insurgent");
            return government + insurgent == 0 ? 0 : (double)(government - insurgent) / (government + insurgent);
        }
    }

    /// <summary>Stance from the source registry: its kind and the party it speaks for.</summary>
    public string Stance => Kind.ToString().ToLowerInvariant() + (Party is null ? "" : ", speaks for " + Party);

    /// <summary>Groups profiles by outlet (registry name, else the article's own), and by month when <paramref name="byMonth"/>.</summary>
    public static List<OutletFramingSummary> Aggregate(IEnumerable<ArticleFramingProfile> profiles, SourceRegistry registry, bool byMonth)
    {
        return [.. profiles
            .Select(p => (Profile: p, Outlet: registry.Find(p.Outlet, null)))
            .GroupBy(x => (Name: x.Outlet.Name is { Length: > 0 } n ? n : "(outlet unknown)",
                Month: byMonth ? x.Profile.Published?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) ?? "undated" : null))
            .OrderBy(g => g.Key.Name, StringComparer.Ordinal).ThenBy(g => g.Key.Month, StringComparer.Ordinal)
            .Select(g =>
            {
                var items = g.ToList();
                var outlet = items[0].Outlet;
                return new OutletFramingSummary(g.Key.Name, g.Key.Month, outlet.Kind, outlet.Party, items.Count,
                    items.Average(x => x.Profile.FramedShare),
                    items.Count(x => x.Profile.HeavilyFramed),
                    items.Count(x => x.Profile.OneSided),
                    Sum(items.SelectMany(x => x.Profile.PartiesQuoted).Select(p => (p, 1))),
                    SumLong(items.SelectMany(x => x.Profile.Dead).Select(d => (d.Side, d.Killed))),
                    Sum(items.SelectMany(x => x.Profile.Dead).SelectMany(d => d.Registers).Select(r => (r.Key, r.Value))));
            })];
    }

    private static SortedDictionary<string, int> Sum(IEnumerable<(string Key, int Value)> items)
    {
        var d = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (k, v) in items) d[k] = d.GetValueOrDefault(k) + v;
        return d;
    }

    private static SortedDictionary<string, long> SumLong(IEnumerable<(string Key, long Value)> items)
    {
        var d = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var (k, v) in items) d[k] = d.GetValueOrDefault(k) + v;
        return d;
    }
}
