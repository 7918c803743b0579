using Sitrep.Actors;
using Sitrep.Geo;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>An actor mention and the token range it covers in its sentence.</summary>
public sealed record ActorSlot(ActorMention Mention, int FirstToken, int EndToken);

/// <summary>A place mention and the token range it covers in its sentence.</summary>
public sealed record PlaceSlot(PlaceMention Mention, int FirstToken, int EndToken);

/// <summary>
/// One sentence prepared for event extraction: its tokens (lower-cased copies for matching),
/// clause boundaries and the actors and places that lie in it, each placed on the token grid.
/// </summary>
public sealed class SentenceContext
{
    public SentenceContext(Document document, Sentence sentence, WordClasses words)
        : this(document, sentence, words, Document.Within(document.Actors, sentence.Span), Document.Within(document.Places, sentence.Span))
    {
    }

    /// <param name="actors">The document's actors that the sentence holds, in document order (<see cref="SentenceBuckets{T}"/>).</param>
    /// <param name="places">Its places, likewise.</param>
    public SentenceContext(Document document, Sentence sentence, WordClasses words, IEnumerable<ActorMention> actors, IEnumerable<PlaceMention> places)
    {
        Document = document;
        Words = words;
        _clauseOpeners = words["clause-opener"];
        Sentence = sentence;
        (Tokens, Lower) = document.Words.LexOf(sentence.Span);
        Actors = [.. actors
            .Select(a => new ActorSlot(a, TokenAt(a.Span.Start), TokenEndingAt(a.Span.End)))
            .Where(a => !IsCompoundModifier(a))];
        Places = [.. places.Select(p => new PlaceSlot(p, TokenAt(p.Span.Start), TokenEndingAt(p.Span.End)))];
        Clauses = SplitClauses();
    }

    private readonly IReadOnlySet<string> _clauseOpeners;

    /// <summary>The word classes of the data pack (lexicon/word_classes.tsv) the rules test tokens against.</summary>
    public WordClasses Words { get; }

    /// <summary>The trigger phrases of the sentence, once found.</summary>
    public List<TriggerMatch> Triggers { get; set; } = [];

    public Document Document { get; }
    public Sentence Sentence { get; }
    public List<LexToken> Tokens { get; }
    public string[] Lower { get; }
    public List<ActorSlot> Actors { get; }
    public List<PlaceSlot> Places { get; }

    /// <summary>Clause token ranges [first, end): split at ";", at "that", "while", "when" and at a comma before "and", "but", "as", "which"...</summary>
    public List<(int First, int End)> Clauses { get; }

    public (int First, int End) ClauseOf(int token) => Clauses.First(c => c.First <= token && token < c.End);

    public Span SpanOf(int first, int end) => new(Tokens[first].Start, Tokens[Math.Max(first, end - 1)].End);

    public string TextOf(int first, int end) => first >= end ? "" : SpanOf(first, end).Of(Document.Text);

    public bool IsAny(int token, params string[] words) => token >= 0 && token < Lower.Length && words.Contains(Lower[token]);

    /// <summary>Is the token (lower-cased) one of <paramref name="words"/>, a word class of <see cref="Words"/>?</summary>
    public bool IsIn(int token, IReadOnlySet<string> words) => token >= 0 && token < Lower.Length && words.Contains(Lower[token]);

    /// <summary>"U.S.-trained pilots", "Taliban-held district": the name qualifies someone else ("a US-led air strike" is the US's, though).</summary>
    private bool IsCompoundModifier(ActorSlot a) =>
        a.EndToken + 1 < Tokens.Count && Tokens[a.EndToken].Text == "-" && Tokens[a.EndToken].Start == Tokens[a.EndToken - 1].End
        && Tokens[a.EndToken + 1].IsWord && char.IsLower(Tokens[a.EndToken + 1].Text[0]) && Tokens[a.EndToken + 1].Text != "led";

    private int TokenAt(int offset)
    {
        for (var i = 0; i < Tokens.Count; i++)
            if (Tokens[i].End > offset) return i;
        return Tokens.Count;
    }

    private int TokenEndingAt(int offset)
    {
        for (var i = Tokens.Count - 1; i >= 0; i--)
            if (Tokens[i].Start < offset) return i + 1;
        return 0;
    }

    private List<(int, int)> SplitClauses()
    {
        var clauses = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < Tokens.Count; i++)
        {
            var boundary = Lower[i] == ";"
                || (Lower[i] == "," && i + 1 < Tokens.Count && (Lower[i + 1] == "and" && !IsAny(i + 2, "in", "at", "on")
                    || _clauseOpeners.Contains(Lower[i + 1])))
                || (Lower[i] is "while" or "whereas" or "when" or "after" or "because" && i > start && Lower[i - 1] != ",")
                || (Lower[i] == "that" && i > start && Tokens[i - 1].IsWord && Lower[i - 1] != "so" && i + 1 < Tokens.Count && Tokens[i + 1].IsWord);
            if (!boundary || i == start) continue;
            clauses.Add((start, i));
            start = Lower[i] == "," ? i + 1 : i;
        }
        if (start < Tokens.Count || clauses.Count == 0) clauses.Add((start, Math.Max(start, Tokens.Count)));
        return clauses;
    }
}
