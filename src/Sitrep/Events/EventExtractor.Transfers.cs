using Sitrep.Pipeline;
using Sitrep.Geo;
using Sitrep.Actors;

namespace Sitrep.Events;

/// <summary>Captures that changed hands without a fight: a transfer cue in the sentence or the next one.</summary>
public sealed partial class EventExtractor
{
    /// <summary>"captured the district without a fight", "... after government forces withdrew": a transfer, not a battle.</summary>
    private static void MarkTransfers(List<EventDraft> order)
    {
        // a withdrawal of the defenders, not of foreign troops leaving the country
        var cues = order.Where(d => d.Triggers.All(t => t.Rule.Arguments == ArgumentPattern.TransferCue)
            || d.Main.Rule.Plover == "RETREAT" && d.Arguments.Select(a => a.Agent).FirstOrDefault(a => a is not null)?.Slot.Mention.Actor.Type is null or ActorType.StateForces or ActorType.PoliticalMilitia).ToList();
        // "without a fight" always; a retreat only when nobody was killed ("forcing police to retreat" was a fight)
        if (!cues.Any(c => IsUncontested(c.Triggers[0])))
            cues.RemoveAll(c => order.Any(d => d.Triggers.Any(t => t.Rule.IsCasualtyOnly || t.Rule.IsViolent && !t.Rule.IsCapture)) // "after a short battle"
                || Enumerable.Range(Math.Max(0, c.Triggers[0].FirstToken - 4), Math.Min(4, c.Triggers[0].FirstToken)).Any(k => c.Sentence.IsAny(k, "forcing", "forced"))
                || Document.Within(c.Sentence.Document.Casualties, c.Sentence.Sentence.Span).Any(x => x.Count.Value > 0));
        var captures = order.Where(d => d.IsViolent && d.Main.Rule.IsCapture && d.Triggers.All(t => t.Rule.Arguments != ArgumentPattern.Assault)).ToList();
        if (captures.Count > 0 && cues.Count > 0)
        {
            foreach (var capture in captures) capture.TransferCue = cues[0].Triggers[0];
            order.RemoveAll(cues.Contains);
        }
        order.RemoveAll(d => d.Triggers.All(t => t.Rule.Arguments == ArgumentPattern.TransferCue));
    }

    /// <summary>"without a fight", "no resistance was reported": says outright that nobody fought.</summary>
    private static bool IsUncontested(TriggerMatch cue) =>
        cue.Text.StartsWith("without ", StringComparison.OrdinalIgnoreCase) || cue.Text.StartsWith("no ", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "The Taliban entered Zaranj. Security forces had fled, and no resistance was reported.": a
    /// sentence that only tells how the defenders left makes the capture just before it a transfer —
    /// when it says nobody fought, or names the captured town ("In Taloqan, government forces left the city").
    /// </summary>
    private static void MarkTransfersBefore(SentenceContext s, List<EventDraft> drafts, List<EventDraft> before)
    {
        if (drafts.Any(d => d.IsViolent) || before.Count == 0 || before[0].Sentence.Sentence.Index != s.Sentence.Index - 1) return;
        var cues = s.Triggers.Where(t => t.Rule.Arguments == ArgumentPattern.TransferCue).ToList();
        if (cues.Count == 0 || Document.Within(s.Document.Casualties, s.Sentence.Span).Any(x => x.Count.Value > 0)) return;
        var cue = cues.FirstOrDefault(IsUncontested) ?? cues[0];
        // "took the district after heavy fighting": a capture told with its battle was fought for
        var captures = before.Where(d => d.IsViolent && d.Main.Rule.IsCapture && d.TransferCue is null
            && d.Triggers.All(t => t.Rule.IsCapture) && !d.Sentence.Triggers.Any(t => t.Rule.IsViolent && !t.Rule.IsCapture)).ToList();
        // "retreated toward the provincial capital" names where they went, not the town they left
        var named = s.Places.Where(p => !p.Mention.Destination && p.Mention.Rule != PlaceAnaphora.Rule && p.Mention.Place.Kind != PlaceKind.Country)
            .Select(p => p.Mention.Place.Id).ToHashSet();
        var here = captures.Where(d => Places(d.Sentence, d.PlaceScope.First, d.PlaceScope.End).Overlaps(named)).ToList();
        if (here.Count == 0 && IsUncontested(cue) && captures.Count == 1) here = captures;
        foreach (var capture in here) capture.TransferCue = cue;
        // "Police abandoned their posts ... without a fight": the leaving is how the town changed hands, not another event
        if (here.Count > 0) drafts.RemoveAll(d => d.Main.Rule.SubEventType == "Non-violent transfer of territory" || d.Main.Rule.Plover == "RETREAT");
    }
}
