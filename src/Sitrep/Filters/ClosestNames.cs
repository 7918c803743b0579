using Quickenshtein;

namespace Sitrep.Filters;

/// <summary>The known names nearest to a misspelt one, for an error that tells the user what to type instead.</summary>
public static class ClosestNames
{
    public const int Shown = 5;

    public static IReadOnlyList<string> To(string name, IEnumerable<string> known)
    {
        var wanted = name.Trim().ToLowerInvariant();
        return known
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(k => (Name: k, Distance: Distance(wanted, k.ToLowerInvariant())))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Name, StringComparer.Ordinal)
            .Take(Shown)
            .Select(x => x.Name)
            .ToList();
    }

    /// <summary>
    /// Edit distance, with a name that starts with what was typed counted as close: "Taliban"
    /// is what someone typing "Tal" wants, though six letters are missing.
    /// </summary>
    private static int Distance(string typed, string known) =>
        known.StartsWith(typed, StringComparison.Ordinal) ? 0 : Levenshtein.GetDistance(typed, known);
}
