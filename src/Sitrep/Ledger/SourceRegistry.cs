using System.Text.RegularExpressions;
using Sitrep.Pipeline;

namespace Sitrep.Ledger;

/// <summary>
/// The outlets of <c>data/sources/*.tsv</c> (format in data/sources/README.md): finds an article's
/// outlet by name, alias or URL domain, and the party behind a claimant ("Zabihullah Mujahid said").
/// </summary>
public sealed class SourceRegistry
{
    private readonly Dictionary<string, Outlet> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Outlet> _byDomain = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(Regex Pattern, int Length, Outlet Outlet)> _claimants = [];

    public IReadOnlyList<Outlet> Outlets { get; }

    public SourceRegistry(IEnumerable<Outlet> outlets)
    {
        var byId = new Dictionary<string, Outlet>(StringComparer.Ordinal);
        foreach (var outlet in outlets) byId[outlet.Id] = outlet; // a later entry replaces an earlier one
        Outlets = [.. byId.Values.OrderBy(o => o.Id, StringComparer.Ordinal)];
        foreach (var outlet in Outlets)
        {
            foreach (var name in outlet.Aliases.Prepend(outlet.Name))
            {
                _byName.TryAdd(name, outlet);
                if (outlet.SpeaksForParty && name.Length >= 2)
                    _claimants.Add((new Regex($@"(?<![\w-]){Regex.Escape(name)}(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), name.Length, outlet));
            }
            foreach (var domain in outlet.Domains) _byDomain.TryAdd(domain, outlet);
        }
        // The longest alias found in a claimant wins ("Afghan Ministry of Defence" over "MoD").
        _claimants.Sort((a, b) => b.Length != a.Length ? b.Length.CompareTo(a.Length) : string.CompareOrdinal(a.Outlet.Id, b.Outlet.Id));
    }

    public static SourceRegistry Load(DataPack data) => data.Get(d =>
    {
        var folder = Path.Combine(d.Directory, "sources");
        if (!Directory.Exists(folder)) return new SourceRegistry([]);
        var files = Directory.GetFiles(folder, "*.tsv").Order(StringComparer.Ordinal);
        return new SourceRegistry(files.SelectMany(f => Parse(f, File.ReadLines(f))).ToList());
    });

    /// <summary>Parses registry lines; a malformed line is an error naming the file and line.</summary>
    public static IEnumerable<Outlet> Parse(string path, IEnumerable<string> lines)
    {
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.TrimEnd('\r', '\n');
            if (line.Trim().Length == 0 || line.StartsWith('#')) continue;
            var f = line.Split('\t');
            if (f.Length < 3)
                throw new FormatException($"{path}:{number}: expected at least id, name and kind separated by tabs, found {f.Length} field(s)");
            if (!TryKind(f[2].Trim(), out var kind))
                throw new FormatException($"{path}:{number}: unknown kind \"{f[2].Trim()}\" (wire, national, local, party, un_ngo, partisan)");
            string Field(int i) => i < f.Length ? f[i].Trim() : "";
            static string[] List(string s) => [.. s.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
            yield return new Outlet(f[0].Trim(), f[1].Trim(), kind, Field(3) is { Length: > 0 } party ? party : null, List(Field(4)), List(Field(5)));
        }
    }

    private static bool TryKind(string text, out SourceKind kind)
    {
        kind = text switch
        {
            "wire" => SourceKind.Wire,
            "national" => SourceKind.National,
            "local" => SourceKind.Local,
            "party" => SourceKind.Party,
            "un_ngo" => SourceKind.UnNgo,
            "partisan" => SourceKind.Partisan,
            _ => SourceKind.Unknown,
        };
        return kind != SourceKind.Unknown;
    }

    /// <summary>The outlet an article came from: by its outlet name or alias, else by its URL's domain, else by a party's alias inside its name; unknown otherwise.</summary>
    public Outlet Find(string? outletName, string? url)
    {
        if (outletName is { Length: > 0 } && _byName.TryGetValue(outletName.Trim(), out var named)) return named;
        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            // "news.bbc.co.uk" is on "bbc.co.uk": try the host, then each parent domain.
            for (var host = uri.Host; host.Contains('.'); host = host[(host.IndexOf('.') + 1)..])
                if (_byDomain.TryGetValue(host, out var byDomain)) return byDomain;
        }
        // "Taliban spokesman statement", "Ministry of Interior Affairs": a name holding a party's voice is that party's outlet
        if (Claimant(outletName) is { } voice)
            return new Outlet(voice.Id, outletName!.Trim(), SourceKind.Party, voice.Party, [], []);
        return Outlet.Unknown(outletName);
    }

    /// <summary>The party a claimant speaks for ("the Taliban's spokesman", "Ministry of Defence"), or null for an independent or unknown voice.</summary>
    public Outlet? Claimant(string? claimedBy)
    {
        if (string.IsNullOrWhiteSpace(claimedBy)) return null;
        foreach (var (pattern, _, outlet) in _claimants)
            if (pattern.IsMatch(claimedBy)) return outlet;
        return null;
    }
}
