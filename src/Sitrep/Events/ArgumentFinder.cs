namespace Sitrep.Events;

/// <summary>An agent or target found for one trigger and the rule that found it.</summary>
public sealed record FoundArgument(ActorSlot Slot, string Rule);

/// <summary>
/// Finds the agent and target of a trigger inside its clause from the positions of actor
/// mentions: the subject before the trigger, the object after it, "by X" in the passive,
/// "between X and Y", and an actor written right before a noun trigger ("a Taliban attack").
/// </summary>
public static class ArgumentFinder
{
    public static bool IsPassive(SentenceContext s, TriggerMatch m, Inflector inflector)
    {
        if (m.VerbLemma is null || !inflector.IsPastForm(m.VerbLemma, m.HeadForm)) return false;
        // "foiled an assault by the Taliban": the by-phrase belongs to the trigger's own object
        if (s.IsAny(m.EndToken, "by")) return !Enumerable.Range(m.FirstToken, m.EndToken - m.FirstToken).Any(k => s.IsAny(k, "a", "an", "the"));
        for (var i = m.FirstToken - 1; i >= Math.Max(0, m.FirstToken - 3); i--)
        {
            if (!s.Tokens[i].IsWord) break;
            if (s.Words["be-form"].Contains(s.Lower[i]) && s.Tokens[i].Text != s.Tokens[i].Text.ToUpperInvariant()) return true; // "IS" is no verb
        }
        return IsReducedPassive(s, m);
    }

    /// <summary>
    /// "3 protesters shot dead in Khartoum", "Two policemen killed, three hurt": headline grammar drops the
    /// auxiliary, so a casualty participle right after the people it names, with nothing after it that could be
    /// its object (a preposition, punctuation or the end), tells who died, not who killed.
    /// </summary>
    private static bool IsReducedPassive(SentenceContext s, TriggerMatch m)
    {
        if (!m.Rule.IsCasualtyOnly || !s.Actors.Any(a => a.EndToken == m.FirstToken)) return false;
        var next = m.EndToken;
        if (next >= s.Tokens.Count) return true;
        // "shot dead at least 22 demonstrators": a number after the verb is its object
        var after = s.Tokens[Math.Min(s.Tokens.Count - 1, next + 2)].End;
        if (s.Document.Quantities.Any(q => q.Span.Start >= s.Tokens[next].Start && q.Span.Start < after)) return false;
        // "militants shot at farmers": "at" aims the shot at the people after it (not "policemen shot at a checkpoint", a place)
        if (s.IsAny(next, "at") && s.Actors.Any(a => a.FirstToken > next && a.FirstToken <= next + 2
            && a.Mention.Actor.Type == Actors.ActorType.Civilians && a.Mention.Rule != Actors.ActorAnnotator.SiteRule)) return false;
        return !s.Tokens[next].IsWord || s.IsIn(next, s.Words["preposition"]);
    }

    public static (FoundArgument? Agent, FoundArgument? Target) Find(SentenceContext s, TriggerMatch m, bool passive)
    {
        var (first, end) = s.ClauseOf(m.FirstToken);
        var reportVerb = LastReportVerb(s, first, m.FirstToken);
        var before = s.Actors.Where(a => a.FirstToken >= Math.Max(first, reportVerb + 1) && a.EndToken <= m.FirstToken && !IsAttribution(s, a)).ToList();
        // "Ministry of Defence: ANA commandos cleared ...": a subject named after a statement's heading acts, not the speaker
        // ("NDS press release: Our forces detained ...", "ISWAP claim: Soldiers of the Caliphate attacked ..." name none: the speaker's men act)
        var heading = HeadingEnd(s, m.FirstToken);
        if (heading > 0 && before.Where(a => a.FirstToken >= heading).ToList() is var own
            && Subject(s, own, heading) is { } named && !Actors.ActorAnnotator.IsUnnamed(named.Mention)
            && named.FirstToken <= heading + 1) before = own; // the statement opens with it ("... : The ANA ...")
        var after = s.Actors.Where(a => a.FirstToken > m.FirstToken && a.EndToken <= end
            && (a.FirstToken >= m.EndToken || a.EndToken < m.EndToken || m.Rule.Arguments == ArgumentPattern.Capture) // a gap ("took [passengers] hostage"), not the trigger's own noun, unless a captured post
            && !IsAttribution(s, a) && !IsSpeaker(s, a) && !IsAlly(s, a) && !IsScene(s, a)
            && SiteHit(s, a, m)
            && !s.Actors.Any(b => b.FirstToken == a.EndToken)).ToList(); // "a government prosecutor": the head, not its modifier, is who was hit
        var containing = s.Actors.FirstOrDefault(a => a.Mention.Span.Contains(m.Span))
            ?? s.Actors.FirstOrDefault(a => a.Mention.Span.Start < m.Span.Start && a.Mention.Span.Overlaps(m.Span)); // "Afghan [air force] strikes"
        var byAgent = after.FirstOrDefault(a => Governor(s, a) == "by");

        // "the trailer hit a mine", "was hit by a mine": either voice, the subject hit the weapon
        if (m.Rule.Arguments == ArgumentPattern.Struck)
        {
            var layer = s.Actors.FirstOrDefault(a => a.FirstToken > m.FirstToken && a.EndToken <= m.EndToken);
            return (Arg(layer, "arg.weapon-owner"), Arg(Subject(s, before, first) ?? before.LastOrDefault(), "arg.struck-subject"));
        }

        if (passive)
        {
            var target = before.LastOrDefault(a => SiteHit(s, a, m));
            // "a Taliban attack was repelled by the police": the subject attacked
            // "an attack by Taliban fighters on a checkpoint was repelled": the attack's own agent, not its object
            return m.Rule.Arguments == ArgumentPattern.Repel
                ? (Arg(before.FirstOrDefault(a => Governor(s, a) is null or "by"), "arg.repelled-attacker"), Arg(byAgent, "arg.repelled-by"))
                : (Arg(byAgent, "arg.passive-by"), Arg(target, "arg.passive-subject"));
        }

        // "a clearing operation by ANA commandos" names its agent as a noun does; "conducted an operation against" as a verb
        var pattern = m.Rule.Arguments == ArgumentPattern.Operation
            ? m.IsNounPhrase ? ArgumentPattern.Noun : ArgumentPattern.Active
            : m.Rule.Arguments;
        switch (pattern)
        {
            case ArgumentPattern.Repel:
                {
                    var attacker = after.FirstOrDefault(a => Governor(s, a) is not ("with" or "alongside" or "from"));
                    return (Arg(attacker, "arg.repelled-attacker"), Arg(Subject(s, before, first), "arg.repelled-by"));
                }
            case ArgumentPattern.Noun:
                {
                    // "a Taliban attack" modifies a noun; "[the prosecutor] blew up" is a verb's subject, if anything
                    var attached = containing ?? (m.IsNounPhrase ? before.LastOrDefault(a => AttachedToNoun(s, a, m)) : null);
                    // "killed by a suicide bomb", "blown up with a bomb": an instrument has no subject of its own
                    var instrument = IsInstrument(s, m);
                    // "died in a drone strike by US forces": the by-phrase of the noun names its agent, not the clause subject
                    var ownBy = byAgent is not null && ByPhraseOf(s, m, byAgent);
                    // "police repelled a Taliban attack": the subject is the defender of an attack it repelled
                    var subject = RepelledNoun(s, m, first) ? null : Subject(s, before, first);
                    var agent = attached is not null ? Arg(attached, attached == containing ? "arg.actor-names-weapon" : "arg.noun-modifier")
                        : instrument || ownBy ? Arg(byAgent, "arg.noun-by") : Arg(subject, "arg.subject") ?? Arg(byAgent, "arg.noun-by");
                    var target = after.FirstOrDefault(a => a != byAgent && a != containing && Governor(s, a) is not ("by" or "with" or "alongside" or "between" or "from"));
                    return (agent, Arg(target, "arg.noun-object"));
                }
            case ArgumentPattern.Between:
                {
                    var subject = Subject(s, before, first);
                    var others = after.Where(a => a != byAgent).ToList();
                    if (subject is not null)
                        return (Arg(subject, "arg.subject"), Arg(CoSubject(s, before, subject), "arg.co-subject") ?? Arg(others.FirstOrDefault(), "arg.with"));
                    var attached = before.LastOrDefault(a => AttachedToNoun(s, a, m));
                    if (attached is not null) return (Arg(attached, "arg.noun-modifier"), Arg(others.FirstOrDefault(), "arg.with"));
                    if (others.Count == 0 && WhenClauseAttack(s, end) is { } attack)
                    {
                        // "fighting broke out when Taliban insurgents attacked army posts": the attack says who fought whom
                        var (attacker, attacked) = Find(s, attack, passive: false);
                        return (Arg(attacker?.Slot, "arg.when-clause"), Arg(attacked?.Slot, "arg.when-clause"));
                    }
                    return (Arg(others.ElementAtOrDefault(0), "arg.between-first"), Arg(others.ElementAtOrDefault(1), "arg.between-second"));
                }
            case ArgumentPattern.SubjectVictims:
                return (Arg(byAgent, "arg.by"), Arg(before.LastOrDefault(), "arg.subject-victims"));
            case ArgumentPattern.AgentAfter:
                return (Arg(after.FirstOrDefault(), "arg.after"), null);
            case ArgumentPattern.Self:
                return (Arg(Subject(s, before, first) ?? before.LastOrDefault(a => AttachedToNoun(s, a, m)), "arg.subject"), null);
            case ArgumentPattern.Recipient or ArgumentPattern.Reference:
                {
                    var subject = Subject(s, before, first);
                    var between = Enumerable.Range(m.EndToken, Math.Max(0, end - m.EndToken)).FirstOrDefault(k => s.Lower[k] == "between", -1);
                    var sides = after.Where(a => a.FirstToken > between).ToList();
                    // "elders brokered a truce between the Taliban and government forces": the sides are the parties, not the go-between
                    if (between >= 0 && sides.Count >= 2)
                        return (Arg(sides[0], "arg.between-first"), Arg(sides[1], "arg.between-second"));
                    // "the withdrawal of the US troops": the of-phrase of a noun names who acts
                    var ofAgent = m.IsNounPhrase && subject is null ? after.FirstOrDefault(a => a.FirstToken <= m.EndToken + 2 && Governor(s, a) == "of") : null;
                    if (ofAgent is not null)
                        return (Arg(ofAgent, "arg.noun-of"), Arg(after.FirstOrDefault(a => a != ofAgent && a != byAgent && !Actors.ActorAnnotator.IsUnnamed(a.Mention)), "arg.object"));
                    var attached = subject is null ? before.LastOrDefault(a => AttachedToNoun(s, a, m)) : null;
                    // a recipient is named: "its troops", "reinforcements" are the agent's own
                    var recipient = after.FirstOrDefault(a => a != byAgent
                        && (!Actors.ActorAnnotator.IsUnnamed(a.Mention) || Governor(s, a) is "to" or "with" or "from" or "on"));
                    return (Arg(subject, "arg.subject") ?? Arg(attached, "arg.noun-modifier") ?? Arg(byAgent, "arg.by"),
                        Arg(subject is null ? null : CoSubject(s, before, subject), "arg.co-subject") ?? Arg(recipient, "arg.object"));
                }
            default:
                {
                    var agent = Subject(s, before, first);
                    var target = after.FirstOrDefault(a => Governor(s, a) is not ("with" or "alongside"));
                    return (Arg(agent, "arg.subject"), Arg(target, "arg.object") ?? Them(s, m, first, agent)
                        ?? Arg(agent is null ? null : CoSubject(s, before, agent), "arg.co-subject"));
                }
        }
    }

    /// <summary>The clause subject: the first actor before the trigger that is not the object of a preposition.</summary>
    public static ActorSlot? Subject(SentenceContext s, List<ActorSlot> before, int clauseFirst) =>
        before.FirstOrDefault(a => Governor(s, a) is null
            && !s.Triggers.Any(t => t.FirstToken >= clauseFirst && t.EndToken <= a.FirstToken // "had to kill people, calling the attack": people are no subject
                && !(s.IsAny(t.EndToken, "of") && a.FirstToken - t.EndToken <= 2))); // "jets of the air force bombed": the force flies them

    /// <summary>
    /// "the Taliban entered the city; the next day government forces and commandos pushed them out":
    /// "them" as the object is the subject of an earlier clause of the sentence, if another actor.
    /// </summary>
    private static FoundArgument? Them(SentenceContext s, TriggerMatch m, int clauseFirst, ActorSlot? agent)
    {
        // with no agent, "them" may be anyone, the speaker included ("forces said they had pushed them out")
        if (agent is null || !Enumerable.Range(m.FirstToken, m.EndToken - m.FirstToken + 1).Any(k => s.IsAny(k, "them", "him", "her"))) return null;
        var earlier = Subject(s, [.. s.Actors.Where(a => a.EndToken <= clauseFirst)], 0);
        if (earlier is not null && earlier.Mention.Actor.Id != agent.Mention.Actor.Id) return new FoundArgument(earlier, "arg.them");
        // "gunmen pulled out three employees ... and shot them dead", "dragged a commander from his house and shot him":
        // the subject acts again, so the pronoun is the one it acted on before
        var taken = s.Actors.LastOrDefault(a => a.EndToken <= m.FirstToken && a.Mention.Actor.Id != agent.Mention.Actor.Id
            && !IsSpeaker(s, a) && !IsAttribution(s, a) && Governor(s, a) is not ("by" or "with" or "alongside"));
        return taken is null ? null : new FoundArgument(taken, "arg.pronoun-object");
    }

    /// <summary>The attack verb of a "when" clause soon after the clause that ends at <paramref name="clauseEnd"/> ("clashes that began on Sunday when ...").</summary>
    private static TriggerMatch? WhenClauseAttack(SentenceContext s, int clauseEnd)
    {
        var when = Enumerable.Range(clauseEnd, Math.Max(0, Math.Min(s.Lower.Length, clauseEnd + 8) - clauseEnd))
            .TakeWhile(k => s.Lower[k] is not (";" or ",") && !s.Triggers.Any(t => t.FirstToken == k))
            .FirstOrDefault(k => s.Lower[k] == "when", -1);
        if (when < 0) return null;
        var (_, end) = s.ClauseOf(when);
        return s.Triggers.FirstOrDefault(t => t.FirstToken > when && t.EndToken <= end && !t.IsNounPhrase && t.Rule.IsViolent
            && t.Rule.Arguments is ArgumentPattern.Active or ArgumentPattern.Assault or ArgumentPattern.Capture);
    }

    /// <summary>"a drone strike by US forces", "an attack carried out by the Taliban": "by" opens the noun's own phrase.</summary>
    private static bool ByPhraseOf(SentenceContext s, TriggerMatch m, ActorSlot by)
    {
        if (by.FirstToken - m.EndToken > 4) return false;
        for (var i = m.EndToken; i < by.FirstToken; i++)
            if (!s.IsAny(i, "by", "carried", "out", "conducted", "launched", "staged", "the", "a", "an")) return false;
        return s.IsAny(by.FirstToken - 1, "by") || s.IsAny(by.FirstToken - 2, "by");
    }

    /// <summary>The noun is the object of a repel trigger of its clause ("beat back a Taliban push").</summary>
    private static bool RepelledNoun(SentenceContext s, TriggerMatch m, int clauseFirst) =>
        s.Triggers.Any(t => t.Rule.Arguments == ArgumentPattern.Repel && t.FirstToken >= clauseFirst && t.EndToken <= m.FirstToken && m.FirstToken - t.EndToken <= 4);

    private static bool IsInstrument(SentenceContext s, TriggerMatch m)
    {
        for (var i = m.FirstToken - 1; i >= Math.Max(0, m.FirstToken - 4); i--)
        {
            if (!s.Tokens[i].IsWord || s.Actors.Any(a => a.FirstToken <= i && i < a.EndToken)) return false;
            if (s.Lower[i] is "by" or "with") return true;
        }
        return false;
    }

    /// <summary>"The US and the Taliban signed ...": the second member of a compound subject.</summary>
    private static ActorSlot? CoSubject(SentenceContext s, List<ActorSlot> before, ActorSlot subject) =>
        before.FirstOrDefault(a => a.FirstToken > subject.FirstToken && Enumerable.Range(subject.EndToken, Math.Max(0, a.FirstToken - subject.EndToken))
            .Any(k => s.Lower[k] == "and") && a.FirstToken - subject.EndToken <= 2);

    /// <summary>"Mujahid said Taliban fighters captured ...": the subject of the event follows the speech verb.</summary>
    private static int LastReportVerb(SentenceContext s, int first, int trigger)
    {
        for (var i = trigger - 1; i >= first; i--)
        {
            if (!s.Words["subject-report-verb"].Contains(s.Lower[i]) || s.IsAny(i + 1, "to")) continue; // "claims to have repelled" keeps its subject
            // "the Taliban announced a ceasefire": no new subject between the verb and the trigger
            return s.Actors.Any(a => a.FirstToken > i && a.EndToken <= trigger) ? i : -1;
        }
        return -1;
    }

    /// <summary>"..., officials said": the speaker is the source, not a participant.</summary>
    internal static bool IsSpeaker(SentenceContext s, ActorSlot a)
    {
        // ", says army", "said police": a speaker named after the verb of an inverted attribution
        if (s.IsAny(a.FirstToken - 1, "said", "says", "say") && (a.FirstToken < 2 || !s.Tokens[a.FirstToken - 2].IsWord)) return true;
        // "officials said", "Uruzgan's police chief said", "the army's spokesman told"
        for (var i = a.EndToken; i < Math.Min(s.Lower.Length, a.EndToken + 3); i++)
        {
            if (s.Lower[i] is "said" or "says" or "told" or "reported" or "claimed" or "say") return true;
            if (s.Lower[i] is not ("chief" or "spokesman" or "spokesperson" or "commander" or "official" or "officials" or "governor" or "source" or "sources")) return false;
        }
        return false;
    }

    /// <summary>The preposition governing an actor mention ("attack on [the] police post" → "on"), if any.</summary>
    /// <summary>"air strikes in support of Afghan forces", "on behalf of the government": the side helped, never the one hit.</summary>
    private static bool IsAlly(SentenceContext s, ActorSlot a)
    {
        var i = WordBefore(s, a);
        return s.IsAny(i, "of") && s.IsAny(i - 1, "support", "behalf", "defence", "defense", "protection", "aid");
    }

    /// <summary>
    /// "a blast ripped through a mosque", "gunmen attacked a village", "torched homes in the village": a site stands for the civilians
    /// in it as what was hit; not as a place taken ("took control of the main market") or talked about, nor when another actor holds
    /// it ("Taliban-held villages").
    /// </summary>
    private static bool SiteHit(SentenceContext s, ActorSlot a, TriggerMatch m) =>
        a.Mention.Rule != Actors.ActorAnnotator.SiteRule
        || !TakesGround(m.Rule) && m.Rule.Plover is null
            && !s.Document.Actors.Any(b => b.Span.End < a.Mention.Span.Start && a.Mention.Span.Start - b.Span.End <= 20
                && HeldBy.IsMatch(s.Document.Text[b.Span.End..a.Mention.Span.Start])); // the sentence leaves out a name inside a compound

    /// <summary>A capture or a change of who holds ground: the site is the ground, not the civilians in it.</summary>
    public static bool TakesGround(TriggerRule rule) => rule.IsCapture || rule.SubEventType?.Contains("territory", StringComparison.Ordinal) == true;

    /// <summary>"Taliban-held", "rebel-controlled": the text between a group and a site that says the group holds it.</summary>
    private static readonly System.Text.RegularExpressions.Regex HeldBy = new(@"^-\w+\s+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// "attacked a security outpost in Alaghan village", "at a market in Kabul": a civilian noun in a phrase of place
    /// says where it happened, not whom it hit (the victims of a toll still may).
    /// </summary>
    private static bool IsScene(SentenceContext s, ActorSlot a)
    {
        if (!Actors.ActorAnnotator.IsUnnamed(a.Mention) || a.Mention.Actor.Type != Actors.ActorType.Civilians) return false;
        var i = WordBefore(s, a);
        // "in Alaghan village": past the name of the place the noun is the kind of
        if (s.Places.FirstOrDefault(p => p.EndToken == i + 1) is { } named) i = named.FirstToken - 1;
        while (i >= 0 && s.Lower[i] is "the" or "a" or "an") i--;
        return i >= 0 && s.Words["scene-preposition"].Contains(s.Lower[i]);
    }

    /// <summary>The token before an actor's noun phrase, past its determiners ("aimed at [the] ...", "in support of [their] ..."); -1 at the start.</summary>
    public static int WordBefore(SentenceContext s, ActorSlot a)
    {
        var i = a.FirstToken - 1;
        while (i >= 0 && s.Lower[i] is "the" or "a" or "an" or "its" or "their" or "our" or "some" or "several" or "two" or "local")
            i--;
        return i;
    }

    public static string? Governor(SentenceContext s, ActorSlot a)
    {
        var i = WordBefore(s, a);
        if (i >= 0 && s.Lower[i] == "of" && i > 0 && (s.Lower[i - 1] is "members" or "member" or "group" or "dozens" or "number" or "some" or "one" || PartOfForce(s, i - 1)))
            return null; // "members of the ANP", "jets of the Afghan Air Force" stand for the ANP, the air force
        // "an attack by terrorist groups affiliated with Jabhat al-Nusra": the named group a generic head is tied to stands
        // for that head, under the head's preposition ("by"), not under "with"
        if (i > 1 && s.Lower[i] is "with" or "to" && s.Words["affiliation-cue"].Contains(s.Lower[i - 1]))
        {
            for (var k = i - 2; k >= Math.Max(0, i - 6); k--)
                if (s.Words["preposition"].Contains(s.Lower[k])) return s.Lower[k];
            return null;
        }
        // "between the Afghan government and the Taliban": a conjunct shares its partner's preposition
        if (i >= 0 && s.Lower[i] is "and" or "or" && s.Actors.FirstOrDefault(b => b.EndToken == i) is { } partner)
            return Governor(s, partner);
        // "the car of a government prosecutor": the head of a compound shares its modifier's preposition
        if (i >= 0 && i == a.FirstToken - 1 && s.Actors.FirstOrDefault(b => b.EndToken == a.FirstToken && b.FirstToken < a.FirstToken) is { } modifier)
            return Governor(s, modifier);
        return i >= 0 && s.Words["preposition"].Contains(s.Lower[i]) ? s.Lower[i] : null;
    }

    /// <summary>
    /// "Units of the Afghan National Army, supported by ..., repulsed", "Jets of the Afghan Air Force
    /// bombed": a bare plural that opens its clause and names no actor itself is a part of the force
    /// of its of-phrase. Not "relatives of soldiers" (relatives are an actor), nor "the attacks of".
    /// </summary>
    private static bool PartOfForce(SentenceContext s, int head)
    {
        if (!s.Tokens[head].IsWord || s.Lower[head].Length < 4 || !s.Lower[head].EndsWith('s') || s.Lower[head].EndsWith("ss", StringComparison.Ordinal)) return false;
        // "jets of", "drones of" name the force's aircraft; "attacks of", "shelling of" name acts, whose of-phrase may be the target
        if (s.Actors.Any(a => a.FirstToken <= head && head < a.EndToken)
            || s.Triggers.Any(t => t.FirstToken <= head && head < t.EndToken && t.Rule.Mode is not ("aerial" or "drone"))) return false;
        var k = head - 1;
        while (k >= 0 && s.Tokens[k].IsWord && (s.Lower[k] is "the" or "two" or "three" or "several" or "some" || char.IsDigit(s.Lower[k][0]))) k--;
        return k < 0 || !s.Tokens[k].IsWord;
    }

    /// <summary>How many words a statement's heading ("Cameroon Ministry of Defence:", "Voice of Jihad -") may run to.</summary>
    private const int HeadingWords = 10;

    /// <summary>
    /// "Ministry of Defence: ANA commandos cleared ...", "National Unity Government, Ministry of Defence: PDF units
    /// ambushed ...": the speaker heading a statement before a colon is not the subject of what follows it.
    /// The token after the colon (0 when there is no heading before <paramref name="trigger"/>).
    /// </summary>
    internal static int HeadingEnd(SentenceContext s, int trigger)
    {
        for (var k = 1; k < Math.Min(trigger, HeadingWords + 1); k++)
            if (s.Lower[k] == ":") return s.Actors.Any(a => a.EndToken <= k) ? k + 1 : 0;
        return 0;
    }

    private static bool IsAttribution(SentenceContext s, ActorSlot a) =>
        a.FirstToken >= 2 && s.Lower[a.FirstToken - 1] == "to" && s.Lower[a.FirstToken - 2] == "according"
        || a.FirstToken >= 3 && s.Lower[a.FirstToken - 2] == "to" && s.Lower[a.FirstToken - 3] == "according";

    /// <summary>"a Taliban attack", "the Taliban's offensive", "US air strikes": the actor modifies the noun trigger.</summary>
    private static bool AttachedToNoun(SentenceContext s, ActorSlot a, TriggerMatch m)
    {
        var gap = m.FirstToken - a.EndToken;
        if (gap < 0 || gap > 3) return false;
        for (var i = a.EndToken; i < m.FirstToken; i++)
        {
            // "the army repelled an attack": a verb or an article between them starts another phrase
            if (s.Words["preposition"].Contains(s.Lower[i]) || s.Lower[i] is "a" or "an" || s.Triggers.Any(t => t.FirstToken <= i && i < t.EndToken)) return false;
            if (!(s.Lower[i] is "'" or "\u2019" or "s" or "-" || (s.Tokens[i].IsWord && char.IsLower(s.Tokens[i].Text[0]) && s.Lower[i] is not ("and" or "or" or "by"))))
                return false;
        }
        return true;
    }

    private static FoundArgument? Arg(ActorSlot? slot, string rule) => slot is null ? null : new FoundArgument(slot, rule);
}
