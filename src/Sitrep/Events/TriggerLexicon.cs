using System.Collections.Frozen;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// The event-trigger lexicon (<c>events/triggers.tsv</c>, format in its README) compiled into
/// token patterns. Finds the trigger phrases of a sentence: at each token the longest phrase
/// wins, ties going to the higher-ranked rule.
/// </summary>
public sealed class TriggerLexicon
{
    private const int MaxGap = 3;
    // Frozen once read: looked up for every word of every sentence.
    private readonly FrozenDictionary<string, List<Phrase>> _byFirstForm;

    private sealed record Element(HashSet<string>? Forms, bool Optional, string? VerbLemma, bool Negative = false, bool NegativeDigits = false)
    {
        public bool IsGap => Forms is null;
    }

    private sealed record Phrase(TriggerRule Rule, Element[] Elements);

    public TriggerLexicon(IEnumerable<string> triggerLines, Inflector inflector, IEnumerable<string>? aerialAgentLines = null, IEnumerable<string>? accidentLines = null,
        WordClasses? words = null, IEnumerable<string>? crowdLines = null)
    {
        CrowdCues = [.. WordList(crowdLines ?? [])];
        Inflector = inflector;
        Words = words ?? WordClasses.Load(DataPack.Default);
        _verbContext = Words["verb-context"];
        _determiners = Words["determiner"];
        _prepositions = Words["preposition"];
        AerialAgents = [.. WordList(aerialAgentLines)];
        AccidentCues = [.. WordList(accidentLines)];
        var byFirstForm = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
        foreach (var line in triggerLines)
        {
            var c = line.Split('\t');
            if (c.Length < 8) throw new FormatException($"triggers.tsv: expected 8 columns: {line}");
            var rule = new TriggerRule(c[0], c[2], Empty(c[3]), Empty(c[4]), Empty(c[5]), ParseArguments(c[6]), int.Parse(c[7]));
            Rules.Add(rule);
            foreach (var phraseText in c[1].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var phrase = new Phrase(rule, ParsePhrase(phraseText));
                foreach (var form in phrase.Elements[0].Forms ?? throw new FormatException($"trigger phrase may not start with a gap: {phraseText}"))
                {
                    if (!byFirstForm.TryGetValue(form, out var list)) byFirstForm[form] = list = [];
                    list.Add(phrase);
                }
            }
        }
        _byFirstForm = byFirstForm.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static IEnumerable<string> WordList(IEnumerable<string>? lines) =>
        (lines ?? []).Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0);

    public List<TriggerRule> Rules { get; } = [];

    /// <summary>Words that make an attack by the agent named with them an air strike (<c>events/aerial_agents.txt</c>).</summary>
    public IReadOnlyList<string> AerialAgents { get; }

    /// <summary>Words that make the people named after them a crowd ("hundreds of villagers", "angry residents"; <c>events/crowd_cues.txt</c>).</summary>
    public HashSet<string> CrowdCues { get; }

    /// <summary>Words that make the deaths of their sentence an accident (<c>events/accident_cues.txt</c>).</summary>
    public HashSet<string> AccidentCues { get; }

    /// <summary>"the Afghan Air Force", "NATO jets": an agent written as an air arm.</summary>
    public bool IsAerialAgent(string agentText)
    {
        var words = " " + string.Join(' ', LexView.Of(agentText).Where(t => t.IsWord).Select(t => t.Text.ToLowerInvariant())) + " ";
        return AerialAgents.Any(a => words.Contains(" " + a + " ", StringComparison.Ordinal));
    }
    public Inflector Inflector { get; }

    /// <summary>The word classes (lexicon/word_classes.tsv) the event rules read.</summary>
    public WordClasses Words { get; }

    public static TriggerLexicon Load(DataPack data) => data.Get(d => new TriggerLexicon(
        d.ReadLines("events/triggers.tsv"), Inflector.Parse(d.ReadLines("events/inflections.tsv")), d.ReadLines("events/aerial_agents.txt"), d.ReadLines("events/accident_cues.txt"), WordClasses.Load(d),
        d.ReadLines("events/crowd_cues.txt")));

    /// <summary>Trigger matches in the tokens of one sentence, in text order, without overlaps.</summary>
    public List<TriggerMatch> Find(string text, IReadOnlyList<LexToken> tokens, Func<int, bool>? endsActor = null) =>
        Find(text, tokens, [.. tokens.Select(t => t.Text.ToLowerInvariant())], endsActor);

    /// <summary>The same, with the tokens' lower-case forms already made (<see cref="SentenceContext.Lower"/>).</summary>
    public List<TriggerMatch> Find(string text, IReadOnlyList<LexToken> tokens, string[] lower, Func<int, bool>? endsActor = null)
    {
        var matches = new List<TriggerMatch>();
        var i = 0;
        while (i < tokens.Count)
        {
            TriggerMatch? best = null;
            if (_byFirstForm.TryGetValue(lower[i], out var phrases))
            {
                foreach (var phrase in phrases)
                {
                    var end = Match(phrase.Elements, 0, tokens, lower, i);
                    if (end < 0) continue;
                    if (best is null || end > best.EndToken || (end == best.EndToken && phrase.Rule.Rank > best.Rule.Rank))
                    {
                        var span = new Span(tokens[i].Start, tokens[end - 1].End);
                        best = new TriggerMatch(phrase.Rule, i, end, span, span.Of(text), lower[i], phrase.Elements[0].VerbLemma);
                    }
                }
            }
            if (best is null) { i++; continue; }
            if (best.VerbLemma is not null && IsGerundNoun(best, lower, i))
                best = best with { VerbLemma = null }; // "the fighting in Helmand", "the killing of three shepherds": the act named as a thing
            else if (best.VerbLemma is not null && IsNounUse(best, tokens, lower, i, endsActor))
                best = NounReading(text, tokens, lower, i, phrases!) ?? (TakesObject(best, tokens, lower) || IsVerbPhrase(best, lower) ? best : null);
            if (best is null) { i++; continue; } // "the support of": a verb rule does not read a noun
            matches.Add(best);
            i = best.EndToken;
        }
        return matches;
    }

    /// <summary>Words right before a base or -s form that make it a verb (class verb-context).</summary>
    private readonly IReadOnlySet<string> _verbContext;

    /// <summary>
    /// "an insider attack", "several attacks": a base or -s form is a noun unless a subject, modal
    /// or "to" stands right before it ("to attack", "Taliban attack Kabul").
    /// </summary>
    private bool IsNounUse(TriggerMatch m, IReadOnlyList<LexToken> tokens, string[] lower, int i, Func<int, bool>? endsActor)
    {
        var lemma = m.VerbLemma!;
        if (m.HeadForm.EndsWith("ing") && !m.Rule.IsViolent && i > 0 && lower[i - 1] is "a" or "an" or "the" or "their" or "its" or "his" or "her" or "our" or "better" or "little")
            return true; // "their negotiating position"
        if (m.HeadForm != lemma && m.HeadForm != lemma + "s" && m.HeadForm != lemma + "es") return false;
        if (i == 0) return false;
        if (_verbContext.Contains(lower[i - 1])) return false;
        if (_determiners.Contains(lower[i - 1])) return true; // "KABUL - A bomb went off", "These strikes were"
        // "killed in Taliban attack", "in IS attack on checkpoint": a one-word actor after a preposition modifies the noun
        if (i > 1 && _prepositions.Contains(lower[i - 2]) && endsActor?.Invoke(i) == true) return true;
        if (i > 1 && tokens[i - 1].IsWord && char.IsUpper(tokens[i - 1].Text[0])) return false; // "Villagers in Ghazni beat ..."

        return endsActor is null || !endsActor(i);
    }

    /// <summary>
    /// "Houthi sniper kills 10-year-old girl", "gunmen on motorbike kill senior official": a casualty verb
    /// with no noun of its own, not after a determiner ("his wounds"), followed by its object (a figure or a
    /// word that is no preposition), is the verb of a headline whose subject the dictionary does not know.
    /// </summary>
    private bool TakesObject(TriggerMatch m, IReadOnlyList<LexToken> tokens, string[] lower)
    {
        var i = m.FirstToken;
        if (!m.Rule.IsCasualtyOnly || i == 0 || _determiners.Contains(lower[i - 1]) || m.EndToken >= tokens.Count) return false;
        var next = tokens[m.EndToken];
        return next.IsWord && !_prepositions.Contains(lower[m.EndToken]) && !_verbContext.Contains(lower[m.EndToken]) && lower[m.EndToken] is not ("or" or "as");
    }

    /// <summary>
    /// "the trailer hit a mine", "a crowd beat to death a man": a verb rule of three words or more that no noun rule
    /// reads is a verb where its own words run on past the verb (an object's article, a fixed phrase such as "to death").
    /// </summary>
    private static bool IsVerbPhrase(TriggerMatch m, string[] lower) =>
        m.EndToken - m.FirstToken >= 3 && lower[m.FirstToken + 1] is "a" or "an" or "the" or "to";

    /// <summary>Prepositions (class preposition).</summary>
    private readonly IReadOnlySet<string> _prepositions;

    /// <summary>Determiners and possessives (class determiner).</summary>
    private readonly IReadOnlySet<string> _determiners;

    /// <summary>A violent -ing form after a determiner ("the fighting", "this killing") is a noun of the same rule.</summary>
    private bool IsGerundNoun(TriggerMatch m, string[] lower, int i) =>
        m.Rule.IsViolent && m.HeadForm.EndsWith("ing", StringComparison.Ordinal) && i > 0 && _determiners.Contains(lower[i - 1]);

    /// <summary>"a bomb", "the attack": a base form after a determiner is the noun, so a noun rule of the same phrase wins.</summary>
    private static TriggerMatch? NounReading(string text, IReadOnlyList<LexToken> tokens, string[] lower, int i, List<Phrase> phrases)
    {
        TriggerMatch? best = null;
        foreach (var phrase in phrases.Where(p => p.Elements[0].VerbLemma is null))
        {
            var end = Match(phrase.Elements, 0, tokens, lower, i);
            if (end < 0 || (best is not null && (end < best.EndToken || end == best.EndToken && phrase.Rule.Rank <= best.Rule.Rank))) continue;
            var span = new Span(tokens[i].Start, tokens[end - 1].End);
            best = new TriggerMatch(phrase.Rule, i, end, span, span.Of(text), lower[i], null);
        }
        return best;
    }

    private static int Match(Element[] elements, int e, IReadOnlyList<LexToken> tokens, string[] lower, int t)
    {
        if (e == elements.Length) return t;
        var element = elements[e];
        if (element.IsGap)
        {
            // a gap never crosses punctuation; the hyphen of a compound ("a three-day ceasefire") is part of its word
            for (int k = t, words = 0; ; k++)
            {
                var end = Match(elements, e + 1, tokens, lower, k);
                if (end >= 0) return end;
                if (k >= tokens.Count) return -1;
                if (tokens[k].IsWord || char.IsDigit(tokens[k].Text[0])) { if (++words > MaxGap) return -1; } // "took 17 passengers away"
                else if (!IsCompoundHyphen(tokens, k)) return -1;
            }
        }
        if (element.Negative)
            return t < tokens.Count && (element.Forms!.Contains(lower[t]) || element.NegativeDigits && char.IsAsciiDigit(lower[t][0]))
                ? -1 : Match(elements, e + 1, tokens, lower, t);
        if (t < tokens.Count && element.Forms!.Contains(lower[t]))
        {
            var end = Match(elements, e + 1, tokens, lower, t + 1);
            if (end >= 0) return end;
        }
        return element.Optional ? Match(elements, e + 1, tokens, lower, t) : -1;
    }

    private static bool IsCompoundHyphen(IReadOnlyList<LexToken> tokens, int k) =>
        tokens[k].Text == "-" && k > 0 && k + 1 < tokens.Count && tokens[k - 1].End == tokens[k].Start && tokens[k + 1].Start == tokens[k].End;

    private Element[] ParsePhrase(string phrase)
    {
        var elements = new List<Element>();
        foreach (var word in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word == "*") { elements.Add(new Element(null, false, null)); continue; }
            if (word.StartsWith('!'))
            {
                // "!:determiner/#": a word class of lexicon/word_classes.tsv, "#" any figure
                var excluded = word[1..].ToLowerInvariant().Split('/');
                elements.Add(new Element([.. excluded.SelectMany(x => x.StartsWith(':') ? Words[x[1..]] : (IEnumerable<string>)[x])], false, null, Negative: true,
                    NegativeDigits: excluded.Contains("#")));
                continue;
            }
            var optional = word.EndsWith('?');
            var body = optional ? word[..^1] : word;
            // "air-strike+" is three tokens; alternatives "a/b" are single words
            var alternatives = body.Split('/');
            if (alternatives.Length == 1 && body.TrimStart('@').TrimEnd('+').Any(ch => !char.IsLetterOrDigit(ch)))
            {
                elements.AddRange(ParseCompound(body, optional));
                continue;
            }
            var forms = new HashSet<string>(StringComparer.Ordinal);
            string? lemma = null;
            foreach (var alt in alternatives)
            {
                var (altForms, altLemma) = Expand(alt);
                forms.UnionWith(altForms);
                lemma ??= altLemma;
            }
            elements.Add(new Element(forms, optional, lemma));
        }
        return [.. elements];
    }

    private IEnumerable<Element> ParseCompound(string body, bool optional)
    {
        var verb = body.StartsWith('@');
        var plural = body.EndsWith('+');
        var core = body.TrimStart('@').TrimEnd('+').ToLowerInvariant();
        var parts = LexView.Of(core).Select(t => t.Text).ToList();
        for (var k = 0; k < parts.Count; k++)
        {
            var last = k == parts.Count - 1;
            var forms = last && verb ? Inflector.VerbForms(parts[k]) : last && plural ? Inflector.NounForms(parts[k]) : [parts[k]];
            yield return new Element([.. forms], optional, k == 0 && verb ? core : null);
        }
    }

    private (IEnumerable<string> Forms, string? Lemma) Expand(string alt)
    {
        var word = alt.ToLowerInvariant();
        if (word.StartsWith('@')) return (Inflector.VerbForms(word[1..]), word[1..]);
        if (word.EndsWith('+')) return (Inflector.NounForms(word[..^1]), null);
        return ([word], null);
    }

    private static ArgumentPattern ParseArguments(string s) => s switch
    {
        "active" => ArgumentPattern.Active,
        "noun" => ArgumentPattern.Noun,
        "victims" => ArgumentPattern.Victims,
        "between" => ArgumentPattern.Between,
        "recipient" => ArgumentPattern.Recipient,
        "reference" => ArgumentPattern.Reference,
        "self" => ArgumentPattern.Self,
        "agent-after" => ArgumentPattern.AgentAfter,
        "needs-object" => ArgumentPattern.NeedsObject,
        "needs-place" => ArgumentPattern.NeedsPlace,
        "subject-victims" => ArgumentPattern.SubjectVictims,
        "capture" => ArgumentPattern.Capture,
        "assault" => ArgumentPattern.Assault,
        "transfer-cue" => ArgumentPattern.TransferCue,
        "repel" => ArgumentPattern.Repel,
        "operation" => ArgumentPattern.Operation,
        "struck" => ArgumentPattern.Struck,
        _ => throw new FormatException($"triggers.tsv: unknown argument pattern '{s}'"),
    };

    private static string? Empty(string s) => s.Length == 0 ? null : s;
}
