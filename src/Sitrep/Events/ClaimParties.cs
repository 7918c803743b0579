using System.Text.RegularExpressions;
using Sitrep.Numbers;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>A party to the fighting that speaks for itself: its name and its side ("Taliban", insurgent).</summary>
internal sealed record ClaimParty(string Name, string Side)
{
    /// <summary>State forces and the foreign forces beside them are one camp; insurgents the other.</summary>
    public static string? Camp(string? side) => side switch
    {
        "government" or "foreign" => "state",
        "insurgent" => "insurgent",
        _ => null,
    };

    /// <summary>A state body (a ministry, the army, the police), whose figures are claims only in its own statement.</summary>
    public bool IsState => Camp(Side) == "state";
}

/// <summary>
/// The parties of <c>claims/parties.tsv</c>, found in a claimant's words ("Taliban spokesman
/// Zabihullah Mujahid", "the Defense Ministry") or in a victim phrase ("32 Taliban terrorists").
/// </summary>
internal sealed class ClaimParties
{
    private readonly PhraseTable<ClaimParty> _phrases = new();

    public static ClaimParties Load(DataPack data)
    {
        var parties = new ClaimParties();
        foreach (var f in NumberLexicon.Fields(data, "claims/parties.tsv", 3))
            parties._phrases.Add(f[0], new ClaimParty(f[1], f[2]));
        return parties;
    }

    /// <summary>The first party named in <paramref name="text"/>, or null.</summary>
    /// <remarks>"Ghazni governor's media office" is the governor's voice: a possessive ending is read off its noun.</remarks>
    public ClaimParty? Find(string text)
    {
        // a party whose own name has one ("People's Defence Force") is found as written first
        if (Find(Tokenizer.Tokenize(text)) is { } party) return party;
        var plain = Possessive.Replace(text, "");
        return plain.Length == text.Length ? null : Find(Tokenizer.Tokenize(plain));
    }

    private static readonly Regex Possessive = new(@"(?<=\w)['\u2019]s\b", RegexOptions.CultureInvariant);

    public ClaimParty? Find(IReadOnlyList<WordToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
            if (_phrases.MatchAt(tokens, i, out var party) > 0) return party;
        return null;
    }
}
