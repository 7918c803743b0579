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
    private static readonly string[] Prepositions =
    [
        "in", "at", "on", "of", "with", "against", "to", "from", "by", "for", "near", "into", "alongside", "across",
        "toward", "towards", "between", "among", "over", "under", "after", "before", "during", "amid", "including",
        "than", "like", "about", "behind", "within", "around", "beside", "despite", "targeting",
    ];

    private static readonly string[] BeForms = ["was", "were", "been", "being", "be", "is", "are", "got", "get", "gets"];

    public static bool IsPassive(SentenceContext s, TriggerMatch m, Inflector inflector)
    {
        if (m.VerbLemma is null || !inflector.IsPastForm(m.VerbLemma, m.HeadForm)) return false;
        if (s.IsAny(m.EndToken, "by")) return true;
        for (var i = m.FirstToken - 1; i >= Math.Max(0, m.FirstToken - 3); i--)
        {
            if (!s.Tokens[i].IsWord) return false;
            if (BeForms.Contains(s.Lower[i])) return true;
        }
        return false;
    }

    public static (FoundArgument? Agent, FoundArgument? Target) Find(SentenceContext s, TriggerMatch m, bool passive)
    {
        var (first, end) = s.ClauseOf(m.FirstToken);
        var before = s.Actors.Where(a => a.FirstToken >= first && a.EndToken <= m.FirstToken && !IsAttribution(s, a)).ToList();
        var after = s.Actors.Where(a => a.FirstToken >= m.EndToken && a.EndToken <= end && !IsAttribution(s, a)).ToList();
        var byAgent = after.FirstOrDefault(a => Governor(s, a) == "by");

        if (passive)
        {
            var target = before.LastOrDefault();
            return (Arg(byAgent, "arg.passive-by"), Arg(target, "arg.passive-subject"));
        }

        switch (m.Rule.Arguments)
        {
            case ArgumentPattern.Noun:
            {
                var attached = before.LastOrDefault(a => AttachedToNoun(s, a, m));
                var agent = attached is not null ? Arg(attached, "arg.noun-modifier")
                    : Arg(Subject(s, before, first), "arg.subject") ?? Arg(byAgent, "arg.noun-by");
                var target = after.FirstOrDefault(a => Governor(s, a) is "on" or "against" or "at" or "targeting" or "of");
                return (agent, Arg(target, "arg.noun-object"));
            }
            case ArgumentPattern.Between:
            {
                var subject = Subject(s, before, first);
                var others = after.Where(a => a != byAgent).ToList();
                if (subject is not null)
                    return (Arg(subject, "arg.subject"), Arg(others.FirstOrDefault(), "arg.with"));
                var attached = before.LastOrDefault(a => AttachedToNoun(s, a, m));
                if (attached is not null) return (Arg(attached, "arg.noun-modifier"), Arg(others.FirstOrDefault(), "arg.with"));
                return (Arg(others.ElementAtOrDefault(0), "arg.between-first"), Arg(others.ElementAtOrDefault(1), "arg.between-second"));
            }
            case ArgumentPattern.AgentAfter:
                return (Arg(after.FirstOrDefault(), "arg.after"), null);
            case ArgumentPattern.Self:
                return (Arg(Subject(s, before, first) ?? before.LastOrDefault(a => AttachedToNoun(s, a, m)), "arg.subject"), null);
            case ArgumentPattern.Recipient:
            {
                var subject = Subject(s, before, first);
                if (subject is null && s.IsAny(m.EndToken, "between") && after.Count >= 2)
                    return (Arg(after[0], "arg.between-first"), Arg(after[1], "arg.between-second"));
                var attached = subject is null ? before.LastOrDefault(a => AttachedToNoun(s, a, m)) : null;
                return (Arg(subject, "arg.subject") ?? Arg(attached, "arg.noun-modifier") ?? Arg(byAgent, "arg.by"),
                    Arg(after.FirstOrDefault(a => a != byAgent), "arg.object"));
            }
            default:
            {
                var agent = Subject(s, before, first);
                var target = after.FirstOrDefault(a => a != byAgent && Governor(s, a) is not ("with" or "alongside"));
                return (Arg(agent, "arg.subject"), Arg(target, "arg.object"));
            }
        }
    }

    /// <summary>The clause subject: the first actor before the trigger that is not the object of a preposition.</summary>
    public static ActorSlot? Subject(SentenceContext s, List<ActorSlot> before, int clauseFirst) =>
        before.FirstOrDefault(a => Governor(s, a) is null);

    /// <summary>The preposition governing an actor mention ("attack on [the] police post" → "on"), if any.</summary>
    public static string? Governor(SentenceContext s, ActorSlot a)
    {
        var i = a.FirstToken - 1;
        while (i >= 0 && s.Lower[i] is "the" or "a" or "an" or "its" or "their" or "some" or "several" or "two" or "local")
            i--;
        if (i >= 0 && s.Lower[i] == "of" && i > 0 && s.Lower[i - 1] is "members" or "member" or "group" or "dozens" or "number" or "some" or "one")
            return null; // "members of the ANP" stand for the ANP
        return i >= 0 && Prepositions.Contains(s.Lower[i]) ? s.Lower[i] : null;
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
            if (!(s.Lower[i] is "'" or "\u2019" or "s" or "-" || (s.Tokens[i].IsWord && char.IsLower(s.Tokens[i].Text[0]) && s.Lower[i] is not ("and" or "or" or "by"))))
                return false;
        return true;
    }

    private static FoundArgument? Arg(ActorSlot? slot, string rule) => slot is null ? null : new FoundArgument(slot, rule);
}
