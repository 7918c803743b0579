namespace Sitrep.Events;

/// <summary>
/// "The Taliban claimed the attack", "Islamic State claimed responsibility", "officials blamed
/// the Taliban", "IS said it was behind the attack", "a barrage claimed by IS": who a text says
/// carried out an attack, found anywhere in the sentence.
/// </summary>
/// <param name="Agent">The actor named as perpetrator and the rule that found it.</param>
/// <param name="Token">The claim verb: an attack told before it in the sentence is the one claimed.</param>
/// <param name="OwnSentence">"claimed by X" qualifies an attack of its own sentence, wherever its trigger stands.</param>
public sealed record ResponsibilityClaim(FoundArgument Agent, int Token, bool OwnSentence)
{

    /// <summary>The first claim or blame of the sentence; null when it has none.</summary>
    public static ResponsibilityClaim? Find(SentenceContext s)
    {
        for (var i = 0; i < s.Lower.Length; i++)
        {
            if (s.Words["claim-verb"].Contains(s.Lower[i]) && i + 1 < s.Lower.Length && s.Words["claim-object"].Contains(s.Lower[i + 1])
                && (s.Lower[i + 1] != "the" || i + 2 < s.Lower.Length && s.Lower[i + 2] is "attack" or "bombing" or "blast" or "killing" or "assault" or "explosion"))
            {
                if (Negated(s, i)) continue;
                var claimant = s.Actors.LastOrDefault(a => a.EndToken <= i && a.EndToken >= i - 2);
                if (claimant is not null) return new(new FoundArgument(claimant, "arg.claimed-responsibility"), i, false);
            }
            // "a similar barrage, claimed by Islamic State, killed eight"
            if (s.Lower[i] == "claimed" && s.IsAny(i + 1, "by") && !Negated(s, i)
                && s.Actors.FirstOrDefault(a => a.FirstToken is var f && f > i + 1 && f <= i + 3) is { } by)
                return new(new FoundArgument(by, "arg.claimed-responsibility"), i, true);
            if (s.Words["blame-verb"].Contains(s.Lower[i]))
            {
                var blamed = s.Actors.FirstOrDefault(a => a.FirstToken > i && a.FirstToken <= i + 3);
                if (blamed is not null && !Negated(s, i)) return new(new FoundArgument(blamed, "arg.blamed"), i, false);
            }
            if (Perpetrator(s, i) is { } perpetrator && !Negated(s, i)) return new(perpetrator, i, false);
        }
        return null;
    }

    /// <summary>
    /// "officials said the Taliban were behind it", "IS said it had carried out the bombing": the
    /// one who did it is the subject, or for "it"/"they" the speaker that the pronoun stands for.
    /// </summary>
    private static FoundArgument? Perpetrator(SentenceContext s, int i)
    {
        int subjectEnd;
        if (s.Lower[i] == "behind" && s.IsAny(i - 1, "was", "were", "is", "are") && (s.IsIn(i + 1, s.Words["attack-noun"]) || s.IsAny(i + 1, "the"))
            && (s.Lower[i + 1] != "the" || s.IsIn(i + 2, s.Words["attack-noun"])))
            subjectEnd = i - 1;
        else if (s.Lower[i] == "out" && s.IsAny(i - 1, "carried") && s.IsAny(i + 1, "the", "this", "that") && s.IsIn(i + 2, s.Words["attack-noun"]))
            subjectEnd = s.IsAny(i - 2, "had", "has", "have") ? i - 2 : i - 1;
        else return null;
        if (s.IsAny(subjectEnd - 1, "it", "they"))
        {
            // the pronoun right after a speech verb is the speaker: "IS said it was behind the attack"
            if (!s.IsIn(subjectEnd - 2, s.Words["claim-speech-verb"])) return null;
            var speaker = s.Actors.LastOrDefault(a => a.EndToken <= subjectEnd - 2 && a.EndToken >= subjectEnd - 4);
            return speaker is null ? null : new FoundArgument(speaker, "arg.claimed-responsibility");
        }
        // a claim by a party is no carried-out verb of an event ("the Taliban carried out the attack" is read as the event itself)
        if (s.Lower[i] == "out") return null;
        var subject = s.Actors.LastOrDefault(a => a.EndToken == subjectEnd);
        return subject is null ? null : new FoundArgument(subject, "arg.blamed");
    }

    private static bool Negated(SentenceContext s, int verb)
    {
        for (var k = verb - 1; k >= Math.Max(0, verb - 3); k--)
            if (s.Lower[k] is "no" or "not" or "never" or "denied" or "nobody" or "t") return true;
        return false;
    }
}
