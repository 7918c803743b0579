using Sitrep.Pipeline;
using Sitrep.Actors;

namespace Sitrep.Events;

/// <summary>Protests: one per sentence, the violence of their crowd, and a crowd act named "the demonstration" later.</summary>
public sealed partial class EventExtractor
{
    /// <summary>
    /// "Residents carried the bodies to Jalalabad and demanded justice. The demonstration ended
    /// peacefully.": a later "the demonstration" says that the crowd's act just told was a protest.
    /// </summary>
    private static void NameProtestBefore(SentenceContext s, List<TriggerMatch> found, List<EventDraft> told)
    {
        if (found.FirstOrDefault(m => Family(m.Rule) == "protest" && m.IsNounPhrase && IsAnaphoric(s, m)) is not { } named) return;
        var crowdAct = told.LastOrDefault(d => s.Sentence.Index - d.Sentence.Sentence.Index is >= 1 and <= 2);
        if (crowdAct is null || crowdAct.IsViolent || Family(crowdAct.Main.Rule) == "protest" || crowdAct.NamedAs is not null
            || crowdAct.Arguments.Select(a => a.Agent).FirstOrDefault(a => a is not null)?.Slot.Mention.Actor.Type is not (ActorType.Civilians or ActorType.Protesters))
            return;
        crowdAct.NamedAs = named;
        crowdAct.ExtraEvidence.Add(new Evidence("event_type", named.Span, "event.named-later", named.Text));
    }

    /// <summary>A riot told right after a protest, with no day of its own and no other province: the same crowd.</summary>
    private static bool TurnsViolent(SentenceContext s, EventDraft draft, EventDraft protest) =>
        draft.Main.Rule.EventType == "Riots" && draft.Main.Rule.SubEventType == "Violent demonstration"
        && s.Sentence.Index - protest.LastSentence.Index is >= 1 and <= 2
        && !Document.Within(s.Document.Times, s.Sentence.Span).Any(t => !t.IsDuration)
        && Provinces(s).IsSubsetOf(Provinces(protest.Sentence));

    /// <summary>
    /// One protest per sentence: its clauses join, and violence in the sentence (stones thrown,
    /// clashes with police, a vehicle set on fire) becomes part of it — unless the violence is what
    /// the crowd protests against ("protested against the killing of an elder").
    /// </summary>
    private static void MergeProtest(SentenceContext s, List<EventDraft> order)
    {
        // "struck an election rally": a gathering that is attacked is a target, not a protest; police that open fire on it use force on protesters
        order.RemoveAll(d => Family(d.Main.Rule) == "protest" && d.Triggers.All(t => (t.IsNounPhrase || t.HeadForm.EndsWith("ing"))
            && order.Any(v => v.IsViolent && !(IsStateForce(v.Arguments.Select(a => a.Agent).FirstOrDefault(a => a is not null)) && IsCrowdActing(s, t))
                && v.Triggers.Any(x => x.FirstToken < t.FirstToken && s.ClauseOf(x.FirstToken) == s.ClauseOf(t.FirstToken)))));
        var protest = order.FirstOrDefault(d => Family(d.Main.Rule) == "protest");
        if (protest is null) return;
        foreach (var other in order.Where(d => d != protest).ToList())
        {
            var joins = Family(other.Main.Rule) == "protest" || other.IsViolent || other.Main.Rule.SubEventType == "Looting/property destruction";
            if (!joins || Family(other.Main.Rule) != "protest" && IsBackgroundClause(s, other)) continue; // "protested after a bus was struck by a bomb"
            order.Remove(other);
            // "relatives of women killed in a feud protested": a death told about is no violence of the crowd
            var violent = other.Triggers.Where(t => (t.Rule.IsViolent && !t.Rule.IsCasualtyOnly) || t.Rule.SubEventType == "Looting/property destruction").ToList();
            var firedOn = violent.Count == 0 && DiedWhereForceMetCrowd(s, protest, other);
            if (violent.Count == 0 && (CrowdDiedUnderForce(s, other) || firedOn))
            {
                protest.CrowdFiredOn |= firedOn;
                protest.Triggers.AddRange(other.Triggers);
                protest.ClauseFirst = Math.Min(protest.ClauseFirst, other.ClauseFirst);
                protest.ClauseEnd = Math.Max(protest.ClauseEnd, other.ClauseEnd);
                protest.ForceKilled = true;
                continue;
            }
            if (Family(other.Main.Rule) != "protest" && (violent.Count == 0 || violent.All(t => IsProtestObject(s, t)))) continue;
            protest.Triggers.AddRange(other.Triggers);
            protest.Arguments.AddRange(other.Arguments);
            protest.ClauseEnd = Math.Max(protest.ClauseEnd, other.ClauseEnd);
            if (violent.Count > 0) protest.ProtestTurnedViolent = true;
        }
    }

    /// <summary>
    /// "Two protesters were shot dead when troops fired into a crowd marching ...", "police fired tear gas at
    /// youths protesting ..., and one protester died": a clause that only counts dead civilians, not the
    /// object of the protest, in a sentence where state forces act on the crowd, tells who died under that force.
    /// </summary>
    private static bool CrowdDiedUnderForce(SentenceContext s, EventDraft deaths) =>
        deaths.Triggers.All(t => t.Rule.IsCasualtyOnly) && deaths.Triggers.Any(t => !IsProtestObject(s, t))
        && s.Actors.Any(a => a.Mention.Actor.Type == ActorType.StateForces && ArgumentFinder.Governor(s, a) is null)
        && CivilianDeadIn(s, deaths.ClauseSpan);

    /// <summary>
    /// "Security forces fired live rounds and tear gas at protesters ..., killing at least four": a clause that only
    /// counts dead after state forces turned on the protesters of the sentence tells the crowd's dead, though it
    /// names nobody ("killing four").
    /// </summary>
    private static bool DiedWhereForceMetCrowd(SentenceContext s, EventDraft protest, EventDraft deaths) =>
        deaths.Triggers.All(t => t.Rule.IsCasualtyOnly && !IsProtestObject(s, t))
        && protest.Arguments.Any(a => a.Trigger.Rule.SubEventType is "Protest with intervention" or "Excessive force against protesters"
            && IsStateForce(a.Agent) && a.Target?.Slot.Mention.Actor.Type == ActorType.Protesters)
        && Document.Within(s.Document.Casualties, deaths.ClauseSpan)
            .Any(c => c.Kind == CasualtyKind.Killed && c.Side is null or "civilian" && c.Count.Value > 0 && c.PartyClaim is null);

    private static bool CivilianDeadIn(SentenceContext s, Text.Span span) =>
        Document.Within(s.Document.Casualties, span).Any(c => c.Kind == CasualtyKind.Killed && c.Side == "civilian" && c.Count.Value > 0 && c.PartyClaim is null);

    /// <summary>
    /// "... used live rounds and tear gas to disperse a sit-in. 1 protester killed; dozens injured.": a sentence
    /// right after a protest broken up by state forces that only counts dead civilians tells that protest's dead.
    /// </summary>
    private static bool CountsCrowdDead(SentenceContext s, List<EventDraft> drafts, EventDraft protest) =>
        protest.Triggers.Any(t => t.Rule.SubEventType is "Protest with intervention" or "Excessive force against protesters")
        && s.Sentence.Index - protest.LastSentence.Index == 1
        && drafts.Count > 0 && drafts.All(d => d.Triggers.All(t => t.Rule.IsCasualtyOnly))
        && !Document.Within(s.Document.Times, s.Sentence.Span).Any(t => !t.IsDuration)
        && Provinces(s).IsSubsetOf(Provinces(protest.Sentence))
        && CivilianDeadIn(s, s.Sentence.Span);

    /// <summary>
    /// "Hundreds marched in Herat. Police opened fire on the crowd: 2 protesters killed.": state forces acting on
    /// "the crowd" (the protest's crowd named again) in a sentence right after a protest, with no day or province
    /// of its own and civilians dead, broke up that protest; returns the force's act, or null.
    /// </summary>
    private static (TriggerMatch Trigger, FoundArgument? Agent, FoundArgument? Target, bool Passive)? FiresOnTheCrowd(
        SentenceContext s, List<EventDraft> drafts, EventDraft protest)
    {
        if (s.Sentence.Index - protest.LastSentence.Index is not (>= 1 and <= 2) || drafts.Count == 0) return null;
        // the crowd is the act's target, or a word of its trigger ("fired on the demonstrators")
        var acts = drafts.SelectMany(d => d.Arguments).Where(a => IsStateForce(a.Agent)
            && (a.Trigger.Rule.SubEventType == "Excessive force against protesters" && s.IsAny(a.Trigger.EndToken - 2, "the")
                || a.Target is { } t && t.Slot.Mention.Actor.Type is ActorType.Civilians or ActorType.Protesters && s.IsAny(t.Slot.FirstToken - 1, "the"))).ToList();
        if (acts.Count == 0 || !drafts.All(d => d.Arguments.Any(acts.Contains) || d.Triggers.All(t => t.Rule.IsCasualtyOnly))) return null;
        if (Document.Within(s.Document.Times, s.Sentence.Span).Any(t => !t.IsDuration) || !Provinces(s).IsSubsetOf(Provinces(protest.Sentence)))
            return null;
        // "fired on the demonstrators, killing two": dead with no side of their own are of the crowd fired on
        return Document.Within(s.Document.Casualties, s.Sentence.Span)
            .Any(c => c.Kind == CasualtyKind.Killed && c.Side is null or "civilian" && c.Count.Value > 0 && c.PartyClaim is null) ? acts[0] : null;
    }

    private static bool IsStateForce(FoundArgument? agent) => agent?.Slot.Mention.Actor.Type == ActorType.StateForces;

    /// <summary>"a crowd protesting", "people demonstrating": the crowd does the protesting (not "a Taliban gathering").</summary>
    private static bool IsCrowdActing(SentenceContext s, TriggerMatch t) =>
        !t.IsNounPhrase && s.Actors.Any(a => a.EndToken == t.FirstToken && a.Mention.Actor.Type is ActorType.Civilians or ActorType.Protesters);

    private static bool IsProtestObject(SentenceContext s, TriggerMatch t)
    {
        // "over the killing", "angered by what they said was the killing of a shepherd": the grievance's words
        // come a few words before, inside the phrase (a comma, colon or bracket ends the search)
        for (var i = t.FirstToken - 1; i >= Math.Max(0, t.FirstToken - GrievanceReach) && s.Lower[i] is not ("," or ";" or ":" or "." or "(" or ")"); i--)
            if (s.Words["grievance-cue"].Contains(s.Lower[i]))
                return true;
        return false;
    }

    /// <summary>How many words before a killing its grievance cue may stand ("angered by what they said was the killing").</summary>
    private const int GrievanceReach = 7;
}
