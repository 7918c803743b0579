using Sitrep.Text;

namespace Sitrep.Geo;

/// <summary>
/// The words of the text as the place matcher sees them, a view of <see cref="Tokenizer"/>'s tokens:
/// letters and digits, with apostrophes inside a word kept ("Qal'eh") and a possessive "'s" left out
/// ("Afghanistan's"); every other mark splits ("Sar-e Pul" is three words) and is dropped. A kind word
/// glued to a capitalised name ("Zurmatdistrict") is split off.
/// </summary>
public static class PlaceView
{
    /// <summary>The place words of the whole of <paramref name="text"/>: an actor's alias, a benchmark text.</summary>
    public static List<TextToken> Of(string text) => Of(text, Tokenizer.Tokenize(text));

    /// <summary>The place words of <paramref name="text"/> from its tokens (<see cref="WordLayer.All"/>).</summary>
    internal static List<TextToken> Of(string text, IReadOnlyList<WordToken> words)
    {
        var tokens = new List<TextToken>(text.Length / 5);
        // The word being built: runs of letters and digits joined by an apostrophe that a letter follows.
        var open = -1;
        var openEnd = -1;
        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w];
            if (!word.IsWord)
            {
                if (open >= 0 && openEnd == word.Start && JoinsName(text, word.Start)) openEnd = word.End;
                else Close(tokens, text, ref open, openEnd);
                continue;
            }
            if (word.Joints == 0)
            {
                Run(tokens, text, ref open, ref openEnd, word.Start, word.End);
                continue;
            }
            var runStart = word.Start;
            for (var k = word.Start + 1; k < word.End; k++)
            {
                if (char.IsLetterOrDigit(text[k])) continue;
                Run(tokens, text, ref open, ref openEnd, runStart, k);
                if (JoinsName(text, k)) openEnd = k + 1;
                else Close(tokens, text, ref open, openEnd);
                runStart = k + 1;
            }
            Run(tokens, text, ref open, ref openEnd, runStart, word.End);
        }
        Close(tokens, text, ref open, openEnd);
        return tokens;
    }

    /// <summary>An apostrophe inside a name: after a letter or digit (the open word's), before a letter.</summary>
    private static bool JoinsName(string text, int at) =>
        PlaceNameNormalizer.IsApostrophe(text[at]) && at + 1 < text.Length && char.IsLetter(text[at + 1]);

    private static void Run(List<TextToken> tokens, string text, ref int open, ref int openEnd, int start, int end)
    {
        // a run right after a joining apostrophe continues the word; any other run starts one
        if (open >= 0 && openEnd == start)
        {
            openEnd = end;
            return;
        }
        Close(tokens, text, ref open, openEnd);
        (open, openEnd) = (start, end);
    }

    private static void Close(List<TextToken> tokens, string text, ref int open, int openEnd)
    {
        if (open < 0) return;
        var (start, end) = (open, openEnd);
        open = -1;
        if (end - start > 2 && PlaceNameNormalizer.IsApostrophe(text[end - 2]) && text[end - 1] is 's' or 'S') end -= 2;
        // "Zurmatdistrict", "Nangarharprovince": a kind word glued to a capitalised name is its own token
        if (GluedKindWord(text, start, end) is { } glued)
        {
            Add(tokens, text, start, end - glued);
            Add(tokens, text, end - glued, end);
            return;
        }
        Add(tokens, text, start, end);
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
