namespace Sitrep.Geo;

/// <summary>
/// The rows of the gazetteer files (<c>places.tsv</c>, then <c>world/places.tsv</c>) as 16
/// columns, merged: a later row with an id seen before adds its admin codes and aliases to the
/// earlier row (the world file gives the Afghan file's world cities their admin1/admin2), and
/// blank admin1/admin2 names are filled from the unit rows they point to, a unit's own admin id
/// from its id (the world file leaves them out to stay small).
/// </summary>
public static class PlaceRows
{
    public const int Columns = 16;
    private const int Id = 0, Kind = 1, Admin1Id = 4, Admin1 = 5, Admin2Id = 6, Admin2 = 7, Aliases = 13;

    /// <summary>The columns a place keeps as strings (id, kind, name, country, admin ids and names, source, capital): not the numbers, parsed once.</summary>
    private static readonly int[] Shared = [0, 1, 2, 3, 4, 5, 6, 7, 11, 15];

    /// <param name="pool">
    /// Shares each field as its line is split: every row is held until the merge ends, and without
    /// it the world file's repeated codes, sources and admin names were a copy per row (tens of
    /// megabytes more at the peak of loading).
    /// </param>
    internal static List<string[]> Merge(IEnumerable<string> lines, StringPool pool)
    {
        var rows = new List<string[]>();
        var byId = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            if (line.StartsWith("id\t", StringComparison.Ordinal)) continue;
            var f = Columns16(line.Split('\t'));
            foreach (var shared in Shared) f[shared] = pool.Share(f[shared]);
            if (byId.TryGetValue(f[Id], out var earlier))
            {
                Enrich(earlier, f);
                continue;
            }
            byId[f[Id]] = f;
            rows.Add(f);
        }
        foreach (var f in rows)
        {
            // a unit is its own admin1/admin2 (the world file leaves the repeated id out)
            if (f[Kind] == "Province" && f[Admin1Id].Length == 0) f[Admin1Id] = f[Id];
            if (f[Kind] == "District" && f[Admin2Id].Length == 0) f[Admin2Id] = f[Id];
            if (f[Admin1].Length == 0 && f[Admin1Id].Length > 0 && byId.TryGetValue(f[Admin1Id], out var unit1)) f[Admin1] = unit1[2];
            if (f[Admin2].Length == 0 && f[Admin2Id].Length > 0 && byId.TryGetValue(f[Admin2Id], out var unit2)) f[Admin2] = unit2[2];
        }
        return rows;
    }

    private static void Enrich(string[] earlier, string[] later)
    {
        if (earlier[Admin1Id].Length == 0 && later[Admin1Id].Length > 0)
        {
            earlier[Admin1Id] = later[Admin1Id];
            earlier[Admin1] = later[Admin1];
        }
        if (earlier[Admin2Id].Length == 0 && later[Admin2Id].Length > 0)
        {
            earlier[Admin2Id] = later[Admin2Id];
            earlier[Admin2] = later[Admin2];
        }
        if (later[Aliases].Length > 0)
            earlier[Aliases] = earlier[Aliases].Length == 0 ? later[Aliases] : earlier[Aliases] + "|" + later[Aliases];
    }

    private static string[] Columns16(string[] f)
    {
        // DataPack.ReadLines trims trailing whitespace, which eats empty trailing columns.
        if (f.Length is >= 12 and < Columns) Array.Resize(ref f, Columns);
        for (var i = 12; i < f.Length; i++) f[i] ??= "";
        if (f.Length < Columns) throw new FormatException($"{Gazetteer.PlacesFile}: expected {Columns} columns, got {f.Length}: {string.Join(' ', f.Take(3))}");
        return f;
    }
}
