namespace Sitrep.Geo;

/// <summary>
/// Splits text into word tokens for place matching: letters and digits, with apostrophes inside
/// a word kept ("Qal'eh") and a possessive "'s" left out ("Afghanistan's").
/// </summary>
public static class PlaceTokenizer
{
    public static List<TextToken> Tokenize(string text)
    {
        var tokens = new List<TextToken>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i])
                   || PlaceNameNormalizer.IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))) i++;
            var end = i;
            if (end - start > 2 && PlaceNameNormalizer.IsApostrophe(text[end - 2]) && text[end - 1] is 's' or 'S') end -= 2;
            var word = text.AsSpan(start, end - start);
            var fold = PlaceNameNormalizer.FoldToken(word);
            var capitalised = char.IsUpper(word[0]);
            var allCaps = capitalised && !word.ContainsAnyInRange('a', 'z');
            var key = PlaceNameNormalizer.IsConnective(fold) ? "" : PlaceNameNormalizer.KeyOfFolded(fold);
            var skeletonFirst = PlaceNameNormalizer.Skeleton(key);
            var skeletonRest = key.Contains('a') ? key.Replace("a", "", StringComparison.Ordinal) : key;
            tokens.Add(new TextToken(start, end, fold, key, capitalised, allCaps, skeletonFirst, skeletonRest));
        }
        return tokens;
    }
}
