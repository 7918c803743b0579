namespace Sitrep.Geo;

/// <summary>One spelling of a place (its name or an alias) with the keys the matcher compares.</summary>
public sealed record PlaceName(Place Place, string Text, string Fold, string Key, string Skeleton)
{
    /// <summary>
    /// Romanisation tolerance is for Afghan names; elsewhere ("Mali", "Man") only the exact
    /// spelling, up to case and diacritics, is taken.
    /// </summary>
    public NameAgreement Agreement { get; } = Place.Country == "AF" ? PlaceNameNormalizer.Agreement(Key) : NameAgreement.Fold;

    /// <summary>All-caps acronyms ("US", "UAE") match only in that exact case.</summary>
    public bool IsAcronym { get; } = Text.Length <= 5 && Text.All(c => !char.IsLetter(c) || char.IsUpper(c));

    /// <summary>Spelt lower case in the data ("eastern Afghanistan"): no capital needed in text.</summary>
    public bool StartsLower { get; } = Text.Length > 0 && char.IsLower(Text[0]);

    /// <summary>Words of the name other than connectives.</summary>
    public int WordCount { get; } = PlaceNameNormalizer.Tokens(Text).Count(t => !PlaceNameNormalizer.IsConnective(PlaceNameNormalizer.FoldToken(t)));

    public static PlaceName Of(Place place, string text)
    {
        var key = PlaceNameNormalizer.Key(text);
        return new PlaceName(place, text, PlaceNameNormalizer.Fold(text), key, PlaceNameNormalizer.Skeleton(key));
    }

    /// <summary>Does a text span with these keys spell this name closely enough?</summary>
    public bool Agrees(string fold, string key) => Agreement switch
    {
        NameAgreement.Fold => fold == Fold,
        NameAgreement.Key => key == Key,
        _ => true, // the skeleton already matched
    };
}
