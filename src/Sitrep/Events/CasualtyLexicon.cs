using System.Text.RegularExpressions;
using Sitrep.Numbers;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>The kill/injure words, victim nouns, modifiers and cues of <c>data/casualties/</c>.</summary>
internal sealed class CasualtyLexicon
{
    public PhraseTable<CasualtyVerb> Verbs { get; } = new();
    public PhraseTable<VictimNoun> Victims { get; } = new();
    public PhraseTable<(string Side, string Group)> Modifiers { get; } = new();
    public Dictionary<string, PhraseTable<bool>> Cues { get; } = new(StringComparer.Ordinal);
    public PhraseTable<bool> According { get; } = new();
    /// <summary>Reporting verbs; the value says whether the verb marks a claim ("claimed") rather than a report ("said").</summary>
    public PhraseTable<bool> ReportingVerbs { get; } = new();
    public List<(string Kind, TieredRegex Pattern)> Aggregates { get; } = [];
    public ClaimParties Parties { get; private init; } = null!;
    /// <summary>Month names (time/months.tsv): the words of a date in a statement's heading.</summary>
    public HashSet<string> Months { get; } = new(StringComparer.Ordinal);

    /// <summary>The closed-class words (lexicon/word_classes.tsv) the casualty reader tests tokens against.</summary>
    public WordClasses Words { get; private init; } = null!;

    public PhraseTable<bool> Cue(string kind) =>
        Cues.TryGetValue(kind, out var table) ? table : Cues[kind] = new PhraseTable<bool>();

    public static CasualtyLexicon Load(DataPack data)
    {
        var lexicon = new CasualtyLexicon { Words = WordClasses.Load(data), Parties = ClaimParties.Load(data) };
        lexicon.Months.UnionWith(NumberLexicon.MonthNames(data));
        foreach (var f in NumberLexicon.Fields(data, "casualties/verbs.tsv", 3))
            lexicon.Verbs.Add(f[0], new CasualtyVerb(Enum.Parse<CasualtyKind>(f[1], true), Enum.Parse<VerbForm>(f[2].Replace("-", ""), true)));
        foreach (var f in NumberLexicon.Fields(data, "casualties/victims.tsv", 5))
            lexicon.Victims.Add(f[0], new VictimNoun(f[1], f[2] == "-" ? null : f[2], f[3] == "sg", f[4] == "yes"));
        foreach (var f in NumberLexicon.Fields(data, "casualties/modifiers.tsv", 3))
            lexicon.Modifiers.Add(f[0], (f[1], f[2]));
        foreach (var f in NumberLexicon.Fields(data, "casualties/cues.tsv", 2))
            lexicon.Cue(f[0]).Add(f[1], true);
        foreach (var f in NumberLexicon.Fields(data, "casualties/attribution.tsv", 2))
            (f[0] == "according" ? lexicon.According : lexicon.ReportingVerbs).Add(f[1], f[0] == "claim");
        foreach (var f in NumberLexicon.Fields(data, "casualties/aggregate.tsv", 2))
            lexicon.Aggregates.Add((f[0], new TieredRegex(f[1], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)));
        return lexicon;
    }
}
