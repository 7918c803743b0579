using System.Collections.Frozen;
using Sitrep.Actors;

namespace Sitrep.Geo;

/// <summary>
/// Names of armed actors that belong to one country other than Afghanistan ("Boko Haram",
/// "Houthi rebels", "al-Shabaab", "Tatmadaw"), from the actor pack: evidence of the article's
/// country when a headline or a press release names no country ("Boko Haram kills 30 farmers in
/// Borno"). Only state forces, rebels and militias count; external forces ("US forces") and
/// transnational groups (the Islamic State's aliases are Afghan in the pack) do not, nor do
/// generic nouns.
/// </summary>
public sealed class ActorCountryCues
{
    private const string HomeCountry = "AF";
    // Frozen once read: looked up for every word of every text.
    private readonly FrozenDictionary<string, List<(string[] Folds, bool Acronym, string Country)>> _byFirst;

    public ActorCountryCues(ActorDictionary actors, IReadOnlyDictionary<string, string> countryCodesByName)
    {
        var byFirst = new Dictionary<string, List<(string[] Folds, bool Acronym, string Country)>>(StringComparer.Ordinal);
        foreach (var alias in actors.Aliases)
        {
            var actor = alias.Actor;
            if (alias.IsGeneric || alias.IsMetonym || actor.Country is null) continue;
            if (actor.Type is not (ActorType.StateForces or ActorType.RebelGroup or ActorType.PoliticalMilitia or ActorType.IdentityMilitia)) continue;
            if (!countryCodesByName.TryGetValue(actor.Country, out var code) || code == HomeCountry) continue;
            var folds = PlaceView.Of(alias.Text).Select(t => t.Fold).ToArray();
            if (folds.Length == 0) continue;
            if (!byFirst.TryGetValue(folds[0], out var list)) byFirst[folds[0]] = list = [];
            list.Add((folds, alias.IsAcronym, code));
        }
        foreach (var list in byFirst.Values) list.Sort((a, b) => b.Folds.Length.CompareTo(a.Folds.Length));
        _byFirst = byFirst.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The country of each actor name in the text, longest name first at each word, with its sentence.</summary>
    public List<(string Country, int Token)> Find(string text, IReadOnlyList<TextToken> tokens)
    {
        var found = new List<(string, int)>();
        var i = 0;
        while (i < tokens.Count)
        {
            var hit = Longest(text, tokens, i);
            if (hit is { } h)
            {
                found.Add((h.Country, i));
                i += h.Length;
            }
            else i++;
        }
        return found;
    }

    private (string Country, int Length)? Longest(string text, IReadOnlyList<TextToken> tokens, int i)
    {
        if (!_byFirst.TryGetValue(tokens[i].Fold, out var list)) return null;
        foreach (var (folds, acronym, country) in list)
        {
            if (i + folds.Length > tokens.Count) continue;
            var ok = true;
            for (var k = 0; k < folds.Length && ok; k++)
                ok = tokens[i + k].Fold == folds[k] && (!acronym || tokens[i + k].AllCaps);
            if (ok) return (country, folds.Length);
        }
        return null;
    }
}
