namespace Sitrep.Geo;

/// <summary>
/// Splits text into word tokens for place matching: letters and digits, with apostrophes inside
/// a word kept ("Qal'eh") and a possessive "'s" left out ("Afghanistan's"). A kind word glued to
/// a capitalised name ("Zurmatdistrict") is split off.
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
            // "Zurmatdistrict", "Nangarharprovince": a kind word glued to a capitalised name is its own token
            if (GluedKindWord(text, start, end) is { } glued)
            {
                Add(tokens, text, start, end - glued);
                Add(tokens, text, end - glued, end);
                continue;
            }
            Add(tokens, text, start, end);
        }
        return tokens;
    }

    private static readonly string[] KindWords = ["district", "province"];

    private static int? GluedKindWord(string text, int start, int end)
    {
        if (!char.IsUpper(text[start])) return null;
        foreach (var kind in KindWords)
            if (end - start >= kind.Length + 3 && text.AsSpan(end - kind.Length, kind.Length).Equals(kind, StringComparison.OrdinalIgnoreCase)
                && char.IsLower(text[end - kind.Length - 1]))
                return kind.Length;
        return null;
    }

    private static void Add(List<TextToken> tokens, string text, int start, int end)
    {
        var word = text.AsSpan(start, end - start);
        var fold = PlaceNameNormalizer.FoldToken(word);
        var capitalised = char.IsUpper(word[0]);
        var allCaps = capitalised && !word.ContainsAnyInRange('a', 'z');
        var key = PlaceNameNormalizer.IsConnective(fold) ? "" : PlaceNameNormalizer.KeyOfFolded(fold);
        var skeletonFirst = PlaceNameNormalizer.Skeleton(key);
        var skeletonRest = key.Contains('a') ? key.Replace("a", "", StringComparison.Ordinal) : key;
        tokens.Add(new TextToken(start, end, fold, key, capitalised, allCaps, skeletonFirst, skeletonRest));
    }
}
