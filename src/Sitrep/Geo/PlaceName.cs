namespace Sitrep.Geo;

/// <summary>One spelling of a place (its name or an alias) with the keys the matcher compares.</summary>
public sealed record PlaceName(Place Place, string Text, string Fold, string Key, int WordCount)
{
    /// <summary>The key without its inner a's, which the trie is keyed on: computed, not kept, since only loading needs it.</summary>
    public string Skeleton => PlaceNameNormalizer.Skeleton(Key);

    /// <summary>
    /// Romanisation tolerance is for Afghan names; elsewhere ("Mali", "Man") only the exact
    /// spelling, up to case and diacritics, is taken.
    /// </summary>
    public NameAgreement Agreement { get; } = Place.Country == "AF" ? PlaceNameNormalizer.Agreement(Key) : NameAgreement.Fold;

    /// <summary>All-caps acronyms ("US", "UAE") match only in that exact case.</summary>
    public bool IsAcronym => Text.Length <= 5 && Text.All(c => !char.IsLetter(c) || char.IsUpper(c));

    /// <summary>Spelt lower case in the data ("eastern Afghanistan"): no capital needed in text.</summary>
    public bool StartsLower => Text.Length > 0 && char.IsLower(Text[0]);

    /// <summary>Keys of a name, computed in one pass over its words.</summary>
    public static PlaceName Of(Place place, string text) => Of(place, text, null);

    /// <summary>As <see cref="Of(Place, string)"/>, the keys shared with equal keys of other names through <paramref name="pool"/>.</summary>
    internal static PlaceName Of(Place place, string text, StringPool? pool)
    {
        var fold = new System.Text.StringBuilder(text.Length);
        var key = new System.Text.StringBuilder(text.Length);
        var words = 0;
        var first = true;
        foreach (var token in PlaceNameNormalizer.Tokens(text))
        {
            var folded = PlaceNameNormalizer.FoldToken(token);
            fold.Append(folded);
            var connective = PlaceNameNormalizer.IsConnective(folded);
            if (!connective) words++;
            if (first || !connective) key.Append(PlaceNameNormalizer.KeyOfFolded(folded));
            first = false;
        }
        return pool is null
            ? new PlaceName(place, text, fold.ToString(), key.ToString(), words)
            : new PlaceName(place, pool.Share(text), pool.Share(fold.ToString()), pool.Share(key.ToString()), words);
    }

    /// <summary>Does a text span with these keys spell this name closely enough?</summary>
    public bool Agrees(string fold, string key) => Agreement switch
    {
        NameAgreement.Fold => fold == Fold,
        NameAgreement.Key => key == Key,
        _ => true, // the skeleton already matched
    };
}
