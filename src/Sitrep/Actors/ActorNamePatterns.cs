using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Sitrep.Actors;

/// <summary>
/// Reduces the names real exports write to names of the dictionary, by the naming patterns in
/// <c>actors/name_patterns.tsv</c>: a sub-unit after the period ("Police Forces of Afghanistan
/// (2014-2021) National Directorate of Security"), a period that no row names ("Military Forces
/// of Afghanistan (2014-)"), a faction after " - " ("Taliban - Red Unit"), ACLED's "ACRONYM: Name".
/// A name of a standard ACLED family that no row lists ("Civilians (Chad)", "Military Forces of
/// Chad (2021-)") becomes an actor of its own, named as the export writes it less its period, so
/// that every spelling of it compares equal.
/// </summary>
public sealed class ActorNamePatterns
{
    public const string File = "actors/name_patterns.tsv";
    private const int MaxRewrites = 4;

    private readonly List<(Regex Pattern, string Replacement)> _retries = [];
    private readonly List<(Regex Pattern, ActorType Type)> _families = [];
    private readonly ConcurrentDictionary<string, Actor> _made = new(StringComparer.OrdinalIgnoreCase);

    public ActorNamePatterns(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var c = line.Split('\t');
            if (c.Length < 3) throw new FormatException($"{File}: expected kind, pattern and replacement: {line}");
            var regex = new Regex(c[1], RegexOptions.CultureInvariant);
            if (c[0] == "retry") _retries.Add((regex, c[2]));
            else if (c[0] == "family") _families.Add((regex, (ActorType)int.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture)));
            else throw new FormatException($"{File}: unknown kind {c[0]}: {line}");
        }
    }

    public static ActorNamePatterns None { get; } = new([]);

    /// <summary>The actor <paramref name="name"/> stands for, through <paramref name="lookup"/> of its rewrites, else a family actor, else null.</summary>
    public Actor? Resolve(string name, Func<string, Actor?> lookup)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { name };
        var frontier = new List<string> { name };
        for (var round = 0; round < MaxRewrites && frontier.Count > 0; round++)
        {
            var next = new List<string>();
            foreach (var current in frontier)
                foreach (var (pattern, replacement) in _retries)
                {
                    if (!pattern.IsMatch(current)) continue;
                    var rewritten = pattern.Replace(current, replacement).Trim();
                    if (!seen.Add(rewritten)) continue;
                    if (lookup(rewritten) is { } found) return found;
                    next.Add(rewritten);
                }
            frontier = next;
        }
        // The shortest rewrite is the family name without period or sub-unit.
        foreach (var candidate in seen.OrderBy(s => s.Length).ThenBy(s => s, StringComparer.Ordinal))
            foreach (var (pattern, type) in _families)
                if (pattern.Match(candidate) is { Success: true } m)
                    return _made.GetOrAdd(candidate, n => new Actor("acled:" + n, n, type,
                        m.Groups.Count > 1 && m.Groups[1].Success ? m.Groups[1].Value : null, null, n, [n]));
        return null;
    }
}
