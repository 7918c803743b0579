namespace Sitrep.Text;

/// <summary>
/// The words of a document (<see cref="WordTokenizer"/>), tokenized once per span and shared by
/// every stage that reads words, so that the quantity and casualty readers no longer tokenize
/// each sentence again. A stage asks for the words of the span it works on (a sentence, or the
/// whole text when there are no sentences); the same span always gives the same list.
/// </summary>
public sealed class WordLayer(string text)
{
    private readonly Dictionary<Span, IReadOnlyList<WordToken>> _bySpan = [];

    /// <summary>The words inside <paramref name="span"/>, in text order. Callers must not change the list.</summary>
    internal IReadOnlyList<WordToken> Of(Span span)
    {
        if (!_bySpan.TryGetValue(span, out var words))
            _bySpan[span] = words = WordTokenizer.Tokenize(text, span.Start, span.End);
        return words;
    }
}
