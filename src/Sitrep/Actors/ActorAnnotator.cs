using System.Collections.Frozen;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Actors;

/// <summary>
/// Finds actor names in the text in one left-to-right pass over word tokens; at each token the
/// longest alias of the dictionary wins. Matching rules are documented in data/actors/README.md.
/// </summary>
public sealed class ActorAnnotator : IAnnotator
{
    public const string AliasRule = "actor.alias";
    public const string AcronymRule = "actor.acronym";
    public const string GenericRule = "actor.generic";

    /// <summary>A place that stands for the civilians in it ("an attack on a village"): a generic mention that only an attack makes a target.</summary>
    public const string SiteRule = "actor.site";

    /// <summary>An unnamed mention: a generic noun or a site.</summary>
    public static bool IsUnnamed(ActorMention m) => m.Rule is GenericRule or SiteRule;

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "to", "from", "near", "into", "across", "outside", "inside", "throughout", "towards", "toward", "via",
    };

    // Frozen once read: looked up for every word of every text.
    private readonly FrozenDictionary<string, List<ActorAlias>> _byFirstToken;

    private readonly Dictionary<string, HashSet<string>> _notBefore = new(StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, HashSet<string>> _notAfter = new(StringComparer.OrdinalIgnoreCase);

    private readonly ActorLocaliser? _localiser;
    private readonly ActorPeriods? _periods;

    private readonly FormerMembers? _former;

    public ActorAnnotator(ActorDictionary dictionary, IEnumerable<string>? genericExceptions = null, ActorLocaliser? localiser = null,
        ActorPeriods? periods = null, FormerMembers? former = null)
    {
        Dictionary = dictionary;
        _former = former;
        _localiser = localiser;
        _periods = periods;
        foreach (var line in genericExceptions ?? [])
        {
            var c = line.Split('\t');
            if (c.Length < 2) throw new FormatException($"generic_exceptions.tsv: expected noun and words: {line}");
            _notBefore[c[0]] = new HashSet<string>(c[1].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
            if (c.Length > 2)
                _notAfter[c[0]] = new HashSet<string>(c[2].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
        }
        var byFirstToken = new Dictionary<string, List<ActorAlias>>(StringComparer.OrdinalIgnoreCase);
        foreach (var alias in dictionary.Aliases.Where(a => a.Tokens.Length > 0))
        {
            if (!byFirstToken.TryGetValue(alias.Tokens[0], out var list))
                byFirstToken[alias.Tokens[0]] = list = [];
            list.Add(alias);
        }
        foreach (var list in byFirstToken.Values)
            list.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
        _byFirstToken = byFirstToken.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public ActorDictionary Dictionary { get; }

    public static ActorAnnotator Load(DataPack data) =>
        data.Get(d => new ActorAnnotator(ActorDictionary.Load(d), d.ReadLines("actors/generic_exceptions.tsv"),
            new ActorLocaliser(ActorDictionary.Load(d), d.ReadLines(ActorLocaliser.FamiliesFile), d.ReadLines(ActorLocaliser.CountriesFile)),
            new ActorPeriods(ActorDictionary.Load(d), d.ReadLines(ActorPeriods.File)),
            new FormerMembers(ActorDictionary.Load(d), d.ReadLines(FormerMembers.File))));

    public string Name => "actors";

    public IReadOnlyList<Layer> Requires { get; } = [];

    public IReadOnlyList<Layer> Produces { get; } = [Layer.Actors];

    // Generic nouns of an article about another country are that country's actors (places run first);
    // from 15 August 2021 the Taliban are Afghanistan's government (actors/periods.tsv).
    public void Annotate(Document document)
    {
        IReadOnlyList<ActorMention> found = Find(document.Text, document.Words.LexOf(new Span(0, document.Text.Length)).Tokens);
        if (_localiser is not null) found = _localiser.Localise(found, document.Places);
        if (_periods is not null) found = _periods.Apply(found, document.ReferenceDate);
        document.Actors.AddRange(found);
    }

    public IReadOnlyList<ActorMention> Find(string text) => Find(text, LexView.Of(text));

    private List<ActorMention> Find(string text, List<LexToken> tokens)
    {
        // "DOHA, Qatar (AP) -": a country in a dateline says where the story was filed, not who acted
        var datelines = Geo.PlaceRoles.Datelines(text);
        var found = new List<ActorMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            var match = LongestAt(text, tokens, i);
            if (match is null) { i++; continue; }
            var (alias, length) = match.Value;
            if (alias.IsMetonym && datelines.Any(d => d.Contains(new Span(tokens[i].Start, tokens[i + length - 1].End)))) { i += length; continue; }
            // "ISKP fighters", "Taliban prisoners": a generic noun after a name belongs to it
            if (!alias.IsGeneric && LongestAt(text, tokens, i + length) is { Alias.IsGeneric: true } tail
                && tokens[i + length].Start > tokens[i + length - 1].End)
                length += tail.Length;
            var span = new Span(tokens[i].Start, tokens[i + length - 1].End);
            var rule = alias.IsSite ? SiteRule : alias.IsGeneric ? GenericRule : alias.IsAcronym ? AcronymRule : AliasRule;
            var mention = new ActorMention(span, rule, span.Of(text), alias.Actor);
            found.Add(_former?.Apply(mention, text) ?? mention); // "a former police officer" is a civilian
            i += length;
        }
        return found;
    }

    private (ActorAlias Alias, int Length)? LongestAt(string text, List<LexToken> tokens, int i)
    {
        if (i >= tokens.Count || !tokens[i].IsWord || !_byFirstToken.TryGetValue(tokens[i].Text, out var candidates)) return null;
        if (i > 0 && tokens[i - 1].Text is "-" && tokens[i - 1].Start == tokens[i].Start - 1
            && i > 1 && tokens[i - 2].End == tokens[i - 1].Start && IsWordLike(tokens[i - 2].Text, "pro", "anti"))
            return null; // "anti-Taliban", "pro-Taliban" describe someone else
        foreach (var alias in candidates)
        {
            if (!Matches(text, tokens, i, alias)) continue;
            if (alias.IsGeneric && IsCapitalisedName(text, tokens, i, alias)) continue;
            if (alias.IsGeneric && i + alias.Tokens.Length < tokens.Count && _notBefore.TryGetValue(alias.Text, out var words)
                && words.Contains(tokens[i + alias.Tokens.Length].Text)) continue; // "civilian casualties"
            if (alias.IsGeneric && i > 0 && _notAfter.TryGetValue(alias.Text, out var before)
                && before.Contains(tokens[i - 1].Text)) continue; // "the men handed over their rifles": fighters told before
            if (alias.IsAcronym && InCapitalsRun(tokens, i, alias.Tokens.Length)) continue;
            if (alias.IsMetonym && AfterPlacePreposition(tokens, i)) continue;
            return (alias, alias.Tokens.Length);
        }
        return null;
    }

    private static bool Matches(string text, List<LexToken> tokens, int i, ActorAlias alias)
    {
        if (i + alias.Tokens.Length > tokens.Count) return false;
        for (var k = 0; k < alias.Tokens.Length; k++)
        {
            var token = tokens[i + k];
            var comparison = alias.IsAcronym ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            if (!string.Equals(token.Text, alias.Tokens[k], comparison)) return false;
            // joining marks inside an alias ("U.S.", "IS-K") must be written without spaces
            if (k > 0 && (IsJoiner(token.Text) || IsJoiner(tokens[i + k - 1].Text)) && tokens[i + k - 1].End != token.Start) return false;
        }
        var end = i + alias.Tokens.Length;
        // "Taliban-held" is still the Taliban, but a word must not continue ("USAID" is not "USA")
        return end >= tokens.Count || tokens[end].Start > tokens[end - 1].End || !tokens[end].IsWord;
    }

    /// <summary>"Imam Sahib district": a generic noun written capitalised mid-sentence is part of a name.</summary>
    private static bool IsCapitalisedName(string text, List<LexToken> tokens, int i, ActorAlias alias)
    {
        if (!char.IsUpper(tokens[i].Text[0]) || char.IsUpper(alias.Tokens[0][0])) return false;
        var k = tokens[i].Start - 1;
        while (k >= 0 && text[k] is ' ' or '\t') k--;
        var sentenceStart = k < 0 || text[k] is '.' or '!' or '?' or '\n' or '"' or '\u201C' or ':' or '-' or '\u2013';
        return !sentenceStart;
    }

    private static bool IsJoiner(string token) => token is "-" or "." or "'" or "\u2019";

    private static bool IsWordLike(string token, params string[] words) =>
        words.Any(w => string.Equals(token, w, StringComparison.OrdinalIgnoreCase));

    /// <summary>A shouting headline ("THE USA IS DETERMINED") is not a string of acronyms.</summary>
    private static bool InCapitalsRun(List<LexToken> tokens, int i, int length)
    {
        static bool Shouted(LexToken t) => t.IsWord && t.Text.Length >= 3 && t.Text.All(c => !char.IsLetter(c) || char.IsUpper(c)) && t.Text.Any(char.IsLetter);
        var before = PreviousWord(tokens, i);
        var after = NextWord(tokens, i + length - 1);
        return (before is { } b && Shouted(b)) || (after is { } a && Shouted(a));
    }

    private static bool AfterPlacePreposition(List<LexToken> tokens, int i)
    {
        var j = i - 1;
        if (j >= 0 && tokens[j].Text.Equals("the", StringComparison.OrdinalIgnoreCase)) j--;
        return j >= 0 && PlacePrepositions.Contains(tokens[j].Text);
    }

    private static LexToken? PreviousWord(List<LexToken> tokens, int i)
    {
        for (var j = i - 1; j >= 0; j--)
            if (tokens[j].IsWord) return tokens[j];
            else if (tokens[j].Text is not ("-" or "'" or "\u2019")) return null;
        return null;
    }

    private static LexToken? NextWord(List<LexToken> tokens, int i)
    {
        for (var j = i + 1; j < tokens.Count; j++)
            if (tokens[j].IsWord) return tokens[j];
            else if (tokens[j].Text is not ("-" or "'" or "\u2019")) return null;
        return null;
    }
}
