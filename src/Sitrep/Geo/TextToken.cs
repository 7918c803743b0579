namespace Sitrep.Geo;

/// <summary>
/// A word of the text as the place matcher sees it, with its name keys precomputed:
/// <see cref="SkeletonFirst"/> is its skeleton piece when it opens a name (a leading vowel
/// counts), <see cref="SkeletonRest"/> when it continues one.
/// </summary>
public readonly record struct TextToken(int Start, int End, string Fold, string Key, bool Capitalised, bool AllCaps,
    string SkeletonFirst, string SkeletonRest)
{
    public bool IsConnective => PlaceNameNormalizer.IsConnective(Fold);

    public string SkeletonPiece(bool first) => first ? SkeletonFirst : SkeletonRest;
}
