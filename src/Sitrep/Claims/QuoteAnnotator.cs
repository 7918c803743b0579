using System.Text.RegularExpressions;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Claims;

/// <summary>
/// Finds quotations and who made them: each quoted passage of three words or more, with the
/// speech verb of its sentence and the speaker next to it (a dictionary actor when one is
/// there, else the capitalised name). A quotation without a speech verb nearby is kept with no speaker.
/// </summary>
public sealed partial class QuoteAnnotator(IReadOnlySet<string> speechVerbs) : IAnnotator
{
    public const string Rule = "quote.marks";
    public const string SpeakerRule = "quote.marks+speaker";

    public static QuoteAnnotator Load(DataPack data) =>
        data.Get(d => new QuoteAnnotator(d.ReadLines("claims/speech_verbs.txt").ToHashSet(StringComparer.OrdinalIgnoreCase)));

    public string Name => "quotes";

    public IReadOnlyList<Layer> Requires { get; } = [Layer.Sentences, Layer.Actors];

    public IReadOnlyList<Layer> Produces { get; } = [Layer.Quotes];

    // Curly double, straight double, and curly single quotes opened after a space or line start.
    [GeneratedRegex("""“(?<q>[^”\n]{3,}?)”|"(?<q>[^"\n]{3,}?)"|(?<=^|[\s(])‘(?<q>[^’\n]{3,}?)’(?![\p{L}])""", RegexOptions.Multiline)]
    private static partial Regex Quotation();

    [GeneratedRegex(@"\b[\p{L}']+\b")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?:(?:[A-Z][\p{L}.'-]+\s+){0,3}[A-Z][\p{L}.'-]+|(?:[Tt]he|[Aa]n?)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)$")]
    private static partial Regex NameBefore();

    [GeneratedRegex(@"^\s*(?:(?:[A-Z][\p{L}.'-]+\s*){1,4}|the\s+[\p{L}\s-]{3,40}?(?=[,.]|$))")]
    private static partial Regex NameAfter();

    public void Annotate(Document document)
    {
        foreach (Match match in Quotation().Matches(document.Text))
        {
            var content = match.Groups["q"].Value.Trim();
            if (Word().Matches(content).Count < 3) continue; // scare quotes around a word or two are framing, not speech
            var span = new Span(match.Index, match.Index + match.Length);
            var sentence = document.Sentences.FirstOrDefault(s => s.Span.Overlaps(span));
            var (speaker, speakerSpan, verb) = sentence is null ? (null, null, null) : FindSpeaker(document, sentence.Span, span);
            document.Quotes.Add(new Quote(span, speaker is null ? Rule : SpeakerRule, speaker, speakerSpan, verb, content));
        }
    }

    private (string? Speaker, Span? SpeakerSpan, string? Verb) FindSpeaker(Document document, Span sentence, Span quote)
    {
        var text = document.Text;
        // the sentence around the quotation, without the quotation itself
        foreach (var (from, to) in new[] { (quote.End, sentence.End), (sentence.Start, quote.Start) })
        {
            if (to <= from) continue;
            foreach (Match word in Word().Matches(text[from..to]))
            {
                if (!speechVerbs.Contains(word.Value)) continue;
                var verbAt = from + word.Index;
                var actor = document.Actors
                    .Where(a => a.Span.Start >= from && a.Span.End <= to && Math.Abs(a.Span.Start - verbAt) < 60)
                    .OrderBy(a => Math.Abs(a.Span.Start - verbAt)).FirstOrDefault();
                if (actor is not null) return (actor.Text, actor.Span, word.Value);
                var before = NameBefore().Match(text[from..verbAt].TrimEnd());
                if (before.Success && before.Length > 0)
                    return (before.Value, new Span(from + before.Index, from + before.Index + before.Length), word.Value);
                var afterStart = verbAt + word.Length;
                var after = NameAfter().Match(text[afterStart..to]);
                if (after.Success && after.Value.Trim().Length > 0)
                {
                    var start = afterStart + after.Index + (after.Value.Length - after.Value.TrimStart().Length);
                    var name = after.Value.Trim();
                    return (name, new Span(start, start + name.Length), word.Value);
                }
                return (null, null, word.Value);
            }
        }
        return (null, null, null);
    }
}
