using System.Runtime.InteropServices;
using System.Text;

namespace Sitrep.Geo;

/// <summary>
/// Finds gazetteer names in text in one left-to-right pass: from each token it walks the
/// skeleton trie token by token and keeps the longest run whose spelling agrees with a name
/// (<see cref="PlaceName.Agrees"/>). Runs of at most <see cref="MaxTokens"/> tokens, joined only
/// by spaces, hyphens or apostrophes. Where nothing matches exactly, a capitalised word may match
/// a long major name within one edit ("Baghdhis") or be a demonym; the annotator decides which of
/// these weaker matches to believe.
/// </summary>
public sealed class PlaceMatcher(Gazetteer gazetteer, PlaceCues cues)
{
    public const int MaxTokens = 7;

    /// <summary>
    /// Matches in <paramref name="text"/>. In tokens flagged by <paramref name="titleCase"/>
    /// (headlines where every word is capitalised) capitals prove nothing, so only exact
    /// spellings count there.
    /// </summary>
    public List<PlaceNameMatch> Find(string text, IReadOnlyList<TextToken> tokens, IReadOnlyList<bool>? titleCase = null) =>
        // The walk reads tokens in place: through the interface each read was a call and a copy of the token.
        Find(text, tokens is List<TextToken> list ? CollectionsMarshal.AsSpan(list) : tokens.ToArray(), titleCase);

    private List<PlaceNameMatch> Find(string text, ReadOnlySpan<TextToken> tokens, IReadOnlyList<bool>? titleCase)
    {
        var matches = new List<PlaceNameMatch>();
        var i = 0;
        while (i < tokens.Length)
        {
            var match = Longest(text, tokens, i, titleCase);
            // "German" is a demonym before it is a village of that name.
            if (match is null || match.FirstToken == match.LastToken && match.Names.All(n => n.Place.Kind != PlaceKind.Country)
                && gazetteer.ByDemonymFold(tokens[i].Fold) is not null)
                match = Weak(text, tokens, i, titleCase) ?? match;
            if (match is null) { i++; continue; }
            matches.Add(match);
            i = match.LastToken + 1;
        }
        return matches;
    }

    private PlaceNameMatch? Longest(string text, ReadOnlySpan<TextToken> tokens, int first, IReadOnlyList<bool>? titleCase)
    {
        ref readonly var t0 = ref tokens[first];
        if (t0.Key.Length == 0) return null;
        // A run that starts lower case agrees only with a name spelt so (see Agreeing), which must begin with this word.
        if (!t0.Capitalised && !gazetteer.LowerNameBeginnings.Contains(t0.Fold)) return null;
        var trie = gazetteer.Trie;
        var node = trie.Step(PlaceNameTrie.Root, t0.SkeletonPiece(first: true));
        PlaceNameMatch? best = null;
        for (var j = first; node != PlaceNameTrie.None;)
        {
            // A name never ends on a kind word: "Kandahar city" is the name "Kandahar" plus a cue.
            if (trie.NameSetAt(node) is { } names && tokens[j].Key.Length > 0 && (j == first || !EndsOnAdminWord(tokens[j])))
            {
                var agreeing = Agreeing(text, tokens, first, j, names, Concat(tokens, first, j, fold: true),
                    Concat(tokens, first, j, fold: false), titleCase is not null && titleCase[first]);
                if (agreeing.Count > 0)
                    best = new PlaceNameMatch(first, j, agreeing, Blocked: agreeing.All(n => n.Place.Id == Gazetteer.StopPhraseId));
            }
            if (j + 1 >= tokens.Length || j + 1 - first >= MaxTokens || !Joined(text, in tokens[j], in tokens[j + 1])) break;
            j++;
            node = trie.Step(node, tokens[j].SkeletonPiece(first: false));
        }
        return best;
    }

    private static string Concat(ReadOnlySpan<TextToken> tokens, int first, int last, bool fold)
    {
        if (first == last) return fold ? tokens[first].Fold : tokens[first].Key;
        var sb = new StringBuilder();
        for (var t = first; t <= last; t++) sb.Append(fold ? tokens[t].Fold : tokens[t].Key);
        return sb.ToString();
    }

    private bool EndsOnAdminWord(in TextToken token) =>
        cues.RoleOf(token.Fold) is CueRole.Province or CueRole.District or CueRole.City or CueRole.Village or CueRole.Capital;

    private List<PlaceName> Agreeing(string text, ReadOnlySpan<TextToken> tokens, int first, int last,
        TrieNames names, string fold, string key, bool exactOnly)
    {
        List<PlaceName>? result = null;
        var checkedRun = false;
        var looseAllowed = true;
        var lowerInside = false;
        var words = 0;
        var capitalised = tokens[first].Capitalised;
        // Words in capitals are headlines or acronyms, where only exact spellings count.
        exactOnly |= tokens[first].AllCaps;
        // Spelling variants must stay close in letters too, not only in consonants and vowel
        // classes: "Hirat" for "Herat" or "Qunduz" for "Kunduz" pass, "Domain" for "Daman" does not.
        var allowance = Math.Max(1, fold.Length / 4);
        var foldHash = fold.GetHashCode();
        var keyHash = key.GetHashCode();
        var checks = names.Checks;
        for (var k = 0; k < checks.Length; k++)
        {
            if (!checks[k].MayAgree(foldHash, keyHash)) continue;
            var n = names.Names[k];
            if (!n.Agrees(fold, key)) continue;
            var exact = n.Fold == fold;
            if (!exact && (exactOnly || PlaceNameNormalizer.Distance(fold, n.Fold, allowance) > allowance)) continue;
            if (!checkedRun)
            {
                CheckRun(tokens, first, last, out looseAllowed, out lowerInside, out words);
                checkedRun = true;
            }
            // Beyond an exact spelling, a run of several words must be all proper words: "On July"
            // or "In the" must not pass for a name through their consonants.
            if (!exact && !looseAllowed) continue;
            // A lower-case word inside the run ("US is") is only part of a name spelt exactly so, word for word.
            if (lowerInside && (!exact || n.WordCount != words)) continue;
            if (!capitalised && !(n.StartsLower && exact)) continue;
            if (n.IsAcronym && !SpelledInCapitals(text, tokens[first].Start, tokens[last].End)) continue;
            (result ??= []).Add(n);
        }
        return result ?? [];
    }

    private void CheckRun(ReadOnlySpan<TextToken> tokens, int first, int last, out bool looseAllowed, out bool lowerInside, out int words)
    {
        looseAllowed = true;
        lowerInside = false;
        words = 0;
        for (var t = first; t <= last; t++)
        {
            if (tokens[t].Key.Length == 0) continue;
            words++;
            if (first != last && (!tokens[t].Capitalised || gazetteer.IsStopWord(tokens[t].Fold))) looseAllowed = false;
            if (t > first && !tokens[t].Capitalised) lowerInside = true;
        }
    }

    private static bool SpelledInCapitals(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (char.IsLower(text[k])) return false;
        return true;
    }

    /// <summary>One-edit matches of long major names, then demonyms, for a capitalised word (or two).</summary>
    private PlaceNameMatch? Weak(string text, ReadOnlySpan<TextToken> tokens, int first, IReadOnlyList<bool>? titleCase)
    {
        ref readonly var t0 = ref tokens[first];
        if (!t0.Capitalised || t0.AllCaps || t0.Key.Length == 0) return null;
        var inTitle = titleCase is not null && titleCase[first];
        if (gazetteer.ByDemonymFold(t0.Fold) is { } country)
            return new PlaceNameMatch(first, first, [PlaceName.Of(country, text[t0.Start..t0.End])], Demonym: true);
        if (gazetteer.IsStopWord(t0.Fold) || inTitle) return null;
        // The annotator believes a one-edit match only beside a kind word ("the province of
        // Baghdhis", "Baghdhis province"), so only there is the one-edit index consulted.
        if (!NextToKindWord(text, tokens, first)) return null;
        var key = t0.Key;
        for (var j = first; ;)
        {
            if (key.Length >= Gazetteer.FuzzyMinKeyLength)
            {
                var near = gazetteer.Near(key);
                if (near.Count > 0) return new PlaceNameMatch(first, j, near, Fuzzy: true);
            }
            if (j > first || j + 1 >= tokens.Length || !tokens[j + 1].Capitalised || !Joined(text, in tokens[j], in tokens[j + 1])) break;
            j++;
            key += tokens[j].Key;
        }
        return null;
    }

    private bool NextToKindWord(string text, ReadOnlySpan<TextToken> tokens, int first)
    {
        if (first >= 2 && tokens[first - 1].Fold == "of" && IsKind(tokens, first - 2)) return true;
        return IsKind(tokens, first + 1) || IsKind(tokens, first + 2) && Joined(text, in tokens[first], in tokens[first + 1]);
    }

    private bool IsKind(ReadOnlySpan<TextToken> tokens, int t) => t >= 0 && t < tokens.Length && PlaceCues.IsKindCue(cues.RoleOf(tokens[t].Fold));

    /// <summary>Tokens of one name are separated by a space, a hyphen or an apostrophe, or a dot in "U.S.".</summary>
    private static bool Joined(string text, in TextToken a, in TextToken b)
    {
        var gap = text.AsSpan(a.End, b.Start - a.End);
        if (gap.Length == 0) return true;
        if (gap.Length > 3) return false;
        // "KABUL - A bomb": a hyphen with spaces around it is a dash between phrases.
        if (gap.Length == 3 && gap[0] == ' ' && gap[2] == ' ') return false;
        foreach (var c in gap)
        {
            if (c is ' ' or '-' or '\u2010' or '\u2011' or '\u00A0' || PlaceNameNormalizer.IsApostrophe(c)) continue;
            if (c == '.' && a.End - a.Start == 1) continue;
            return false;
        }
        return true;
    }
}
