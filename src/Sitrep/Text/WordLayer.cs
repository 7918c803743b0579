namespace Sitrep.Text;

/// <summary>
/// The words of a document (<see cref="WordTokenizer"/>), tokenized once per span and shared by
/// every stage that reads words, so that the quantity and casualty readers no longer tokenize
/// each sentence again. A stage asks for the words of the span it works on (a sentence, or the
/// whole text when there are no sentences); the same span always gives the same list. The
/// event rules' finer split (<see cref="LexOf"/>) is kept here too, so it is made once per sentence.
/// </summary>
public sealed class WordLayer(string text)
{
    private readonly Dictionary<Span, IReadOnlyList<WordToken>> _bySpan = [];
    private readonly Dictionary<Span, (List<LexToken> Tokens, string[] Lower)> _lexBySpan = [];

    /// <summary>The words inside <paramref name="span"/>, in text order. Callers must not change the list.</summary>
    internal IReadOnlyList<WordToken> Of(Span span)
    {
        if (!_bySpan.TryGetValue(span, out var words))
            _bySpan[span] = words = WordTokenizer.Tokenize(text, span.Start, span.End);
        return words;
    }

    /// <summary>
    /// The <see cref="Lexer"/> tokens inside <paramref name="span"/> (apostrophes and hyphens apart,
    /// as the event rules read them) and their lower-case forms, made once per span for every
    /// reader of the sentence. Callers must not change them.
    /// </summary>
    public (List<LexToken> Tokens, string[] Lower) LexOf(Span span)
    {
        if (!_lexBySpan.TryGetValue(span, out var lex))
        {
            var tokens = Lexer.Tokenize(text, span.Start, span.End);
            var lower = new string[tokens.Count];
            for (var i = 0; i < lower.Length; i++) lower[i] = tokens[i].Text.ToLowerInvariant();
            _lexBySpan[span] = lex = (tokens, lower);
        }
        return lex;
    }
}
