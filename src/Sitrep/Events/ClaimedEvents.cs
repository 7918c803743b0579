using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// Which attacks a claim of responsibility or a blame speaks of: one told before it in its own
/// sentence, else the attacks told in the sentences just before it in the same paragraph ("The
/// Taliban claimed responsibility." closing a story speaks of the story's attack, however many
/// sentences of detail came between), else the attack of the paragraph just before when at most
/// one sentence stands between them.
/// </summary>
internal static class ClaimedEvents
{
    /// <summary>How many sentences back a claim may reach.</summary>
    private const int Reach = 3;

    public static List<EventDraft> For(ResponsibilityClaim claim, Sentence here, List<EventDraft> sentence, List<EventDraft> article, bool hasOwnFacts)
    {
        var own = claim.OwnSentence
            ? sentence.FirstOrDefault(d => d.IsViolent)
            : sentence.LastOrDefault(d => d.IsViolent && d.Main.FirstToken < claim.Token);
        if (own is not null) return [own];
        List<EventDraft> inParagraph = [.. article.Where(d => d.IsViolent && d.Sentence.Sentence.Paragraph == here.Paragraph && here.Index - d.LastSentence.Index <= Reach)];
        if (inParagraph.Count > 0) return inParagraph;
        // the lead told the attack and the next paragraph's detail ends "He blamed the Taliban."
        // ("Last month the Taliban claimed a bombing in Baghlan" has a place and day of its own: it speaks of something else)
        return !hasOwnFacts && article.LastOrDefault(d => d.IsViolent) is { } last && here.Index - last.LastSentence.Index <= 2 && here.Paragraph - last.LastSentence.Paragraph == 1
            ? [last] : [];
    }
}
