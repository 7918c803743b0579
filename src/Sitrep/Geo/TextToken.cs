namespace Sitrep.Geo;

/// <summary>A word of the text as the place matcher sees it, with its name keys precomputed.</summary>
public readonly record struct TextToken(int Start, int End, string Fold, string Key, bool Capitalised, bool AllCaps)
{
    public bool IsConnective => PlaceNameNormalizer.IsConnective(Fold);

    /// <summary>This token's part of a name skeleton: the leading vowel counts only for a name's first token.</summary>
    public string SkeletonPiece(bool first)
    {
        if (Key.Length == 0) return "";
        return first ? PlaceNameNormalizer.Skeleton(Key) : Key.Replace("a", "", StringComparison.Ordinal);
    }
}
