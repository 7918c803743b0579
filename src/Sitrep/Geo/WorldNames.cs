using Sitrep.Pipeline;

namespace Sitrep.Geo;

/// <summary>
/// The folded admin1 names of the world file (<c>geo/world/admin1_names.txt</c>, 3,500 lines,
/// two words or six letters at least) and the names of its towns and admin1 units that lie in one
/// country only (<c>geo/world/place_names.txt</c>, 48,000 lines, names the Afghan file lacks): small
/// enough to load always, so that a text naming one ("Cabo Delgado", "near Tikrit") loads the world
/// gazetteer and an Afghan text does not.
/// </summary>
public sealed class WorldNames(IEnumerable<string> folds)
{
    public const string File = "geo/world/admin1_names.txt";
    public const string PlacesFile = "geo/world/place_names.txt";
    private const int MaxWords = 4;

    private readonly HashSet<string> _folds = new(folds, StringComparer.Ordinal);

    public static WorldNames Load(DataPack data) => data.Get(d => new WorldNames(d.ReadLines(File).Concat(d.ReadLines(PlacesFile))));

    /// <summary>Whether a run of tokens that starts capitalised spells a world admin1 name.</summary>
    public bool AnyIn(IReadOnlyList<TextToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].Capitalised) continue;
            var run = tokens[i].Fold;
            if (_folds.Contains(run)) return true;
            for (var k = 1; k < MaxWords && i + k < tokens.Count; k++)
            {
                run += " " + tokens[i + k].Fold;
                if (_folds.Contains(run)) return true;
            }
        }
        return false;
    }
}
