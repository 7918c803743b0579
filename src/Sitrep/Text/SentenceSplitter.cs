using Sitrep.Pipeline;

namespace Sitrep.Text;

/// <summary>
/// Splits text into sentences and paragraphs. A period ends a sentence unless it closes an
/// abbreviation ("Gen.", "No. 3"), an initial ("J. Smith") or sits inside a number ("3.5");
/// a line without final punctuation followed by a capitalised line is a heading of its own;
/// a line broken mid-sentence (next line starts lower-case) is joined back.
/// </summary>
public sealed class SentenceSplitter : IAnnotator
{
    private const string Rule = "sentence.punctuation";
    private const string HeadingRule = "sentence.line";
    private readonly HashSet<string> _abbreviations;
    private readonly HashSet<string> _starters;

    public SentenceSplitter(IEnumerable<string> abbreviations, IEnumerable<string> sentenceStarters)
    {
        _abbreviations = new HashSet<string>(abbreviations, StringComparer.Ordinal);
        _starters = new HashSet<string>(sentenceStarters, StringComparer.Ordinal);
    }

    public static SentenceSplitter Load(DataPack data) => data.Get(d => new SentenceSplitter(
        d.ReadLines("text/abbreviations.txt"), d.ReadLines("text/sentence_starters.txt")));

    public string Name => "sentences";

    public IReadOnlyList<Layer> Requires { get; } = [];

    public IReadOnlyList<Layer> Produces { get; } = [Layer.Sentences];

    public void Annotate(Document document) => document.Sentences.AddRange(Split(document.Text));

    public IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var start = SkipSpace(text, 0);
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                var next = SkipSpace(text, i);
                var blankLine = text.AsSpan(i, next - i).Count('\n') > 1;
                if (next >= text.Length || EndsAtLineBreak(text, start, i, next))
                {
                    Add(sentences, text, start, i, paragraph, HeadingRule);
                    if (blankLine) paragraph++;
                    start = i = next;
                    continue;
                }
                i++;
                continue;
            }
            if (c is '.' or '!' or '?' && IsSentenceEnd(text, start, i, out var end))
            {
                var next = SkipSpace(text, end);
                Add(sentences, text, start, end, paragraph, Rule);
                if (text.AsSpan(end, next - end).Count('\n') > 1) paragraph++;
                start = i = next;
                continue;
            }
            i++;
        }
        Add(sentences, text, start, text.Length, paragraph, HeadingRule);
        return sentences;
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end, int paragraph, string rule)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end <= start) return;
        sentences.Add(new Sentence(new Span(start, end), sentences.Count, paragraph, rule));
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    /// <summary>A line break ends the sentence unless the line was cut mid-sentence.</summary>
    private static bool EndsAtLineBreak(string text, int sentenceStart, int lineBreak, int next)
    {
        var last = lineBreak - 1;
        while (last >= sentenceStart && char.IsWhiteSpace(text[last])) last--;
        if (last < sentenceStart) return false;
        return !char.IsLower(text[next]);
    }

    private bool IsSentenceEnd(string text, int sentenceStart, int i, out int end)
    {
        end = i + 1;
        while (end < text.Length && text[end] is '.' or '!' or '?') end++;
        while (end < text.Length && IsCloser(text[end])) end++;
        if (end < text.Length && !char.IsWhiteSpace(text[end])) return false; // 3.5, U.S.-led, e.g.,
        var next = SkipSpace(text, end);
        if (next >= text.Length) return true;
        var nextChar = text[next];
        if (char.IsLower(nextChar) || nextChar is ',' or ';' or ')') return false;
        if (text[i] != '.') return true;

        var word = WordBefore(text, sentenceStart, i);
        if (word.Length == 0) return true;
        if (word == "No" || word == "Nos") return !char.IsDigit(nextChar);
        if (_abbreviations.Contains(word)) return false;
        if (word.Length == 1 && char.IsUpper(word[0])) return false; // initial: "J. Smith"
        if (word.Contains('.')) return StartsWithStarter(text, next); // acronym: "U.S." ends only before "The", "He", ...
        return true;
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u00BB';

    private static string WordBefore(string text, int sentenceStart, int period)
    {
        var s = period;
        while (s > sentenceStart && (char.IsLetterOrDigit(text[s - 1]) || text[s - 1] == '.')) s--;
        return text[s..period];
    }

    private bool StartsWithStarter(string text, int at)
    {
        var e = at;
        while (e < text.Length && char.IsLetter(text[e])) e++;
        return _starters.Contains(text[at..e]);
    }
}
