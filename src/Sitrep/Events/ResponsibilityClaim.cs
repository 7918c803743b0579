namespace Sitrep.Events;

/// <summary>
/// "The Taliban claimed the attack", "Islamic State claimed responsibility", "officials blamed
/// the Taliban": who a text says carried out an attack, found anywhere in the sentence.
/// </summary>
public static class ResponsibilityClaim
{
    private static readonly string[] ClaimVerbs = ["claimed", "claims", "claim", "claiming"];
    private static readonly string[] ClaimObjects = ["responsibility", "the", "it", "credit"];
    private static readonly string[] BlameVerbs = ["blamed", "blames", "blaming", "blame"];

    /// <summary>The actor named as perpetrator, the rule and the token of the claim verb; null when the sentence has none.</summary>
    public static (FoundArgument Agent, int Token)? Find(SentenceContext s)
    {
        for (var i = 0; i < s.Lower.Length; i++)
        {
            if (ClaimVerbs.Contains(s.Lower[i]) && i + 1 < s.Lower.Length && ClaimObjects.Contains(s.Lower[i + 1])
                && (s.Lower[i + 1] != "the" || i + 2 < s.Lower.Length && s.Lower[i + 2] is "attack" or "bombing" or "blast" or "killing" or "assault" or "explosion"))
            {
                if (Negated(s, i)) continue;
                var claimant = s.Actors.LastOrDefault(a => a.EndToken <= i && a.EndToken >= i - 2);
                if (claimant is not null) return (new FoundArgument(claimant, "arg.claimed-responsibility"), i);
            }
            if (BlameVerbs.Contains(s.Lower[i]))
            {
                var blamed = s.Actors.FirstOrDefault(a => a.FirstToken > i && a.FirstToken <= i + 3);
                if (blamed is not null && !Negated(s, i)) return (new FoundArgument(blamed, "arg.blamed"), i);
            }
        }
        return null;
    }

    private static bool Negated(SentenceContext s, int verb)
    {
        for (var k = verb - 1; k >= Math.Max(0, verb - 3); k--)
            if (s.Lower[k] is "no" or "not" or "never" or "denied" or "nobody" or "t") return true;
        return false;
    }
}
