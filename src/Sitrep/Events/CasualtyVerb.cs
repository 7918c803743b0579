namespace Sitrep.Events;

/// <summary>How a kill/injure word takes its figure (see <c>data/casualties/verbs.tsv</c>).</summary>
internal enum VerbForm
{
    /// <summary>"were killed", "killed 5", "37 policemen killed".</summary>
    Verb,
    /// <summary>"killing 5", "wounding 12": active only.</summary>
    Ing,
    /// <summary>"5 died", "5 dead", "lost their lives": the figure comes before.</summary>
    State,
    /// <summary>"5 deaths", "12 injuries".</summary>
    Noun,
    /// <summary>"lost 20 fighters": active only and only with a known victim noun.</summary>
    Lose,
    /// <summary>"the death toll rose to 15": the figure follows.</summary>
    Toll,
    /// <summary>"four of our soldiers fell": like <see cref="State"/>, but only with a known victim noun ("five mortar rounds fell" is no toll).</summary>
    PeopleState,
}

internal sealed record CasualtyVerb(CasualtyKind Kind, VerbForm Form);
