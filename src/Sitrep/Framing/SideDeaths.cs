namespace Sitrep.Framing;

/// <summary>
/// The dead of one side (government, insurgent, civilian, foreign) as an article counts them:
/// how many, and the words it uses for their deaths, each with its register (glorifying,
/// euphemism, condemning, neutral; data/framing/death_verbs.tsv) and how often.
/// </summary>
public sealed record SideDeaths(string Side, long Killed, IReadOnlyDictionary<string, int> Words, IReadOnlyDictionary<string, int> Registers);
