namespace Sitrep.Text;

/// <summary>
/// The words of a document, like spaCy's <c>Doc</c>: <see cref="Tokenizer"/> reads the text once
/// (<see cref="All"/>) and every stage reads views of those tokens. A stage asks for the words of
/// the span it works on (a sentence, or the whole text when there are no sentences); the same span
/// always gives the same list. The event rules' finer split (<see cref="LexOf"/>) and the place
/// matcher's words (<c>Geo.PlaceView</c>) are derived from the same tokens.
/// </summary>
public sealed class WordLayer(string text)
{
    private List<WordToken>? _all;
    private readonly Dictionary<Span, IReadOnlyList<WordToken>> _bySpan = [];
    private readonly Dictionary<Span, (List<LexToken> Tokens, string[] Lower)> _lexBySpan = [];

    /// <summary>The tokens of the whole text, in text order. Callers must not change the list.</summary>
    internal IReadOnlyList<WordToken> All => _all ??= Tokenizer.Tokenize(text);

    /// <summary>The words inside <paramref name="span"/>, in text order. Callers must not change the list.</summary>
    internal IReadOnlyList<WordToken> Of(Span span)
    {
        if (!_bySpan.TryGetValue(span, out var words))
            _bySpan[span] = words = Slice(span) ?? Tokenizer.Tokenize(text, span.Start, span.End);
        return words;
    }

    /// <summary>
    /// The <see cref="LexView"/> tokens inside <paramref name="span"/> (apostrophes and hyphens apart,
    /// as the event rules read them) and their lower-case forms, made once per span for every
    /// reader of the sentence. Callers must not change them.
    /// </summary>
    public (List<LexToken> Tokens, string[] Lower) LexOf(Span span)
    {
        if (!_lexBySpan.TryGetValue(span, out var lex))
        {
            var tokens = LexView.Of(text, Of(span));
            var lower = new string[tokens.Count];
            for (var i = 0; i < lower.Length; i++) lower[i] = tokens[i].Text.ToLowerInvariant();
            _lexBySpan[span] = lex = (tokens, lower);
        }
        return lex;
    }

    /// <summary>
    /// The whole text's tokens that lie in <paramref name="span"/>, when they are what tokenizing the
    /// span alone gives: no token crosses its edges, and it does not end just after "a.m" (alone, "a.m"
    /// is one word; followed by a space it is three tokens). Null otherwise: such a span (a cut
    /// mid-word, an opening 200 characters) is tokenized on its own.
    /// </summary>
    private List<WordToken>? Slice(Span span)
    {
        var (start, end) = (span.Start, span.End);
        if (start < 0 || end > text.Length || end <= start) return null;
        var all = (List<WordToken>)All;
        if (start == 0 && end == text.Length) return all;
        var first = FirstEndingAfter(all, start);
        if (first < all.Count && all[first].Start < start) return null;
        var last = FirstEndingAfter(all, end);
        if (last < all.Count && all[last].Start < end) return null;
        if (end < text.Length && end - start >= 3 && text[end - 2] == '.' && char.IsLetter(text[end - 1])
            && char.IsLetter(text[end - 3]) && text[end] != '.')
            return null;
        return all.GetRange(first, last - first);
    }

    private static int FirstEndingAfter(List<WordToken> tokens, int offset)
    {
        var (lo, hi) = (0, tokens.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].End > offset) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
