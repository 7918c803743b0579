using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// Which attacks a claim of responsibility or a blame speaks of: one told before it in its own
/// sentence, else the attacks told in the sentences just before it in the same paragraph ("The
/// Taliban claimed responsibility." closing a story speaks of the story's attack, however many
/// sentences of detail came between).
/// </summary>
internal static class ClaimedEvents
{
    /// <summary>How many sentences back a claim may reach.</summary>
    private const int Reach = 3;

    public static List<EventDraft> For(ResponsibilityClaim claim, Sentence here, List<EventDraft> sentence, List<EventDraft> article)
    {
        var own = claim.OwnSentence
            ? sentence.FirstOrDefault(d => d.IsViolent)
            : sentence.LastOrDefault(d => d.IsViolent && d.Main.FirstToken < claim.Token);
        if (own is not null) return [own];
        return [.. article.Where(d => d.IsViolent && d.Sentence.Sentence.Paragraph == here.Paragraph && here.Index - d.LastSentence.Index <= Reach)];
    }
}
