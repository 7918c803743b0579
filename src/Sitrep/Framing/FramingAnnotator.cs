using System.Text.RegularExpressions;
using Sitrep.Ledger;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Framing;

/// <summary>
/// Marks propaganda techniques as spans (data/framing/README.md): phrases of the lexicon and
/// constructions of the pattern list, less the neutral uses; single-word scare quotes (doubt),
/// short exclamations (slogans) and short questions outside quotes (doubt, as rhetorical
/// questions). A cue inside a longer cue is not marked again. Each cue then gets its voice: a
/// cue inside quotation marks or reported speech is the speaker's framing, not the outlet's
/// (<see cref="SpeechRegions"/>), with the speaker's party when the source registry knows it.
/// Runs after the quote annotator, whose speakers it reuses.
/// </summary>
public sealed class FramingAnnotator(FramingLexicon lexicon, SourceRegistry sources) : IAnnotator
{
    private readonly SpeakerParties _parties = new(sources);

    public const string ScareQuoteRule = "framing.doubt.scare-quotes";
    public const string QuestionRule = "framing.doubt.rhetorical-question";
    public const string ExclamationRule = "framing.slogan.exclamation";

    /// <summary>The longest question read as rhetorical, and the longest exclamation read as a slogan, in words.</summary>
    private const int MaxQuestionWords = 10;
    private const int MaxSloganWords = 8;

    public static FramingAnnotator Load(DataPack data) => new(FramingLexicon.Load(data), SourceRegistry.Load(data));

    public string Name => "framing";

    public FramingLexicon Lexicon => lexicon;

    public void Annotate(Document document)
    {
        var mayReport = new List<bool>();
        var candidates = Candidates(document, mayReport);
        // every sentence's reported speech, though only those with a cue decide a voice: the stored
        // summary reads the parties quoted from all of them, and this finds them once for both
        var regions = SpeechRegions.Of(document, lexicon.ReportingVerbs, mayReport);
        candidates.AddRange(SentenceCues(document, regions));

        // longest first; a cue lying inside a kept one is not marked again
        var kept = new List<FramingCue>();
        foreach (var cue in candidates.OrderByDescending(c => c.Span.Length).ThenBy(c => c.Span.Start).ThenBy(c => c.Rule, StringComparer.Ordinal))
            if (!kept.Any(k => k.Span.Contains(cue.Span) || k.Technique == cue.Technique && k.Span.Overlaps(cue.Span)))
                kept.Add(cue);
        foreach (var cue in kept.OrderBy(c => c.Span.Start).ThenBy(c => c.Span.End))
            document.Framing.Add(WithVoice(cue, regions));
    }

    /// <summary>
    /// The phrase and pattern cues, less the neutral uses, in one pass over the sentences and their
    /// words: the phrases are looked up word by word (<see cref="FramingPhrases"/>), a sentence is
    /// scanned only with the patterns its words call for (<see cref="FramingGate"/>), and for
    /// neutral uses only when it holds a cue (and only with those its words call for). Most sentences call for no scan at all. The same pass
    /// (<see cref="FramingWords"/>) tells, per sentence, whether <paramref name="mayReport"/> speech.
    /// </summary>
    internal List<FramingCue> Candidates(Document document, List<bool>? mayReport = null)
    {
        var text = document.Text;
        var candidates = new List<FramingCue>();
        var needed = new bool[lexicon.Gate.Count];
        var neutralNeeded = new bool[lexicon.NeutralGate.Count];
        var phrases = new List<(int Start, int End, int Phrase)>();
        var tried = new List<int>();
        foreach (var sentence in SentenceSpans(document))
        {
            var words = document.Words.Of(sentence);
            var first = candidates.Count;
            phrases.Clear();
            var reports = lexicon.Words.Read(text, sentence, words, needed, phrases, tried);
            mayReport?.Add(reports);
            foreach (var (start, end, phrase) in phrases)
            {
                var entry = lexicon.PhraseEntry(phrase);
                candidates.Add(Cue(text, start, end, entry.Technique, entry.Kind, entry.Source));
            }
            ScanPatterns(text, sentence, needed, candidates);
            if (candidates.Count == first) continue;
            lexicon.NeutralGate.Mark(words, neutralNeeded);
            for (var n = 0; n < lexicon.Neutral.Count; n++)
            {
                if (!neutralNeeded[n]) continue;
                foreach (var m in lexicon.Neutral[n].Pattern.Matches(text, sentence.Start, sentence.Length))
                {
                    var neutral = new Span(m.Index, m.Index + m.Length);
                    for (var i = candidates.Count - 1; i >= first; i--)
                        if (neutral.Overlaps(candidates[i].Span)) candidates.RemoveAt(i);
                }
            }
        }
        return candidates;
    }

    /// <summary>
    /// The same cues found without the gate or the word lookup, every scan over the whole text with
    /// the phrase lexicon as one regex: what the gated pass must equal (tested over the gold sets
    /// and the demo corpus).
    /// </summary>
    internal List<FramingCue> UngatedCandidates(Document document)
    {
        var text = document.Text;
        var candidates = new List<FramingCue>();
        foreach (var match in lexicon.Phrases.Matches(text))
        {
            var entry = lexicon.EntryOf(match.Value);
            candidates.Add(Cue(text, match.Index, match.Index + match.Length, entry.Technique, entry.Kind, entry.Source));
        }
        var all = new bool[lexicon.Gate.Count];
        Array.Fill(all, true);
        ScanPatterns(text, new Span(0, text.Length), all, candidates);
        var neutral = lexicon.Neutral.SelectMany(n => n.Pattern.Matches(text).Select(m => new Span(m.Index, m.Index + m.Length))).ToList();
        candidates.RemoveAll(c => neutral.Any(n => n.Overlaps(c.Span)));
        return candidates;
    }

    /// <summary>The cues of each needed pattern, in file order, inside <paramref name="range"/>.</summary>
    private void ScanPatterns(string text, Span range, bool[] needed, List<FramingCue> candidates)
    {
        for (var p = 0; p < lexicon.Patterns.Count; p++)
        {
            if (!needed[p]) continue;
            var (pattern, entry) = lexicon.Patterns[p];
            foreach (var match in pattern.Matches(text, range.Start, range.Length))
            {
                var g = match.Groups["span"].Success ? match.Groups["span"] : (Group)match;
                var (start, end) = Trim(text, g.Index, g.Index + g.Length);
                if (end > start) candidates.Add(Cue(text, start, end, entry.Technique, entry.Kind, entry.Source));
            }
        }
    }

    private static IEnumerable<Span> SentenceSpans(Document document) =>
        document.Sentences.Count > 0 ? document.Sentences.Select(s => s.Span) : [new Span(0, document.Text.Length)];

    /// <summary>Cues read from a sentence's shape and its quotation marks rather than from its words.</summary>
    private static IEnumerable<FramingCue> SentenceCues(Document document, IReadOnlyList<SpeechRegion> regions)
    {
        var text = document.Text;
        var reported = regions.Where(r => r.Rule != SpeechRegions.QuoteRule).Select(r => r.Span).ToList();
        foreach (var q in regions.Where(r => r.Rule == SpeechRegions.QuoteRule))
        {
            // "call it “peace”": one ordinary word in quotation marks, in the outlet's own voice
            if (IsOneOrdinaryWord(text, q.Span) && !reported.Any(r => r.Overlaps(q.Span)))
                yield return new FramingCue(q.Span, ScareQuoteRule, "Doubt", "doubt.scare-quotes", q.Span.Of(text), "scare quotes");
        }
        var sentences = document.Sentences.Count > 0 ? document.Sentences.Select(s => s.Span) : [new Span(0, text.Length)];
        foreach (var sentence in sentences)
        {
            var (start, end) = (sentence.Start, sentence.End);
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            if (end == start) continue;
            var last = text[end - 1];
            if (last is not ('?' or '!')) continue;
            while (start < end && !char.IsLetter(text[start])) start++; // a leading emoji or quotation mark is not part of it
            var span = new Span(start, end - 1);
            if (span.Length <= 0 || regions.Any(r => r.Span.Overlaps(span))) continue;
            var words = document.Words.Of(sentence).Count(w => w.IsWord);
            if (last == '?' && words <= MaxQuestionWords)
                yield return new FramingCue(span, QuestionRule, "Doubt", "doubt.rhetorical-question", span.Of(text), "short question");
            else if (last == '!' && words <= MaxSloganWords)
                yield return new FramingCue(span, ExclamationRule, "Slogans", "slogan.exclamation", span.Of(text), "short exclamation");
        }
    }

    /// <summary>Is the text inside the quotation marks one lower-case word (letters and hyphens), final "." or "," aside? Read in place: most quotations are long.</summary>
    private static bool IsOneOrdinaryWord(string text, Span quotation)
    {
        var inside = text.AsSpan(quotation.Start + 1, quotation.Length - 2).Trim().TrimEnd(".,");
        if (inside.Length <= 1 || !char.IsLower(inside[0])) return false;
        foreach (var ch in inside)
            if (!char.IsLetter(ch) && ch != '-') return false;
        return true;
    }

    private FramingCue WithVoice(FramingCue cue, IReadOnlyList<SpeechRegion> regions)
    {
        if (cue.Rule == ScareQuoteRule) return cue; // the marks are the outlet's doing
        // the shortest region holding the cue's start, the first of equals
        SpeechRegion? region = null;
        foreach (var r in regions)
            if ((r.Span.Contains(cue.Span) || r.Span.Start <= cue.Span.Start && cue.Span.Start < r.Span.End)
                && (region is null || r.Span.Length < region.Span.Length))
                region = r;
        if (region is null) return cue;
        return cue with
        {
            Speaker = FramingCue.Quoted,
            SpeakerName = region.Speaker,
            SpeakerParty = _parties.Of(region.Speaker),
            VoiceRule = region.Rule,
        };
    }

    private static FramingCue Cue(string text, int start, int end, string technique, string kind, string entry) =>
        new(new Span(start, end), "framing." + kind, technique, kind, text[start..end], entry);

    /// <summary>No edge spaces or final punctuation in a span.</summary>
    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?')) end--;
        return (start, end);
    }
}
