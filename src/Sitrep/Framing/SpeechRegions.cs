using System.Runtime.CompilerServices;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Framing;

/// <summary>
/// Finds the parts of a document spoken in someone else's voice, over the sentences and the word
/// layer the pipeline already built: text inside quotation marks; the clause after a reporting
/// verb ("a Taliban spokesman said that ..."); the clause before a tail attribution ("...,
/// police said."); the clause an "according to X" covers. The speaker is taken from the
/// quote annotator where it found one, else from the words before the reporting verb.
/// </summary>
public static class SpeechRegions
{
    public const string QuoteRule = "voice.quotation-marks";
    public const string ReportedAfterRule = "voice.reported-after-verb";
    public const string ReportedBeforeRule = "voice.reported-tail-attribution";
    public const string AccordingToRule = "voice.according-to";

    // A speech verb read as a noun ("the Taliban's baseless claims", "its says") is not reporting.
    private static readonly HashSet<string> NounMarkers = new(StringComparer.OrdinalIgnoreCase)
        { "the", "a", "an", "its", "their", "his", "her", "our", "these", "those", "such", "baseless", "false", "'s", "’s", "s" };

    private static readonly HashSet<string> NotASubject = new(StringComparer.OrdinalIgnoreCase) { "and", "then", "but", "which", "who", "also", "or", "while" };
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "it", "we", "i" };

    private static readonly HashSet<string> ClauseJoiners = new(StringComparer.OrdinalIgnoreCase) { "but", "while", "whereas", "yet", "although" };

    /// <summary>
    /// The regions of a document, found once and shared by the framing annotator (each cue's voice)
    /// and the framing summary made after the pipeline (the parties quoted): finding them twice, once
    /// for each, was most of what reported speech cost (issue #19). They are read from the text,
    /// sentences, words and quotes, which no stage changes after the quote annotator. Callers must not change the list.
    /// </summary>
    /// <param name="mayReport">Per sentence, whether a word of it is a reporting verb or "according" (<see cref="FramingWords"/>); null to look at every sentence.</param>
    public static IReadOnlyList<SpeechRegion> Of(Document document, IReadOnlySet<string> reportingVerbs, IReadOnlyList<bool>? mayReport = null)
    {
        if (Found.TryGetValue(document, out var found) && ReferenceEquals(found.Verbs, reportingVerbs)) return found.Regions;
        var regions = Find(document, reportingVerbs, mayReport);
        Found.AddOrUpdate(document, new FoundRegions(reportingVerbs, regions));
        return regions;
    }

    /// <summary>Each document's regions while the document lives, with the verbs they were found with.</summary>
    private static readonly ConditionalWeakTable<Document, FoundRegions> Found = new();

    private sealed record FoundRegions(IReadOnlySet<string> Verbs, List<SpeechRegion> Regions);

    /// <summary>
    /// Quotation regions (marks included) and reporting regions, in text order. A sentence that
    /// <paramref name="mayReport"/> says has no reporting verb and no "according" reports no speech,
    /// so its words are not read again.
    /// </summary>
    public static List<SpeechRegion> Find(Document document, IReadOnlySet<string> reportingVerbs, IReadOnlyList<bool>? mayReport = null)
    {
        var regions = new List<SpeechRegion>();
        var sentences = document.Sentences.Count > 0
            ? document.Sentences.Select(s => s.Span).ToList()
            : [new Span(0, document.Text.Length)];
        // a quotation may run over several sentences: pair the marks over the words of the whole text
        var quotes = document.Text.AsSpan().IndexOfAny(QuoteMarks) < 0
            ? []
            : Quotations(document.Text, [.. sentences.SelectMany(document.Words.Of)]);
        var reports = new List<SpeechRegion>();
        var inSentence = new List<Span>();
        for (var index = 0; index < sentences.Count; index++)
        {
            var sentence = sentences[index];
            if (mayReport is not null && !mayReport[index]) continue;
            // only a quotation overlapping the sentence can hold one of its words
            inSentence.Clear();
            foreach (var q in quotes)
                if (q.Overlaps(sentence)) inSentence.Add(q);
            if (Reported(document.Text, sentence, document.Words.Of(sentence), inSentence, reportingVerbs) is { } reported)
                reports.Add(reported);
        }
        foreach (var q in quotes)
        {
            var speaker = document.Quotes.FirstOrDefault(x => x.Span.Overlaps(q) && x.Speaker is not null)?.Speaker
                ?? reports.FirstOrDefault(r => r.Span.Overlaps(q) || SameSentence(sentences, r.Span, q))?.Speaker;
            regions.Add(new SpeechRegion(q, speaker, QuoteRule));
        }
        regions.AddRange(reports);
        regions.Sort((a, b) => a.Span.CompareTo(b.Span));
        return regions;
    }

    private static bool SameSentence(List<Span> sentences, Span a, Span b) =>
        sentences.Any(s => s.Start <= a.Start && a.Start < s.End && s.Start <= b.Start && b.Start < s.End);

    /// <summary>The marks that open a quotation; a text without any has none.</summary>
    private static readonly System.Buffers.SearchValues<char> QuoteMarks = System.Buffers.SearchValues.Create("“\"‘");

    /// <summary>Quotation-mark pairs on one line: “...”, "...", and ‘...’ opened after a space.</summary>
    internal static List<Span> Quotations(string text, IReadOnlyList<WordToken> words)
    {
        var spans = new List<Span>();
        for (var i = 0; i < words.Count; i++)
        {
            var close = words[i].Text switch
            {
                "“" => "”",
                "\"" => "\"",
                "‘" when words[i].Start == 0 || char.IsWhiteSpace(text[words[i].Start - 1]) || text[words[i].Start - 1] == '(' => "’",
                _ => null,
            };
            if (close is null) continue;
            // the line ends at the first line break after the opening mark; looked up once, not per word
            var lineEnd = text.IndexOf('\n', words[i].Start);
            if (lineEnd < 0) lineEnd = text.Length;
            for (var j = i + 1; j < words.Count && words[j].Start <= lineEnd; j++)
                if (words[j].Text == close)
                {
                    spans.Add(new Span(words[i].Start, words[j].End));
                    i = j;
                    break;
                }
        }
        return spans;
    }

    private static SpeechRegion? Reported(string text, Span sentence, IReadOnlyList<WordToken> words, List<Span> quotes, IReadOnlySet<string> verbs)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (!w.IsWord || InsideAny(quotes, w)) continue;
            if (w.Lower == "according" && i + 1 < words.Count && words[i + 1].Lower == "to")
                return AccordingTo(sentence, words, i);
            if (!verbs.Contains(w.Lower) || i > 0 && (NounMarkers.Contains(words[i - 1].Lower) || words[i - 1].Lower.EndsWith("'s") || words[i - 1].Lower.EndsWith("’s"))) continue;
            var clauseStart = i - 1;
            while (clauseStart >= 0 && words[clauseStart].Text is not ("," or ";" or ":")) clauseStart--;
            // loops, not LINQ: most sentences of a news story have a "said", and this ran for each
            var subject = Subject(words, clauseStart + 1, i);
            var who = subject.Length == 0 ? null : subject;
            // "..., and then announced they had ...": a clause going on, not a speaker named
            if (who is not null && NotASubject.Contains(subject.Split(' ')[0])) continue;
            // "..., police said." / "..., the ministry said in a statement.": the clause before is theirs
            if (clauseStart > 0 && words[clauseStart].Text == "," && WordsToSentenceEnd(words, i + 1) <= 6 && !ThatOrPronounFrom(words, i + 1))
                return new SpeechRegion(new Span(sentence.Start, words[clauseStart].Start), who, ReportedBeforeRule);
            if (who is null) continue; // a verb with no subject before it: not a report of speech we can place
            var end = sentence.End;
            for (var j = i + 1; j < words.Count; j++)
            {
                if (words[j].Text == ";" || ClauseJoiners.Contains(words[j].Lower) && j > 0 && words[j - 1].Text == ",")
                {
                    end = words[j].Start;
                    break;
                }
            }
            return new SpeechRegion(new Span(w.End, end), who, ReportedAfterRule);
        }
        return null;
    }

    /// <summary>The words (not punctuation) of words[from..to], joined by spaces.</summary>
    private static string Subject(IReadOnlyList<WordToken> words, int from, int to)
    {
        var subject = new System.Text.StringBuilder();
        for (var k = from; k < to; k++)
        {
            if (!words[k].IsWord) continue;
            if (subject.Length > 0) subject.Append(' ');
            subject.Append(words[k].Text);
        }
        return subject.ToString();
    }

    /// <summary>How many words come from <paramref name="from"/> up to the first ".", "!" or "?".</summary>
    private static int WordsToSentenceEnd(IReadOnlyList<WordToken> words, int from)
    {
        var count = 0;
        for (var k = from; k < words.Count && words[k].Text is not ("." or "!" or "?"); k++)
            if (words[k].IsWord) count++;
        return count;
    }

    private static bool ThatOrPronounFrom(IReadOnlyList<WordToken> words, int from)
    {
        for (var k = from; k < words.Count; k++)
            if (words[k].Lower == "that" || Pronouns.Contains(words[k].Lower)) return true;
        return false;
    }

    // a loop, not quotes.Any(q => ...): that lambda captured the word, one allocation for every word of every sentence
    private static bool InsideAny(List<Span> quotes, WordToken word)
    {
        foreach (var q in quotes)
            if (q.Start <= word.Start && word.End <= q.End) return true;
        return false;
    }

    private static SpeechRegion AccordingTo(Span sentence, IReadOnlyList<WordToken> words, int at)
    {
        var nameEnd = at + 2;
        while (nameEnd < words.Count && words[nameEnd].IsWord) nameEnd++;
        var who = string.Join(' ', words.Skip(at + 2).Take(nameEnd - at - 2).Select(x => x.Text));
        // "..., according to officials." covers what comes before; "According to X, ..." what follows
        if (at > 0 && words[at - 1].Text == ",")
            return new SpeechRegion(new Span(sentence.Start, words[at - 1].Start), who, AccordingToRule);
        var from = nameEnd < words.Count ? words[nameEnd].End : sentence.End;
        return new SpeechRegion(new Span(Math.Min(from, sentence.End), sentence.End), who, AccordingToRule);
    }
}
