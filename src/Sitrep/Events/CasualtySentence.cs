using Sitrep.Claims;
using Sitrep.Numbers;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// Reads the casualty figures of one sentence. A figure is tied to a kill/injure word in one of
/// four ways: as its object ("killing 13 members of the police"), as its subject ("eight
/// security forces were killed", "two wounded"), after a toll ("the death toll rose to 15"), or
/// elided after a rival claim ("the Taliban claimed 40"). "A/an/the + singular victim" counts
/// one; "no one", "no casualties" count zero.
/// </summary>
internal sealed class CasualtySentence
{
    // word classes of lexicon/word_classes.tsv
    private readonly IReadOnlySet<string> _auxiliaries;
    private readonly IReadOnlySet<string> _perfectAuxiliaries;
    private readonly IReadOnlySet<string> _passiveAuxiliaries;
    private readonly IReadOnlySet<string> _phraseStops;
    private readonly IReadOnlySet<string> _passiveFollowers;
    private readonly IReadOnlySet<string> _determiners;
    private readonly IReadOnlySet<string> _pronouns;
    private readonly IReadOnlySet<string> _possessives;
    private readonly IReadOnlySet<string> _chainAdverbs;
    private readonly IReadOnlySet<string> _ownLossCues;
    private readonly IReadOnlySet<string> _selfKilledAttackers;
    private readonly IReadOnlySet<string> _speakerEnemies;
    private readonly IReadOnlySet<string> _reflexives;
    private readonly IReadOnlySet<string> _objectPronouns;
    private readonly IReadOnlySet<string> _selfReferences;
    private readonly IReadOnlySet<string> _tollLinks;
    private readonly CasualtyLexicon _lexicon;
    private readonly string _text;
    private readonly Span _span;
    private readonly Casualty? _previousSentence;
    private readonly IReadOnlyList<WordToken> _tokens;
    private readonly Dictionary<int, (Quantity Quantity, int End)> _quantityAt = [];
    private readonly Dictionary<int, (Quantity Quantity, int Start)> _quantityEndingAt = [];
    private readonly int[] _clause;
    private readonly List<(int Token, string Claimant, int Clause, bool Claims)> _attributions = [];
    private readonly List<Figure> _figures = [];
    private readonly HashSet<int> _usedVerbs = [];
    private readonly HashSet<(int, CasualtyKind)> _usedQuantities = [];

    public List<Casualty> Casualties { get; } = [];
    public List<StatisticalClaim> Statistics { get; } = [];

    private sealed record Figure(
        CasualtyKind Kind, Quantity Count, Victim Victim, int First, int Last, string Rule, bool Perfect);

    private readonly record struct Victim(string? Group, string? Side, bool Singular, bool Known, bool Generic);

    /// <summary>The speaker of the whole text when it opens as a statement ("Ministry of Defense: ..."), else null.</summary>
    private readonly string? _voice;

    /// <summary>Whether <see cref="_voice"/> speaks in its own statement, not quoted in a title.</summary>
    private readonly bool _ownStatement;

    public CasualtySentence(CasualtyLexicon lexicon, string text, Span span, IReadOnlyList<WordToken> words, IReadOnlyList<Quantity> quantities, Casualty? previousSentence, string? voice = null, bool ownStatement = false)
    {
        _voice = voice;
        _ownStatement = ownStatement;
        _lexicon = lexicon;
        var classes = lexicon.Words;
        _auxiliaries = classes["casualty-auxiliary"];
        _perfectAuxiliaries = classes["perfect-auxiliary"];
        _passiveAuxiliaries = classes["passive-auxiliary"];
        _phraseStops = classes["phrase-stop"];
        _passiveFollowers = classes["passive-follower"];
        _determiners = classes["casualty-determiner"];
        _pronouns = classes["pronoun"];
        _possessives = classes["casualty-possessive"];
        _chainAdverbs = classes["casualty-chain-adverb"];
        _ownLossCues = classes["own-loss-cue"];
        _selfKilledAttackers = classes["self-killed-attacker"];
        _speakerEnemies = classes["speaker-enemy"];
        _selfReferences = classes["speaker-self"];
        _tollLinks = classes["toll-link"];
        _reflexives = classes["reflexive"];
        _objectPronouns = classes["object-pronoun"];
        _text = text;
        _span = span;
        _previousSentence = previousSentence;
        _tokens = words;
        var byStart = new Dictionary<int, int>();
        var byEnd = new Dictionary<int, int>();
        for (var i = 0; i < _tokens.Count; i++)
        {
            byStart[_tokens[i].Start] = i;
            byEnd[_tokens[i].End] = i + 1;
        }
        foreach (var q in quantities)
        {
            if (!byStart.TryGetValue(q.Span.Start, out var s) || !byEnd.TryGetValue(q.Span.End, out var e) || IsAge(s, e)) continue;
            _quantityAt[s] = (q, e);
            _quantityEndingAt[e] = (q, s);
        }
        _clause = new int[_tokens.Count];
        var clause = 0;
        var clauseCues = _lexicon.Cue("clause");
        for (var i = 0; i < _tokens.Count; i++)
        {
            if (clauseCues.Contains(_tokens, i)) clause++;
            _clause[i] = clause;
        }
    }

    /// <summary>Oldest age a figure can give.</summary>
    private const int MaxAge = 110;

    /// <summary>
    /// "Naik Fazal, age 29, embraced shahadat", "police chief Abdul Rahim, 45, was killed": a person's age
    /// after "age" or between commas right after a name counts nobody.
    /// </summary>
    private bool IsAge(int start, int end)
    {
        if (end != start + 1 || !IsBareNumber(_tokens[start]) || !int.TryParse(_tokens[start].Text, out var n) || n is < 1 or > MaxAge) return false;
        if (_lexicon.Cue("age").MatchEndingAt(_tokens, start, out _) > 0) return true;
        var closes = end == _tokens.Count || _tokens[end].Text is "," or ")" or "." or ";";
        return closes && start >= 2 && _tokens[start - 1].Text is "," or "(" && _tokens[start - 2].IsWord
               && !_tokens[start - 2].IsDigits && char.IsUpper(_tokens[start - 2].Text[0]);
    }

    public void Read()
    {
        FindAttributions();
        FindZeros();
        for (var i = 0; i < _tokens.Count; i++)
        {
            if (_usedVerbs.Contains(i) || ReadSplitKill(i)) continue;
            var length = _lexicon.Verbs.MatchAt(_tokens, i, out var verb);
            if (length == 0) continue;
            ReadVerb(i, length, verb);
            i += length - 1;
        }
        FindElidedClaims();
        Emit();
    }

    // ---- kill/injure words ----

    /// <summary>Rule suffix of a figure for both kinds at once ("killing and wounding 35").</summary>
    private const string CombinedRule = "+combined";

    private void ReadVerb(int start, int length, CasualtyVerb verb)
    {
        var kinds = new List<CasualtyKind> { verb.Kind };
        var end = start + length;
        // "killing and wounding", "killed or injured": one figure for both kinds.
        if (end + 1 < _tokens.Count && _tokens[end].Lower is "and" or "or" or "&"
            && _lexicon.Verbs.MatchAt(_tokens, end + 1, out var second) is var l2 and > 0
            && second.Kind != verb.Kind && second.Form != VerbForm.Toll)
        {
            kinds.Add(second.Kind);
            for (var k = end + 1; k < end + 1 + l2; k++) _usedVerbs.Add(k);
            end = end + 1 + l2;
        }
        var rule = kinds.Count > 1 ? CombinedRule : "";
        if (CarriedBodies(start) || Grievance(start, end)) return;
        if (verb.Form is VerbForm.Verb or VerbForm.State && ReadTally(start, end, kinds)) return;
        if (verb.Form is VerbForm.Verb or VerbForm.State && ReadAlsoAmong(start, end, kinds)) return;

        switch (verb.Form)
        {
            case VerbForm.Toll:
                ReadToll(start, end, verb.Kind);
                return;
            case VerbForm.Ing:
                ReadObjects(start, end, kinds, false, rule);
                return;
            case VerbForm.Lose:
                var read = _figures.Count;
                ReadObjects(start, end, kinds, true, rule);
                // "the insurgents also lost four men": men a side lost are of that side
                if (LoserBefore(start) is { } loser)
                    for (var f = read; f < _figures.Count; f++)
                        if (_figures[f].Victim.Side is null)
                            _figures[f] = _figures[f] with { Victim = _figures[f].Victim with { Group = loser.Group, Side = loser.Side } };
                return;
            case VerbForm.Verb:
                // "The wounded worker died in hospital": a participle after an article describes someone already counted
                if (start > 0 && _determiners.Contains(_tokens[start - 1].Lower) && start + length < _tokens.Count && _tokens[start + length].IsWord
                    && !_phraseStops.Contains(_tokens[start + length].Lower)) return;
                var passive = start > 0 && _passiveAuxiliaries.Contains(_tokens[start - 1].Lower);
                // "were shot and killed", "were abducted and later killed": the auxiliary of the first participle serves both
                if (!passive && ChainedPassiveStart(start) is var chained and >= 0)
                {
                    ReadSubjects(chained, end, kinds, rule + "+chained-passive");
                    return;
                }
                if (!passive && ReadObjects(start, end, kinds, false, rule)) return;
                if (!passive && !IsPassiveUse(start, end)) return;
                ReadSubjects(start, end, kinds, rule);
                ReadCompanions(start, end, kinds, rule);
                return;
            case VerbForm.PeopleState:
                var before = _figures.Count;
                ReadSubjects(start, end, kinds, rule);
                for (var f = _figures.Count - 1; f >= before; f--)
                    if (!_figures[f].Victim.Known) _figures.RemoveAt(f);
                return;
            default:
                ReadSubjects(start, end, kinds, rule);
                // "the district chief died along with two of his guards"
                ReadCompanions(start, end, kinds, rule);
                return;
        }
    }

    /// <summary>
    /// "Commander Abdul Qadir was killed with four of his guards": the people killed with the
    /// subject add to it, and a singular subject ("was") the subject reading did not count is one more.
    /// Only known victim nouns count, so "killed with two grenades" adds nothing.
    /// </summary>
    private void ReadCompanions(int verbStart, int verbEnd, List<CasualtyKind> kinds, string rule)
    {
        var k = verbEnd;
        if (k < _tokens.Count && _tokens[k].Lower is "along" or "together") k++;
        if (k >= _tokens.Count || _tokens[k].Lower != "with" || !_quantityAt.TryGetValue(k + 1, out var q) || IsSubset(k + 1)) return;
        var npEnd = PhraseForward(q.End);
        var victim = ParseVictim(q.End, npEnd);
        // "along with two of his nephews": kin are people too
        if (!victim.Known && !Enumerable.Range(q.End, npEnd - q.End).Any(i => _lexicon.Victims.MatchAt(_tokens, i, out _) > 0)) return;
        var subjectCounted = _figures.Any(f => f.Last == verbEnd - 1 && kinds.Contains(f.Kind));
        foreach (var kind in kinds)
        {
            if (!subjectCounted && verbStart > 0 && _tokens[verbStart - 1].Lower == "was")
                Add(new Figure(kind, One(verbStart - 1, "casualty.companion-subject"), new Victim(null, null, true, false, false), verbStart - 1, verbEnd - 1,
                    "casualty.companion-subject" + rule, false), verbStart - 1);
            Add(new Figure(kind, q.Quantity, victim, k + 1, npEnd - 1, "casualty.companion" + rule, false), k + 1);
        }
    }

    /// <summary>A bare singular victim noun at <paramref name="k"/> ("nephew" in "his son and nephew").</summary>
    private bool BareSingularPerson(int k)
    {
        if (k >= _tokens.Count || !_tokens[k].IsWord || _determiners.Contains(_tokens[k].Lower) || _quantityAt.ContainsKey(k)) return false;
        var end = PhraseForward(k);
        return end > k && ParseVictim(k, end) is { Singular: true } v && (v.Known || v.Generic);
    }

    /// <summary>
    /// For "were shot and [later] killed": the token of the first participle ("shot") when a passive
    /// auxiliary stands right before it, else -1.
    /// </summary>
    private int ChainedPassiveStart(int verbStart)
    {
        var k = verbStart - 1;
        if (k >= 0 && _chainAdverbs.Contains(_tokens[k].Lower)) k--;
        if (k < 2 || _tokens[k].Lower != "and") return -1;
        var participle = k - 1;
        return _tokens[participle].IsWord && _passiveAuxiliaries.Contains(_tokens[participle - 1].Lower) ? participle : -1;
    }

    /// <summary>A participle with no auxiliary reads passively only when nothing object-like follows it.</summary>
    private bool IsPassiveUse(int start, int end)
    {
        if (start > 0 && _perfectAuxiliaries.Contains(_tokens[start - 1].Lower)) return false; // "has killed them"
        if (end >= _tokens.Count) return true;
        var next = _tokens[end];
        // "two men killed fetching water": an "-ing" participle right after tells what the dead were doing
        var doing = next.Lower.Length > 4 && next.Lower.EndsWith("ing", StringComparison.Ordinal) && !_lexicon.Verbs.Contains(_tokens, end)
                    && !_phraseStops.Contains(next.Lower) && PhraseBack(start).Count is not null;
        return doing || !next.IsWord || _passiveFollowers.Contains(next.Lower) || _lexicon.Cue("clause").Contains(_tokens, end);
    }

    /// <param name="from">where the list of victims starts when it does not follow the verb (an aside before it), else -1</param>
    private bool ReadObjects(int verbStart, int verbEnd, List<CasualtyKind> kinds, bool needsVictim, string rule, int from = -1)
    {
        var k = from >= 0 ? from : verbEnd;
        // "says it 'neutralised' 57 fighters", "killed 'over 30' Taliban": scare quotes distance the words, not the figure
        if (IsQuoteMark(k)) k++;
        if (k < _tokens.Count && _tokens[k].Lower == "of") k++;
        // "killing all four gunmen", "killed all 12 passengers": "all" only says none survived
        if (k + 1 < _tokens.Count && _tokens[k].Lower == "all" && _quantityAt.ContainsKey(k + 1)) k++;
        // "killing himself and five soldiers": the attacker is counted with his attack (as a suicide attacker), the
        // people he killed are the object
        if (k + 2 < _tokens.Count && _reflexives.Contains(_tokens[k].Lower) && _tokens[k + 1].Lower == "and") k += 2;
        if (Irrealis(IrrealisReachOfParticiple(verbStart), verbStart)) return _quantityAt.ContainsKey(k);
        if (from < 0 && ReadAnaphoricObject(verbStart, k, kinds, rule)) return true;
        var perfect = verbStart > 0 && _perfectAuxiliaries.Contains(_tokens[verbStart - 1].Lower)
                      || verbStart > 1 && _perfectAuxiliaries.Contains(_tokens[verbStart - 2].Lower);
        var found = false;
        var afterPossessive = false;
        var objectsEnd = k;
        while (k < _tokens.Count)
        {
            Quantity count;
            int npStart, first = k;
            var collective = false;
            if (CollectiveSize(k) is { } size)
            {
                // "killed a family of six": the group's size is the count
                (count, npStart) = size;
                collective = true;
            }
            else if (_quantityAt.TryGetValue(k, out var q))
            {
                count = q.Quantity;
                npStart = IsQuoteMark(q.End) ? q.End + 1 : q.End;
                if (IsSubset(k, found)) break;
            }
            else if (_determiners.Contains(_tokens[k].Lower))
            {
                count = One(k, "casualty.article");
                npStart = k + 1;
            }
            else if (!found && _possessives.Contains(_tokens[k].Lower) && _quantityAt.TryGetValue(k + 1, out var ownedFirst))
            {
                // "struck a car, killing its two occupants": the owner is told before, the figure is the object's
                count = ownedFirst.Quantity;
                npStart = ownedFirst.End;
                first = k + 1;
            }
            else if (found && _possessives.Contains(_tokens[k].Lower))
            {
                if (_quantityAt.TryGetValue(k + 1, out var owned))
                {
                    // "killing a woman and her two daughters": the possessive's own figure
                    count = owned.Quantity;
                    npStart = owned.End;
                    first = k + 1;
                }
                else
                {
                    // "killed a journalist and his brother": a second person joined to the first
                    count = One(k, "casualty.possessive");
                    npStart = k + 1;
                }
            }
            else if ((!found || _tokens[k - 1].Lower is "," or "and") && BareSingularPerson(k) && !(found && afterPossessive))
            {
                // "Roadside blast kills district commissioner, 2 guards": a title drops its articles
                count = One(k, "casualty.bare-noun");
                npStart = k;
            }
            else if (found && afterPossessive && _tokens[k - 1].Lower == "and" && BareSingularPerson(k))
            {
                // "a shopkeeper, his son and nephew": the possessive reaches over the last noun of the list
                count = One(k, "casualty.possessive");
                npStart = k;
            }
            else if (!found && _tokens[k].Lower is "him" or "her")
            {
                // "killing him and two of his bodyguards": the pronoun is one person named before.
                count = One(k, "casualty.pronoun");
                npStart = k + 1;
            }
            else break;

            var npEnd = count.Rule == "casualty.pronoun" ? npStart : PhraseForward(npStart);
            var victim = ParseVictim(npStart, npEnd);
            var isArticle = count.Rule is "casualty.article" or "casualty.possessive" or "casualty.bare-noun";
            // "killing 3 volunteers, 40 civilians and a gendarme": a singular noun closing the list is one more person
            if (isArticle && !IsOnePerson(victim, npStart, npEnd)) break;
            // "wounded nine civilians, a hospital official said", "killing 30 people, two witnesses said":
            // a noun phrase joined by a comma that a reporting verb follows speaks, it is no victim
            if (found && npEnd < _tokens.Count && _lexicon.ReportingVerbs.Contains(_tokens, npEnd)
                && (isArticle || _tokens[first - 1].Lower == ",")) break;
            if (needsVictim && !victim.Known) break;
            if (found && isArticle && _tokens[first - 1].Text == "," && _determiners.Contains(_tokens[first].Lower) && _figures.Count > 0 && _figures[^1].Count.Value == 1 && IsApposition(npEnd)) break;
            // "killed eight civilians, five children among them": a later item that a subset cue closes is part of the total
            if (found && npEnd < _tokens.Count && _lexicon.Cue("subset-after").MatchAt(_tokens, npEnd, out _) > 0) break;
            victim = Inherit(victim, npStart == npEnd);
            var figureFirst = found ? first : Math.Min(first, verbStart);
            var figureLast = found ? npEnd - 1 : Math.Max(npEnd, verbEnd) - 1;
            foreach (var kind in kinds)
                Add(new Figure(kind, count, victim, figureFirst, figureLast,
                    (collective ? "casualty.collective" : isArticle || count.Rule == "casualty.pronoun" ? count.Rule : "casualty.object") + rule, perfect), first);
            found = true;
            objectsEnd = npEnd;
            afterPossessive = _possessives.Contains(_tokens[first].Lower) || first > 0 && _possessives.Contains(_tokens[first - 1].Lower);
            // "killed 13 members of the police and 24 special forces", "5 soldiers, 3 police and 2 civilians",
            // "the district police chief, his deputy and four other officers"
            var next = npEnd;
            if (next < _tokens.Count && _tokens[next].Lower == ",") next++;
            if (next < _tokens.Count && _tokens[next].Lower == "and") next++;
            // "the bodies of four people and 11 wounded": a figure its own kill/injure word follows is that word's
            if (_quantityAt.TryGetValue(next, out var joined) && _lexicon.Verbs.Contains(_tokens, joined.End)) break;
            if (next == npEnd || next >= _tokens.Count || !_quantityAt.ContainsKey(next) && !_determiners.Contains(_tokens[next].Lower)
                && !(_tokens[next - 1].Lower is "and" or "," && _possessives.Contains(_tokens[next].Lower))
                && !(_tokens[next - 1].Lower is "and" or "," && BareSingularPerson(next))) break;
            k = next;
        }
        // "shot him dead along with five relatives": the people killed with the object add to it
        if (found)
        {
            while (objectsEnd < _tokens.Count && _usedVerbs.Contains(objectsEnd)) objectsEnd++;
            ReadCompanions(verbStart, objectsEnd, kinds, rule);
        }
        return found;
    }

    private void ReadSubjects(int verbStart, int verbEnd, List<CasualtyKind> kinds, string rule)
    {
        var p = verbStart;
        var perfect = false;
        while (p > 0 && _auxiliaries.Contains(_tokens[p - 1].Lower))
        {
            perfect |= _perfectAuxiliaries.Contains(_tokens[p - 1].Lower);
            p--;
        }
        if (kinds.Contains(CasualtyKind.Killed) && ReadWoundedWhoDied(p, verbEnd, rule)) return;
        // "Naik Fazal, age 29, embraced shahadat": the age between commas is an aside of the subject
        if (AgeAsideStart(p) is var ageAside and >= 0) p = ageAside;
        // "the four gunmen who followed him were also killed": the relative clause is inside the subject
        if (RelativeClauseStart(p) is var relative and >= 0) p = relative;
        // "Eight personnel - five soldiers, two police officers and an operative - were killed": the
        // aside breaks down the total before it, which is the subject; "Three members of one family, a
        // father and his two sons, were shot dead": so does an apposition between commas
        var opening = AsideOpening(p);
        if (opening < 0) opening = AppositionOpening(p);
        // "Two soldiers, a policeman and a civilian, were killed": a list closed by a comma is the subject all the same
        if (opening < 0 && p > 2 && _tokens[p - 1].Text == "," && _tokens[p - 2].IsWord && SubsetClauseStart(p - 2) < 0
            && (_quantityEndingAt.ContainsKey(p - 1) || _lexicon.Victims.Contains(_tokens, p - 2))) p--;
        if (opening > 0)
        {
            var (before, sized) = PhraseBack(opening);
            // "The victims - a man, his wife and their two daughters - were killed": with no figure
            // before it, the aside lists the dead one by one
            if (sized is null && !(before < opening && ParseVictim(before, opening) is { Singular: true }))
            {
                ReadObjects(verbStart, verbEnd, kinds, false, rule + "+aside-list", opening + 1);
                return;
            }
            p = opening;
        }
        var (npStart, quantity) = OuterFigure(PhraseBack(p));
        if (quantity is null && SharedFigure(npStart) is { } shared) (npStart, quantity) = shared;
        // "Five men returning from a shrine were killed": the article's noun is the participle's object, the figure before it the subject
        if (quantity is null && ParticipleSubject(npStart) is { Count: not null } participleSubject)
            (npStart, quantity) = participleSubject;
        // "12 fighters including a local commander were killed": the commander is one of the 12
        if (quantity is null && npStart > 0 && _lexicon.Cue("subset").MatchEndingAt(_tokens, npStart, out _) > 0
            && SubsetClauseStart(npStart - 1) is var subsetStart and >= 0 && PhraseBack(subsetStart) is { Count: not null } total)
        {
            p = subsetStart;
            (npStart, quantity) = total;
        }
        // "Five people, including one US soldier, were killed": step over the subset aside.
        if (quantity is { } aside && IsSubset(aside.Start))
        {
            var skipTo = SubsetClauseStart(aside.Start);
            if (skipTo < 0) return;
            p = skipTo;
            (npStart, quantity) = PhraseBack(p);
        }
        else if (quantity is null && p > 1 && _tokens[p - 1].Lower == ",")
        {
            var skipTo = SubsetClauseStart(p - 2);
            if (skipTo >= 0)
            {
                p = skipTo;
                (npStart, quantity) = OuterFigure(PhraseBack(p));
            }
        }
        var first = quantity?.Start ?? npStart;
        if (Irrealis(Math.Max(0, first - 3), verbStart)) return;

        var parts = new List<(Quantity Count, int First, int NpStart, int NpEnd, bool Article)>();
        int at;
        if (quantity is { } found)
        {
            if (IsSubset(found.Start)) return;
            parts.Add((found.Quantity, found.Start, npStart, p, false));
            at = found.Start;
        }
        else if (npStart < p && RankedNameStart(npStart, p) is var named and > 0 && named > npStart + 1)
        {
            // "During the intense firing Naik Fazal embraced shahadat": the rank, not the phrase's article, starts the person
            parts.Add((One(named, "casualty.named"), named, named, p, true));
            at = named;
        }
        else if (npStart < p && _determiners.Contains(_tokens[npStart].Lower))
        {
            parts.Add((One(npStart, "casualty.article"), npStart, npStart + 1, p, true));
            at = npStart;
        }
        else if (OpensTitle(npStart) && npStart < p && ParseVictim(npStart, p) is { Singular: true } lead && (lead.Known || lead.Generic)
                 && _tokens[npStart].IsWord && char.IsUpper(_tokens[npStart].Text[0]))
        {
            // "Policeman guarding polio team shot dead in Bannu": a title's bare singular subject is one person
            parts.Add((One(npStart, "casualty.bare-noun"), npStart, npStart, p, true));
            at = npStart;
        }
        else if (npStart < p && RankedNameStart(npStart, p) is var ranked and >= 0)
        {
            // "During the firing Sepoy Abdul Rehman embraced shahadat": a rank and a name are one person
            parts.Add((One(ranked, "casualty.named"), ranked, ranked, p, true));
            at = ranked;
        }
        else if (npStart < p && npStart > 0 && _possessives.Contains(_tokens[npStart].Lower) && _tokens[npStart - 1].Lower == "and")
        {
            // "the district chief and his driver were killed": the second of two joined persons
            parts.Add((One(npStart, "casualty.possessive"), npStart, npStart + 1, p, true));
            at = npStart;
        }
        else return;
        // "a woman and her two sons were killed": the figure belongs to a possessive joined to a person before it
        var ownerBefore = false;
        if (quantity is not null && at > 1 && _possessives.Contains(_tokens[at - 1].Lower) && _tokens[at - 2].Lower is "and" or ",")
        {
            at--;
            ownerBefore = true;
        }
        // "the bomber and the four gunmen were killed": the article of the figure's phrase stands between it and "and"
        if (quantity is not null && !ownerBefore && at > 1 && _determiners.Contains(_tokens[at - 1].Lower) && _tokens[at - 2].Lower == "and") at--;
        // "13 police and 24 soldiers were killed", "two guards and a driver were injured"
        while (parts.Count < 6 && at > 0 && _tokens[at - 1].Lower is "and" or ",")
        {
            var (s, q) = PhraseBack(at - 1);
            // "received the bodies of four people and 11 wounded": a figure the other kind's word has read is not this one's
            if (q is { } read && !kinds.Any(kind => _usedQuantities.Contains((read.Start, kind))) && _usedQuantities.Any(u => u.Item1 == read.Start)) break;
            if (q is { } more)
            {
                parts.Add((more.Quantity, more.Start, s, at - 1, false));
                at = more.Start;
            }
            else if (s < at - 1 && _determiners.Contains(_tokens[s].Lower) && _tokens[at - 1].Lower == "and"
                     && ParseVictim(s + 1, at - 1) is { Known: true, Singular: true })
            {
                parts.Add((One(s, "casualty.article"), s, s + 1, at - 1, true));
                at = s;
            }
            else if (_tokens[at - 1].Lower == "and" && OfPhraseStart(s) is var head and >= 0 && IsOnePerson(ParseVictim(head + 1, at - 1), head + 1, at - 1))
            {
                // "the head of the provincial council and his driver": a singular head with its "of" complement
                parts.Add((One(head, "casualty.article"), head, head + 1, at - 1, true));
                at = head;
            }
            else if (_tokens[at - 1].Lower == "and" && s < at - 1 && !_determiners.Contains(_tokens[s].Lower)
                     && HasPartitivePossessive(parts[^1].First, parts[^1].NpEnd) && IsNamedPerson(s, at - 1))
            {
                // "ALP commander Zahir and two of his men were killed": the named man "his" points back to is one more
                parts.Add((One(s, "casualty.article"), s, s, at - 1, true));
                at = s;
            }
            else if (_tokens[at - 1].Lower == "and" && s < at - 1 && _determiners.Contains(_tokens[s].Lower) && (parts[^1].Count.Rule == "casualty.possessive" || ownerBefore
                         || HasPartitivePossessive(parts[^1].First, parts[^1].NpEnd))
                     && IsOnePerson(ParseVictim(s + 1, at - 1), s + 1, at - 1))
            {
                // "a prosecutor and his son": the person the possessive points back to
                parts.Add((One(s, "casualty.article"), s, s + 1, at - 1, true));
                at = s;
            }
            else break;
            ownerBefore = false;
        }
        foreach (var (count, partFirst, s, e, article) in parts)
        {
            var victim = ParseVictim(s, e);
            if (article && !IsOnePerson(victim, s, e)) continue;
            victim = Inherit(victim, s == e);
            foreach (var kind in kinds)
                Add(new Figure(kind, count, victim, partFirst, verbEnd - 1,
                    (article ? (count.Rule is "casualty.bare-noun" or "casualty.named" ? count.Rule : "casualty.article") : "casualty.subject") + rule, perfect), partFirst);
        }
    }

    /// <summary>Most words of the object between the two parts of a kill phrase ("shot | the two guards | dead").</summary>
    private const int SplitObjectWords = 5;

    /// <summary>
    /// "rounding up 11 miners and shooting them dead", "dragged him out and shot him dead", "beat two men to death": a kill
    /// phrase its object splits (<c>split-kill</c> and <c>split-kill-end</c> cues) kills that object. False when no such
    /// phrase starts at <paramref name="start"/>.
    /// </summary>
    private bool ReadSplitKill(int start)
    {
        var verb = _lexicon.Cue("split-kill").MatchAt(_tokens, start, out _);
        if (verb == 0 || _lexicon.Verbs.Contains(_tokens, start)) return false;
        var ends = _lexicon.Cue("split-kill-end");
        for (var k = start + verb + 1; k < _tokens.Count && k <= start + verb + SplitObjectWords; k++)
        {
            // "beat him and shot him dead": a second verb starts its own phrase
            if (!_tokens[k].IsWord && !_quantityAt.ContainsKey(k) || _tokens[k].Lower is "and" or "or" || _lexicon.Cue("split-kill").Contains(_tokens, k)) return false;
            var n = ends.MatchAt(_tokens, k, out _);
            if (n == 0) continue;
            List<CasualtyKind> kinds = [CasualtyKind.Killed];
            var read = _figures.Count;
            if (!ReadObjects(start, start + verb, kinds, false, "+split")) return false;
            // the object ends where the phrase closes: what follows "dead" is no more of it
            for (var f = read; f < _figures.Count; f++)
                if (_figures[f].Last >= k) _figures[f] = _figures[f] with { Last = k + n - 1 };
            for (var u = start; u < k + n; u++) _usedVerbs.Add(u);
            ReadCompanions(start, k + n, kinds, "+split"); // "shot him dead along with five relatives"
            return true;
        }
        return false;
    }

    /// <summary>
    /// "left 65 Houthi and pro-government fighters dead": for a subject phrase starting at <paramref name="npStart"/> right after
    /// "and", the figure before "and" that counts both modifiers of its one noun, when only a word or two that name no plural
    /// victim stand between them ("five women and children" are two groups). Null elsewhere.
    /// </summary>
    private (int Start, (Quantity Quantity, int Start)? Count)? SharedFigure(int npStart)
    {
        if (npStart < 3 || _tokens[npStart - 1].Lower != "and") return null;
        var (after, count) = PhraseBack(npStart - 1);
        if (count is not { } q || q.Quantity.Value < 2 || npStart - 1 - after is < 1 or > 2 || IsSubset(q.Start)) return null;
        return ParseVictim(after, npStart - 1) is { Known: true, Singular: false } ? null : (after, q);
    }

    /// <summary>Most words of the victim noun after "the wounded" ("the wounded police officers").</summary>
    private const int VictimNounWords = 2;

    /// <summary>Rule of a toll brought to its figure ("the toll rose to 8"), which counts the dead named beside it (see <see cref="CasualtyTotals"/>).</summary>
    internal const string TollUpdateRule = "casualty.toll-update";

    /// <summary>Rule of a figure of the wounded who died later: dead beside those killed outright, so it adds to their toll.</summary>
    internal const string WoundedWhoDiedRule = "casualty.wounded-died";

    /// <summary>
    /// "two of the 15 wounded later died in hospital", "one of the injured died overnight": part of the wounded died, which adds
    /// that part to the dead (the wounded were not counted among them). For a subject ending right before <paramref name="end"/>;
    /// false when it is no such part.
    /// </summary>
    private bool ReadWoundedWhoDied(int end, int verbEnd, string rule)
    {
        var k = end - 1;
        // "two of the injured policemen later died": an adverb of sequence, then the noun the participle qualifies
        while (k > 0 && _chainAdverbs.Contains(_tokens[k].Lower)) k--;
        for (var len = VictimNounWords; len >= 1; len--)
            if (k - len + 1 > 0 && _lexicon.Victims.MatchAt(_tokens, k - len + 1, out _) == len) { k -= len; break; }
        if (k < 3) return false;
        var n = _lexicon.Verbs.MatchEndingAt(_tokens, k + 1, out var wounded);
        if (n == 0 || wounded.Kind != CasualtyKind.Injured) return false;
        k -= n;
        if (_quantityEndingAt.TryGetValue(k + 1, out var all)) k = all.Start - 1;
        if (k >= 0 && _determiners.Contains(_tokens[k].Lower)) k--;
        if (k < 1 || _tokens[k].Lower != "of" || !_quantityEndingAt.TryGetValue(k, out var part) || IsSubset(part.Start)) return false;
        if (Irrealis(Math.Max(0, part.Start - 3), end)) return true;
        var victim = Inherit(default, true);
        Add(new Figure(CasualtyKind.Killed, part.Quantity, victim, part.Start, verbEnd - 1, WoundedWhoDiedRule + rule, false), part.Start);
        return true;
    }

    /// <summary>
    /// "Residents said two civilians were also among the dead": "also" makes the people named among the dead more
    /// dead beside those counted (without it, "two children were among those killed" is a part of the total and
    /// is not read). False when the kill word does not close such a phrase.
    /// </summary>
    private bool ReadAlsoAmong(int verbStart, int verbEnd, List<CasualtyKind> kinds)
    {
        // "... were also among the dead", "... was also among those killed"
        var k = verbStart - 1;
        if (k >= 0 && _tokens[k].Lower is "the" or "those") k--;
        if (k < 2 || _tokens[k].Lower != "among" || _tokens[k - 1].Lower != "also" || _tokens[k - 2].Lower is not ("were" or "was")) return false;
        if (PhraseBack(k - 2).Count is not { } q || !_quantityAt.TryGetValue(q.Start, out var figure) || Irrealis(Math.Max(0, q.Start - 3), verbStart)) return false;
        var victim = Inherit(ParseVictim(figure.End, k - 2), figure.End == k - 2);
        foreach (var kind in kinds)
            Add(new Figure(kind, figure.Quantity, victim, q.Start, verbEnd - 1, "casualty.also-among", false), q.Start);
        for (var u = verbStart; u < verbEnd; u++) _usedVerbs.Add(u);
        return true;
    }

    /// <summary>
    /// "The number of people killed in Monday's blast at the school has reached 60": a running count
    /// named before its victims takes the figure its tally verb ("reached", "rose to") gives, however
    /// far along the sentence. False when no tally head stands before the kill word.
    /// </summary>
    private bool ReadTally(int verbStart, int verbEnd, List<CasualtyKind> kinds)
    {
        var head = _lexicon.Cue("tally-head");
        int headStart = -1, victimStart = -1;
        for (var j = verbStart; j >= Math.Max(1, verbStart - 4) && headStart < 0; j--)
        {
            if (_quantityEndingAt.ContainsKey(j) || j < verbStart && !_tokens[j].IsWord) break;
            var n = head.MatchEndingAt(_tokens, j, out _);
            if (n > 0) (headStart, victimStart) = (j - n, j);
        }
        if (headStart < 0) return false;
        var tallyVerbs = _lexicon.Cue("tally-verb");
        for (var k = verbEnd; k < _tokens.Count; k++)
        {
            // another kill word or a new clause starts another account
            if (_tokens[k].Text == ";" || _lexicon.Verbs.Contains(_tokens, k)) return false;
            var n = tallyVerbs.MatchAt(_tokens, k, out _);
            if (n == 0 || !_quantityAt.TryGetValue(k + n, out var q)) continue;
            var victim = Inherit(ParseVictim(victimStart, verbStart), victimStart == verbStart);
            foreach (var kind in kinds)
                Add(new Figure(kind, q.Quantity, victim, headStart, q.End - 1, "casualty.tally", false), k + n);
            for (var u = verbStart; u < verbEnd; u++) _usedVerbs.Add(u);
            return true;
        }
        return false;
    }

    /// <summary>
    /// For an article phrase after a comma that ends at <paramref name="npEnd"/>, in a list of the killed: whether it renames the
    /// one person before it ("killing the driver, an employee of the Attorney General's Office") rather than adding one more
    /// ("killing a policeman, a teacher and a student"): no "and" brings in another person before the clause ends.
    /// </summary>
    private bool IsApposition(int npEnd)
    {
        for (var k = npEnd; k < _tokens.Count; k++)
        {
            if (_tokens[k].Text is "." or ";" || _lexicon.Verbs.Contains(_tokens, k) || _lexicon.ReportingVerbs.Contains(_tokens, k)) return true;
            if (_tokens[k].Lower != "and" || k + 1 >= _tokens.Count) continue;
            var next = k + 1;
            if (_quantityAt.ContainsKey(next) || _determiners.Contains(_tokens[next].Lower) || _possessives.Contains(_tokens[next].Lower) || BareSingularPerson(next)) return false;
        }
        return true;
    }

    /// <summary>"a family of six" at <paramref name="k"/>: the size and the token after it, or null.</summary>
    private (Quantity Count, int End)? CollectiveSize(int k)
    {
        if (k < _tokens.Count && _determiners.Contains(_tokens[k].Lower)) k++;
        var n = _lexicon.Cue("collective").MatchAt(_tokens, k, out _);
        return n > 0 && _quantityAt.TryGetValue(k + n, out var q) ? (q.Quantity, q.End) : null;
    }

    /// <summary>
    /// For a subject ending right before <paramref name="end"/> with a comma: the comma that opens an
    /// apposition ("Three members of one family, a father and his two sons, were killed") when the
    /// phrase before it is a total the apposition breaks down (a generic or unknown head, or its
    /// breakdown names a possessive or adds up to it); else -1. "Two soldiers, a policeman and a
    /// civilian, were killed" is a list, not an apposition.
    /// </summary>
    private int AppositionOpening(int end)
    {
        if (end < 4 || _tokens[end - 1].Text != "," || SubsetClauseStart(end - 2) >= 0) return -1;
        for (var j = end - 3; j >= Math.Max(1, end - 16); j--)
        {
            if (_tokens[j].Text != ",") continue;
            if (!_tokens[j - 1].IsWord) return -1;
            var (before, total) = PhraseBack(j);
            var inside = Enumerable.Range(j + 1, end - 2 - j);
            var possessive = inside.Any(i => _possessives.Contains(_tokens[i].Lower));
            if (total is null) return possessive || inside.Any(i => _determiners.Contains(_tokens[i].Lower)) ? j : -1;
            var victim = ParseVictim(_quantityAt[total.Value.Start].End, j);
            // "Three civilians, a shopkeeper and two boys, were killed": under a civilian total, a person named with "a"
            // is one of the parts when every noun of the aside is a civilian's ("Two civilians, a policeman and a child" are four)
            var civilianParts = victim.Side == "civilian"
                && inside.All(i => _lexicon.Victims.MatchAt(_tokens, i, out var noun) == 0 || noun.Side == "civilian");
            var parts = inside.Where(_quantityAt.ContainsKey).Select(i => _quantityAt[i].Quantity.Value)
                .Concat(inside.Where(i => civilianParts && _tokens[i].Lower is "a" or "an" && !_quantityAt.ContainsKey(i)).Select(_ => 1L)).ToList();
            var addsUp = parts.Count >= 2 && parts.Sum() == total.Value.Quantity.Value;
            // "Six villagers, four of them children, were killed": the aside names part of the total
            var partOf = _quantityAt.TryGetValue(j + 1, out var lead) && _lexicon.Cue("subset-after").MatchAt(_tokens, lead.End, out _) > 0;
            return victim.Generic || !victim.Known || possessive || addsUp || partOf ? j : -1;
        }
        return -1;
    }

    /// <summary>How far after "death toll" any figure is its value, and how far one after a <c>toll-link</c> word ("rose to").</summary>
    private const int TollReach = 7, LinkedTollReach = 25;

    private void ReadToll(int start, int end, CasualtyKind kind)
    {
        for (var k = end; k < Math.Min(_tokens.Count, end + LinkedTollReach); k++)
        {
            if (_clause[k] != _clause[start]) return;
            if (!_quantityAt.TryGetValue(k, out var q)) continue;
            // past a few words only a figure the toll is said to reach: "... in the city has risen to 47"
            // ("... outside the Police District 9 headquarters has risen to seven": a number naming a place is passed over)
            if (k - end >= TollReach && !_tollLinks.Contains(_tokens[k - 1].Lower)) continue;
            var perfect = Enumerable.Range(end, k - end).Any(i => _perfectAuxiliaries.Contains(_tokens[i].Lower));
            // "rose to 8", "bringing the death toll to six": a toll brought to its figure is the whole count of the dead so far
            // ("put the toll at 15", "the toll stands at 9" give a source's figure, which may rival another's)
            var update = Enumerable.Range(end, k - end).Any(i => _tollLinks.Contains(_tokens[i].Lower) && _tokens[i].Lower != "at");
            Add(new Figure(kind, q.Quantity, default, start, q.End - 1, update ? TollUpdateRule : "casualty.toll", perfect), k);
            return;
        }
    }

    // ---- zero ----

    private void FindZeros()
    {
        var notZero = _lexicon.Cue("not-zero");
        var zeroBoth = _lexicon.Cue("zero-both");
        var zero = _lexicon.Cue("zero");
        for (var i = 0; i < _tokens.Count; i++)
        {
            var skip = notZero.MatchAt(_tokens, i, out _);
            if (skip > 0) { i += skip - 1; continue; }
            if (_quantityAt.ContainsKey(i)) continue; // "no more than 5"
            var both = zeroBoth.MatchAt(_tokens, i, out _);
            if (both > 0)
            {
                var count = Zero(i, i + both);
                // "no civilian casualties" is a zero for the civilians only, beside other sides' dead
                var nobody = Head(i, i + both) ?? default;
                Add(new Figure(CasualtyKind.Killed, count, nobody, i, i + both - 1, "casualty.zero", false), -1 - i);
                Add(new Figure(CasualtyKind.Injured, count, nobody, i, i + both - 1, "casualty.zero", false), -1 - i);
                i += both - 1;
                continue;
            }
            var length = zero.MatchAt(_tokens, i, out _);
            if (length == 0) continue;
            for (var j = i + length; j < Math.Min(_tokens.Count, i + length + 7); j++)
            {
                var verbLength = _lexicon.Verbs.MatchAt(_tokens, j, out var verb);
                if (verbLength > 0 && verb.Form != VerbForm.Toll)
                {
                    var kinds = new List<CasualtyKind> { verb.Kind };
                    // "no one was hurt" means nobody was killed either.
                    if (_lexicon.Cue("zero-verb-both").Contains(_tokens, j)) kinds = [CasualtyKind.Killed, CasualtyKind.Injured];
                    var last = j + verbLength;
                    if (last + 1 < _tokens.Count && _tokens[last].Lower is "or" or "and"
                        && _lexicon.Verbs.MatchAt(_tokens, last + 1, out var other) is var l2 and > 0 && other.Kind != verb.Kind)
                    {
                        if (!kinds.Contains(other.Kind)) kinds.Add(other.Kind);
                        last += 1 + l2;
                    }
                    for (var k = j; k < last; k++) _usedVerbs.Add(k);
                    var victim = ParseVictim(i + length, j);
                    var count = Zero(i, i + length);
                    foreach (var kind in kinds)
                        Add(new Figure(kind, count, victim, i, last - 1, "casualty.zero", false), -1 - i);
                    break;
                }
                var t = _tokens[j];
                var allowed = _auxiliaries.Contains(t.Lower) || t.Lower is "of" or "the" or "other" or "one" or "single" or "their" or "its" or "his" or "our"
                              || _lexicon.Victims.Contains(_tokens, j) || _lexicon.Modifiers.Contains(_tokens, j)
                              || t.IsWord && char.IsUpper(t.Text[0]) && j > i;
                if (!allowed) break;
            }
        }
    }

    // ---- rival claims ----

    /// <summary>"the ministry said 5 were killed; the Taliban claimed 40": the 40 is a rival figure for the same toll.</summary>
    private void FindElidedClaims()
    {
        for (var i = 0; i < _tokens.Count; i++)
        {
            var length = _lexicon.ReportingVerbs.MatchAt(_tokens, i, out _);
            if (length == 0 || !_quantityAt.TryGetValue(i + length, out var q)) continue;
            var after = q.End;
            if (after < _tokens.Count && _tokens[after].IsWord && !_lexicon.Cue("clause").Contains(_tokens, after)
                && _tokens[after].Lower is not ("and" or "were" or "was")) continue;
            var earlier = _figures.Where(f => f.Last < i).LastOrDefault();
            var kind = earlier?.Kind ?? _previousSentence?.Kind;
            if (kind is null) continue;
            var victim = earlier?.Victim ?? new Victim(_previousSentence!.Victims, _previousSentence.Side, false, true, false);
            if (_usedQuantities.Contains((i + length, kind.Value))) continue;
            Add(new Figure(kind.Value, q.Quantity, victim, i, after - 1, "casualty.claim-elided", false), i + length);
        }
    }

    // ---- attribution ----

    private void FindAttributions()
    {
        string? lastSubject = null;
        for (var i = 0; i < _tokens.Count; i++)
        {
            var according = _lexicon.According.MatchAt(_tokens, i, out _);
            if (according > 0)
            {
                var end = i + according;
                while (end < _tokens.Count && end < i + according + 12 && _tokens[end].IsWord
                       && !_lexicon.Cue("clause").Contains(_tokens, end)) end++;
                if (end > i + according) _attributions.Add((i, TextOf(i + according, end), _clause[i], false));
                i = end - 1;
                continue;
            }
            if (ClaimNoun(i) is { } claimNoun)
            {
                _attributions.Add(claimNoun);
                continue;
            }
            var verb = _lexicon.ReportingVerbs.MatchAt(_tokens, i, out var claims);
            if (verb == 0) continue;
            var subject = SubjectBefore(i);
            // "claimed responsibility ... and said 12 were killed": the second verb shares the subject.
            if (subject is null && i > 0 && _tokens[i - 1].Lower == "and") subject = lastSubject;
            // "claimed responsibility for the attack" claims the act, not a figure.
            var claimsTheAct = i + verb < _tokens.Count && _tokens[i + verb].Lower is "responsibility" or "credit" || claims && ClaimsAnAttack(i + verb);
            if (subject is null && !claimsTheAct && (i == 0 || !_tokens[i - 1].IsWord) && ClaimantAfter(i + verb) is { } inverted)
            {
                _attributions.Add((i, inverted, _clause[i], claims));
                continue;
            }
            // "A tribal elder, Malik Khan, said 35 labourers ...": the appositive before the comma.
            if (subject is null && i > 1 && _tokens[i - 1].Lower == ",") subject = SubjectBefore(i - 1);
            if (subject is null) continue;
            lastSubject = subject;
            if (!claimsTheAct) _attributions.Add((i, subject, _clause[i], claims || SaysItKilled(i + verb)));
        }
    }

    /// <summary>Whether the figure's words hold a <c>party-jargon</c> kill word ("neutralised", "eliminated").</summary>
    private bool SaysInPartyJargon(Figure figure)
    {
        var jargon = _lexicon.Cue("party-jargon");
        for (var k = Math.Clamp(figure.First, 0, _tokens.Count - 1); k <= Math.Clamp(figure.Last, 0, _tokens.Count - 1); k++)
            if (jargon.MatchAt(_tokens, k, out _) > 0) return true;
        return false;
    }

    /// <summary>Most words of the claimant between "the claim of" and "that".</summary>
    private const int ClaimNounReach = 12;

    /// <summary>
    /// "The claim of the Kabul administration's ministry of defence that 40 mujahideen were killed ... is baseless":
    /// the figure after "the claim of X that" is X's claim, whoever relays or denies it. Null elsewhere.
    /// </summary>
    private (int Token, string Claimant, int Clause, bool Claims)? ClaimNoun(int i)
    {
        if (i < 1 || i + 2 >= _tokens.Count || _tokens[i].Lower is not ("claim" or "claims") || _tokens[i - 1].Lower != "the" || _tokens[i + 1].Lower != "of")
            return null;
        for (var k = i + 2; k < _tokens.Count && k <= i + 2 + ClaimNounReach; k++)
        {
            if (_tokens[k].Lower == "that") return k > i + 2 ? (k, TextOf(i + 2, k), _clause[k], true) : null;
            if (_quantityAt.ContainsKey(k) || _lexicon.Verbs.Contains(_tokens, k)) return null;
        }
        return null;
    }

    /// <summary>Most words of the attack a group claims before the relative clause that tells its toll.</summary>
    private const int ClaimedAttackWords = 10;

    /// <summary>
    /// "TTP claims Lakki Marwat attack that killed 4 policemen", "IS claimed the bombing, which killed 20": a claim
    /// of an attack whose toll a relative clause tells claims the act, not the figure, which is reported.
    /// </summary>
    private bool ClaimsAnAttack(int after)
    {
        for (var k = after; k < _tokens.Count && k < after + ClaimedAttackWords; k++)
        {
            if (_quantityAt.ContainsKey(k) || _lexicon.Verbs.Contains(_tokens, k) || _selfReferences.Contains(_tokens[k].Lower)) return false;
            // "... attack that killed", "..., which has killed": the relative clause's subject is the attack itself
            if (k > after && _tokens[k].Lower is "that" or "which")
                return k + 1 < _tokens.Count && (_lexicon.Verbs.Contains(_tokens, k + 1)
                    || k + 2 < _tokens.Count && _auxiliaries.Contains(_tokens[k + 1].Lower) && _lexicon.Verbs.Contains(_tokens, k + 2));
            if (!_tokens[k].IsWord && _tokens[k].Text != "," && _tokens[k].Text != "'") return false;
        }
        return false;
    }

    /// <summary>
    /// "the army said it killed 40", "says they 'neutralised' 12": a speaker telling what it did itself claims
    /// its enemy's losses, whether or not the verb is "claimed" (a state body relayed by a wire included).
    /// </summary>
    private bool SaysItKilled(int after)
    {
        // "LNA says its jets destroyed 3 vehicles, killed 11 fighters": the speaker's own forces did the killing
        if (after < _tokens.Count && _possessives.Contains(_tokens[after].Lower) && _tokens[after].Lower is not ("his" or "her"))
            return OwnForcesKilled(after + 1);
        if (after >= _tokens.Count || !_selfReferences.Contains(_tokens[after].Lower)) return false;
        for (var k = after + 1; k < _tokens.Count && k <= after + 3; k++)
        {
            if (_lexicon.Verbs.MatchAt(_tokens, k, out var v) > 0) return v.Kind == CasualtyKind.Killed && v.Form != VerbForm.Toll;
            if (_tokens[k].IsWord && !_auxiliaries.Contains(_tokens[k].Lower)) return false;
        }
        return false;
    }

    /// <summary>", said a police spokesman.": a claimant after the verb that closes the clause, or null.</summary>
    private string? ClaimantAfter(int after)
    {
        var stop = after;
        while (stop < _tokens.Count && stop < after + 8 && _tokens[stop].IsWord && !_phraseStops.Contains(_tokens[stop].Lower)
               && !_quantityAt.ContainsKey(stop) && !_lexicon.Verbs.Contains(_tokens, stop)) stop++;
        // "..., said the insurgents also lost four men": a phrase that goes on into its own verb is what was said, not who said it
        var closes = stop == _tokens.Count || !_tokens[stop].IsWord
                     || _phraseStops.Contains(_tokens[stop].Lower) && _lexicon.Cue("clause-goes-on").MatchAt(_tokens, stop, out _) == 0;
        if (stop == after || !closes || _quantityAt.ContainsKey(after) || _pronouns.Contains(_tokens[after].Lower)) return null;
        return TextOf(after, stop);
    }

    /// <summary>The noun phrase right before token <paramref name="end"/> (a reporting verb's subject), or null.</summary>
    private string? SubjectBefore(int end)
    {
        var start = end;
        while (start > 0 && end - start < 9)
        {
            var t = _tokens[start - 1];
            if (!t.IsWord || IsBareNumber(t) || t.Lower is "that" or "and" || _lexicon.Cue("clause").Contains(_tokens, start - 1)
                || _auxiliaries.Contains(t.Lower) || _lexicon.Verbs.Contains(_tokens, start - 1)
                || _quantityEndingAt.ContainsKey(start)) break;
            start--;
        }
        if (start == end || end - start == 1 && _pronouns.Contains(_tokens[start].Lower)) return null;
        return TextOf(start, end);
    }

    /// <summary>
    /// Who gives the figure, and whether it is given as that source's own claim: the text is the
    /// source's statement ("Ministry of Defense: ..."), or the verb is a claim ("the army claimed").
    /// </summary>
    private (string? Claimant, bool OwnClaim) ClaimantFor(Figure figure)
    {
        var clause = _clause[Math.Clamp(figure.First, 0, _clause.Length - 1)];
        var same = _attributions.Where(a => a.Clause == clause).ToList();
        if (same.Count == 0)
        {
            var figureClauses = _figures.Select(f => _clause[Math.Clamp(f.First, 0, _clause.Length - 1)]).ToHashSet();
            // Only a claim that follows the figure covers it from another clause ("..., when a bomb exploded, police said").
            same = _attributions.Where(a => !figureClauses.Contains(a.Clause) && a.Token > figure.First).ToList();
        }
        if (same.Count == 0) return (_voice, _ownStatement);
        var nearest = same.MinBy(a => Math.Abs(a.Token - figure.First));
        // "According to the corps, 14 insurgents were killed" in the corps' own press release: the statement cites itself
        if (_ownStatement && _voice is not null && nearest.Claimant is { } named
            && _lexicon.Parties.Find(named) is { } cited && _lexicon.Parties.Find(_voice)?.Name == cited.Name)
            return (_voice, true);
        return (nearest.Claimant, nearest.Claims);
    }

    // ---- output ----

    private void Emit()
    {
        if (_figures.Count == 0) return;
        var sentence = _span.Of(_text);
        string? period = null, rule = null;
        foreach (var (kind, pattern) in _lexicon.Aggregates)
        {
            if (kind != "period") continue;
            var m = pattern.Match(sentence);
            if (m.Success) { period = m.Value; rule = "statistic.period"; break; }
        }
        if (period is null && !_lexicon.Aggregates.Any(a => a.Kind == "day" && a.Pattern.IsMatch(sentence)))
        {
            var m = _lexicon.Aggregates.Where(a => a.Kind == "whole-year").Select(a => a.Pattern.Match(sentence)).FirstOrDefault(x => x.Success);
            if (m is not null) { period = m.Value; rule = "statistic.whole-year"; }
        }
        var report = _lexicon.Aggregates.Any(a => a.Kind == "report" && a.Pattern.IsMatch(sentence));

        // "the toll rose to 14 after three of the wounded died": the wounded who died are in the updated toll
        var updated = _figures.Any(f => f.Kind == CasualtyKind.Killed && f.Rule.StartsWith(TollUpdateRule, StringComparison.Ordinal));
        foreach (var figure in _figures.OrderBy(f => f.First).ThenBy(f => f.Kind))
        {
            if (updated && figure.Rule.StartsWith(WoundedWhoDiedRule, StringComparison.Ordinal)) continue;
            var first = _tokens[Math.Clamp(figure.First, 0, _tokens.Count - 1)].Start;
            var last = _tokens[Math.Clamp(figure.Last, 0, _tokens.Count - 1)].End;
            var span = new Span(Math.Min(first, figure.Count.Span.Start), Math.Max(last, figure.Count.Span.End));
            var (claimant, ownClaim) = ClaimantFor(figure);
            // "the army said troops neutralised 21 terrorists": a party's own jargon for its kills frames the figure as its claim
            ownClaim |= claimant is not null && SaysInPartyJargon(figure);
            var aggregateRule = rule
                ?? (figure.Perfect && (figure.Count.Value >= TallySize.WarTotal || report) ? "statistic.perfect-total" : null);
            if (aggregateRule is not null)
            {
                var unit = $"{figure.Victim.Group ?? "people"} {(figure.Kind == CasualtyKind.Killed ? "killed" : "injured")}";
                Statistics.Add(new StatisticalClaim(span, aggregateRule, claimant, figure.Count, unit, period));
                continue;
            }
            Casualties.Add(new Casualty(span, figure.Rule, figure.Kind, figure.Count, figure.Victim.Group, figure.Victim.Side, claimant)
            {
                PartyClaim = EnemyLossesClaimedBy(figure, claimant, ownClaim),
                KilledAndInjured = figure.Rule.Contains(CombinedRule, StringComparison.Ordinal),
            });
        }
    }

    /// <summary>
    /// The party that claims this figure as its enemy's losses, or null: the claimant is a party
    /// (claims/parties.tsv) and the victims are the other camp, or another party named in the figure
    /// ("Islamic State said it killed 12 Taliban"). Its own admitted dead ("two mujahideen were
    /// martyred") and civilians are reported, not claimed. A state body's figure is a claim only in
    /// its own statement or after "claimed": relayed by a wire ("the army said"), it is reported.
    /// </summary>
    private string? EnemyLossesClaimedBy(Figure figure, string? claimant, bool ownClaim)
    {
        if (claimant is null || figure.Count.Value == 0 || _lexicon.Parties.Find(claimant) is not { } party) return null;
        if (party.IsState && !ownClaim) return null;
        var first = Math.Clamp(figure.First, 0, _tokens.Count - 1);
        var victimWords = _tokens.Skip(first).Take(Math.Clamp(figure.Last, first, _tokens.Count - 1) - first + 1).ToList();
        // "the invaders bombed homes; twelve civilians were martyred": in an armed group's own statement the civilians
        // it says its enemy killed are an accusation, a claim like its figures of enemy dead (relayed by a wire they are
        // reported); "martyred" there mourns them, it does not make them the group's own
        // "two mujahideen and a child were martyred": a civilian mourned in one breath with the group's own dead is
        // its own loss too, no accusation
        // "a farmer and his son were martyred": a figure with no noun of its own joined to a civilian one (or inside it) is a civilian too
        var joined = figure.Victim.Side is null ? JoinedFigure(first) : null;
        var civilian = figure.Victim.Side == "civilian"
            || figure.Victim.Side is null && _figures.Any(f => f.First < first && f.Victim.Side == "civilian" && (f.Last >= first || f == joined));
        if (ownClaim && civilian && party.Side == "insurgent" && !ListedWithOwnDead(first, party)) return party.Name;
        if (victimWords.Any(t => _ownLossCues.Contains(t.Lower) || _selfKilledAttackers.Contains(t.Lower))) return null;
        // "a suicide bomber blew up a Humvee at the gate and three gunmen stormed in; all four attackers were killed": the
        // attackers of a suicide assault die by the assault they chose, told as its toll, not claimed as an enemy's dead
        if (victimWords.Any(t => _speakerEnemies.Contains(t.Lower)) && Enumerable.Range(0, _tokens.Count).Any(i => _lexicon.Cue("suicide-assault").MatchAt(_tokens, i, out _) > 0)) return null;
        // "seven of the attackers were killed", "killed 14 enemy": named by what they did to the speaker, they are its enemy
        if (victimWords.Any(t => _speakerEnemies.Contains(t.Lower))) return party.Name;
        // "the assailants left some twenty bodies behind": bodies no noun names are those of the clause's subject
        if (ownClaim && figure.Victim.Group is null && BodiesOfEnemy(first)) return party.Name;
        // "MoD: 4 army soldiers were killed": two state bodies of one camp are one side
        if (_lexicon.Parties.Find(victimWords) is { } named)
            return named.Name == party.Name || named.IsState && party.IsState ? null : party.Name;
        var camp = ClaimParty.Camp(figure.Victim.Side);
        // "stormed the base, killing 17 of them", "3 of its occupants perished": in its own statement, dead an armed group
        // does not call its own (no "our", "martyred", "mujahideen") and names by no noun are those it fought, a claim
        // ("four people were injured" names bystanders);
        // relayed ("..., Taliban say"), an unnamed toll may be anyone's and stays reported
        if (camp is null && figure.Victim.Group is null && ownClaim && party.Side == "insurgent" && !JoinedToOwnDead(first)) return party.Name;
        // "troops cleared insurgents from the village, killing 14 of them": in a state body's own statement too, "of them"
        // points back to those its forces acted on, not to its own men (whom it names: "one soldier was injured")
        if (camp is null && figure.Victim.Group is null && ownClaim && IsOfThem(first, Math.Min(_tokens.Count, figure.Last + 3))) return party.Name;
        return camp is not null && camp != ClaimParty.Camp(party.Side) ? party.Name : null;
    }

    // ---- helpers ----

    /// <summary>
    /// "Two of ours were martyred and one was injured": a figure with no noun joined by "and" right after one the speaker
    /// tells as its own dead (<c>own-loss-cue</c> words) counts the same side.
    /// </summary>
    private bool JoinedToOwnDead(int first) =>
        JoinedFigure(first) is { } f && Enumerable.Range(Math.Max(0, f.First), Math.Max(0, f.Last - f.First + 1)).Any(k => _ownLossCues.Contains(_tokens[k].Lower));

    /// <summary>The figure that ends right before <paramref name="first"/> with only "and" or commas between, or null.</summary>
    private Figure? JoinedFigure(int first) =>
        _figures.FirstOrDefault(f => f.Last < first && Enumerable.Range(f.Last + 1, Math.Max(0, first - f.Last - 1)).All(k => _tokens[k].Lower is "and" or ","));

    /// <summary>Whether the figure at <paramref name="first"/> follows "and" or a comma in a list that names the speaker's own dead ("our", "mujahideen").</summary>
    private bool ListedWithOwnDead(int first, ClaimParty party)
    {
        if (first < 2 || _tokens[first - 1].Lower is not ("and" or ",")) return false;
        for (var k = first - 2; k >= Math.Max(0, first - 6); k--)
        {
            if (_ownLossCues.Contains(_tokens[k].Lower) || _lexicon.Parties.Find([_tokens[k]])?.Name == party.Name) return true;
            if (!_tokens[k].IsWord && _tokens[k].Text != ",") return false;
        }
        return false;
    }

    /// <summary>
    /// "villagers carrying the bodies of three relatives", "blocked the road with the bodies of four men": bodies carried
    /// to a protest or a funeral are the dead of an earlier event (<c>carried-bodies</c> cues), not of this one.
    /// </summary>
    private bool CarriedBodies(int start)
    {
        if (_tokens[start].Lower != "bodies") return false;
        var k = start - 1;
        if (k >= 0 && _determiners.Contains(_tokens[k].Lower)) k--;
        return k >= 0 && _lexicon.Cue("carried-bodies").MatchEndingAt(_tokens, k + 1, out _) > 0;
    }

    /// <summary>
    /// "protesters storm the district office over killing of local elder", "protested against the killing of a
    /// shopkeeper": a killing named as what a protest or an arrest is about (<c>grievance</c> cues) is an earlier
    /// event, not dead of this one.
    /// </summary>
    private bool Grievance(int start, int end)
    {
        if (end >= _tokens.Count || _tokens[end].Lower != "of" || _tokens[start].Lower is not ("killing" or "killings" or "murder" or "assassination")) return false;
        var k = start - 1;
        if (k >= 0 && _tokens[k].Lower == "the") k--;
        return k >= 0 && _lexicon.Cue("grievance").MatchEndingAt(_tokens, k + 1, out _) > 0;
    }

    /// <summary>"The attackers fled, leaving some twenty bodies", "the enemy left 12 bodies behind": bodies after the speaker's enemy in one clause.</summary>
    private bool BodiesOfEnemy(int first)
    {
        var bodies = false;
        for (var k = first; k < Math.Min(_tokens.Count, first + 4) && !bodies; k++)
            bodies = _tokens[k].Lower == "bodies";
        if (!bodies) return false;
        for (var k = first - 1; k >= 0 && _clause[k] == _clause[first]; k--)
            if (_speakerEnemies.Contains(_tokens[k].Lower)) return true;
        return false;
    }

    /// <summary>Whether a <c>partitive-back</c> cue ("of them", "of the group") stands among the tokens from <paramref name="first"/> to before <paramref name="end"/>.</summary>
    private bool IsOfThem(int first, int end)
    {
        var cues = _lexicon.Cue("partitive-back");
        for (var k = first + 1; k < end; k++)
        {
            var n = cues.MatchAt(_tokens, k, out _);
            if (n > 0 && k + n <= end) return true;
        }
        return false;
    }

    private void Add(Figure figure, int quantityToken)
    {
        if (!_usedQuantities.Add((quantityToken, figure.Kind))) return;
        if (TheirOwner(figure) is { } owner) figure = figure with { Victim = owner with { Singular = figure.Victim.Singular } };
        _figures.Add(figure);
    }

    /// <summary>
    /// "The insurgents retreated and left six of their dead", "the attackers fled, carrying away their bodies": dead no noun of
    /// their own names, told by "their", are of the side named before them in the sentence. Null when the figure names its
    /// victims or no plural victim with a side stands before it.
    /// </summary>
    private Victim? TheirOwner(Figure figure)
    {
        var first = Math.Clamp(figure.First, 0, _tokens.Count - 1);
        var last = Math.Clamp(figure.Last, first, _tokens.Count - 1);
        var their = -1;
        for (var k = first; k <= last; k++)
            if (_tokens[k].Lower == "their") { their = k; break; }
        // "of their dead", "their bodies"; not the "their" of a kill phrase ("lost their lives")
        if (their < 1 || !(_tokens[their - 1].Lower == "of" || their + 1 < _tokens.Count && _tokens[their + 1].Lower is "dead" or "bodies")) return null;
        for (var k = their + 1; k <= last; k++)
            if (_lexicon.Victims.MatchAt(_tokens, k, out var noun) > 0 && !noun.IsGeneric) return null;
        for (var k = Math.Min(first, their) - 1; k >= 0; k--)
        {
            if (_tokens[k].Text is ";" or ":") return null;
            var n = _lexicon.Victims.MatchAt(_tokens, k, out var owner);
            if (n == 0 || owner.IsGeneric || owner.Singular) continue;
            return ParseVictim(k, k + n) is { Known: true, Side: not null } victim ? victim : null;
        }
        return null;
    }

    /// <summary>Walks back over a noun phrase ending before <paramref name="end"/>; stops at a quantity, which it returns.</summary>
    private (int Start, (Quantity Quantity, int Start)? Count) PhraseBack(int end)
    {
        var k = end;
        while (k > 0 && end - k < 10)
        {
            if (_quantityEndingAt.TryGetValue(k, out var q)) return (k, q);
            var t = _tokens[k - 1];
            if (!t.IsWord || IsBareNumber(t) || _phraseStops.Contains(t.Lower) && !IsParticipleObject(k - 1) && !IsPartitivePossessive(k - 1)
                || _lexicon.Verbs.Contains(_tokens, k - 1) || _lexicon.ReportingVerbs.Contains(_tokens, k - 1)) break;
            k--;
        }
        if (_quantityEndingAt.TryGetValue(k, out var atStart)) return (k, atStart);
        return (k, null);
    }

    /// <summary>
    /// "Three members of one family were killed", "two of 10 passengers": the figure inside an "of"
    /// complement sizes the group the dead belong to; the figure before it counts the dead.
    /// </summary>
    /// <remarks>"14 gunmen from the two groups were killed": so does one after "from (the)".</remarks>
    private (int Start, (Quantity Quantity, int Start)? Count) OuterFigure((int Start, (Quantity Quantity, int Start)? Count) phrase)
    {
        if (phrase.Count is not { } inner || inner.Start < 2) return phrase;
        var link = inner.Start - 1;
        if (_tokens[link].Lower == "the" && link > 1 && _tokens[link - 1].Lower == "from") link--;
        return _tokens[link].Lower is "of" or "from" && PhraseBack(link) is { Count: { } outer } && outer.Start < inner.Start
            ? (outer.Start, outer)
            : phrase;
    }

    /// <summary>
    /// For a phrase starting at <paramref name="npStart"/> right after "participle + preposition" ("men returning from
    /// | a shrine", "farmers working in | the fields"): the phrase of the participle's own subject, else null.
    /// </summary>
    private (int Start, (Quantity Quantity, int Start)? Count)? ParticipleSubject(int npStart)
    {
        // "farmers working in a field near Gereshk": up to two prepositional phrases may follow the participle
        for (var hops = 0; hops < 3 && npStart >= 3; hops++)
        {
            var preposition = _tokens[npStart - 1].Lower;
            if (!_tokens[npStart - 1].IsWord || !_phraseStops.Contains(preposition) || _lexicon.Cue("participle-preposition").MatchAt(_tokens, npStart - 1, out _) == 0) return null;
            var participle = _tokens[npStart - 2].Lower;
            if (participle.Length > 4 && participle.EndsWith("ing", StringComparison.Ordinal) && !_lexicon.Verbs.Contains(_tokens, npStart - 2))
                return PhraseBack(npStart - 1);
            var (before, count) = PhraseBack(npStart - 1);
            // "six policemen manning a checkpoint in ...": a participle with its own object stands between the figure and the preposition
            if (count is { } sized && HasParticiple(before, npStart - 1)) return (before, sized);
            // "3 civilians hit by shelling die": "by" names the agent of a past participle, which the figure before it is the object of
            if (count is { } agentOf && preposition == "by" && before < npStart - 2) return (before, agentOf);
            if (count is not null || before >= npStart - 1) return null;
            npStart = before;
        }
        return null;
    }


    /// <summary>
    /// Whether a title starts at token <paramref name="k"/>: the sentence's first word, or the first inside a quoted title
    /// of a citation (<c>Khaama Press, "Policeman killed as gunmen attack checkpoint", 23 Nov 2019</c>).
    /// </summary>
    private bool OpensTitle(int k) =>
        k == 0 || k > 0 && IsQuoteMark(k - 1) && (k == 1 || _tokens[k - 2].Text is "," or ":" or "|");

    /// <summary>For a subject ending at <paramref name="end"/> with ", 29," or ", age 29,": the comma that opens that age aside, else -1.</summary>
    private int AgeAsideStart(int end)
    {
        if (end < 4 || _tokens[end - 1].Text != "," || !IsAge(end - 2, end - 1)) return -1;
        var k = end - 2;
        k -= _lexicon.Cue("age").MatchEndingAt(_tokens, k, out _);
        return k > 0 && _tokens[k - 1].Text == "," ? k - 1 : -1;
    }

    /// <summary>
    /// The token of a singular rank or title ("Sepoy", "police chief") right before the capitalised name that ends
    /// the phrase from <paramref name="start"/> to before <paramref name="end"/>; -1 when the phrase ends otherwise.
    /// </summary>
    private int RankedNameStart(int start, int end)
    {
        var name = end;
        while (name > start && _tokens[name - 1].IsWord && !_tokens[name - 1].IsDigits && char.IsUpper(_tokens[name - 1].Text[0])) name--;
        if (name == end) return -1;
        // the rank may be written capitalised, as part of the name ("Naik Fazal")
        for (var rank = Math.Max(start, name - 2); rank < end - 1; rank++)
        {
            var n = _lexicon.Victims.MatchAt(_tokens, rank, out var noun);
            if (n > 0 && rank + n < end && rank + n >= name && noun.Singular && !noun.IsGeneric) return rank;
        }
        return -1;
    }

    /// <summary>The side named as the subject of a "lost" at <paramref name="verb"/> ("the insurgents (also) lost"), or null.</summary>
    private Victim? LoserBefore(int verb)
    {
        var k = verb;
        while (k > 0 && _lexicon.Cue("clause-goes-on").Contains(_tokens, k - 1)) k--;
        var (start, count) = PhraseBack(k);
        return count is null && start < k && ParseVictim(start, k) is { Known: true, Side: not null } loser ? loser : null;
    }

    /// <summary>Most words of a relative clause between a subject and its kill word.</summary>
    private const int RelativeClauseWords = 8;

    /// <summary>
    /// For a subject ending right before <paramref name="end"/>: the relative pronoun that opens a short relative clause
    /// after its noun ("the gunmen who followed him", "the two men who guarded the gate"), else -1. A clause with a
    /// figure, a kill word or a comma of its own is no part of one subject.
    /// </summary>
    private int RelativeClauseStart(int end)
    {
        var relative = _lexicon.Cue("relative-pronoun");
        for (var k = end - 2; k >= Math.Max(1, end - RelativeClauseWords); k--)
        {
            if (!_tokens[k].IsWord || _quantityAt.ContainsKey(k) || _lexicon.Verbs.Contains(_tokens, k) || _lexicon.ReportingVerbs.Contains(_tokens, k)) return -1;
            if (relative.MatchAt(_tokens, k, out _) > 0)
                return _tokens[k - 1].IsWord && !_phraseStops.Contains(_tokens[k - 1].Lower) ? k : -1;
        }
        return -1;
    }

    /// <summary>
    /// "separated 25 men and executed them", "seized six guards and then killed them": "them" right after the kill word
    /// points back to the counted object of the verb joined before "and". False when the object is no such pronoun.
    /// </summary>
    private bool ReadAnaphoricObject(int verbStart, int k, List<CasualtyKind> kinds, string rule)
    {
        if (k >= _tokens.Count || _tokens[k].Lower != "them") return false;
        var and = verbStart - 1;
        while (and > 0 && _chainAdverbs.Contains(_tokens[and].Lower)) and--;
        if (and < 2 || _tokens[and].Lower != "and") return false;
        var (npStart, count) = PhraseBack(and);
        // a split kill phrase ("rounding up 11 miners and shooting them dead") kills whatever it names; a bare kill word only people
        var anyone = rule.Contains("+split", StringComparison.Ordinal);
        if (count is not { } q || npStart >= and || IsSubset(q.Start) || !anyone && ParseVictim(npStart, and) is not { Known: true } && ParseVictim(npStart, and) is not { Generic: true }) return false;
        var victim = ParseVictim(npStart, and);
        foreach (var kind in kinds)
            Add(new Figure(kind, q.Quantity, victim, q.Start, k, "casualty.anaphor" + rule, false), q.Start);
        return true;
    }

    /// <summary>Most words between the speaker's own forces ("its jets") and the kill word they are told doing.</summary>
    private const int OwnForcesReach = 10;

    /// <summary>Whether a kill word follows the speaker's own forces from <paramref name="from"/> within their clause, before another speaker or figure of the dead.</summary>
    private bool OwnForcesKilled(int from)
    {
        for (var k = from; k < _tokens.Count && k <= from + OwnForcesReach && _clause[k] == _clause[from]; k++)
        {
            if (_lexicon.ReportingVerbs.Contains(_tokens, k) || _tokens[k].Text is "." or ";") return false;
            if (_lexicon.Verbs.MatchAt(_tokens, k, out var v) > 0) return v.Kind == CasualtyKind.Killed && v.Form is VerbForm.Verb or VerbForm.Ing;
        }
        return false;
    }

    /// <summary>Whether an "-ing" participle that is no kill word stands among the tokens from <paramref name="first"/> to before <paramref name="end"/>.</summary>
    private bool HasParticiple(int first, int end)
    {
        for (var k = first; k < end; k++)
            if (_tokens[k].Lower is { Length: > 4 } w && w.EndsWith("ing", StringComparison.Ordinal)
                && !_phraseStops.Contains(w) && !_lexicon.Verbs.Contains(_tokens, k)) return true;
        return false;
    }

    /// <summary>"a mother and three of her children": the part owned through "of her" points back to the person before "and".</summary>
    private bool HasPartitivePossessive(int first, int end)
    {
        for (var k = first + 1; k < end && k < _tokens.Count; k++)
            if (IsPartitivePossessive(k)) return true;
        return false;
    }

    /// <summary>"three of her children": after a partitive "of", "her" owns the noun and is no object pronoun ending the phrase.</summary>
    private bool IsPartitivePossessive(int i) =>
        i > 0 && _possessives.Contains(_tokens[i].Lower) && _tokens[i - 1].Lower == "of";

    /// <summary>"two men guarding him", "the guards escorting them": an object pronoun after a participle is inside the noun phrase.</summary>
    private bool IsParticipleObject(int i) =>
        i > 0 && _objectPronouns.Contains(_tokens[i].Lower) && _tokens[i - 1].Lower.Length > 4
        && _tokens[i - 1].Lower.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>
    /// For a subject ending right before <paramref name="end"/> with a closing ")" or dash: the
    /// token where that aside opens, when a noun phrase stands before it; else -1.
    /// </summary>
    private int AsideOpening(int end)
    {
        if (end < 2) return -1;
        var close = _tokens[end - 1].Text;
        if (close is not (")" or "-" or "\u2013" or "\u2014")) return -1;
        var open = close == ")" ? "(" : close;
        for (var k = end - 2; k >= Math.Max(1, end - 20); k--)
            if (_tokens[k].Text == open) return _quantityEndingAt.ContainsKey(k) || _tokens[k - 1].IsWord ? k : -1;
        return -1;
    }

    /// <summary>"the head of the provincial council" read back from its end at <paramref name="complement"/>: the token of "the" before "head", or -1.</summary>
    private int OfPhraseStart(int complement)
    {
        if (complement < 3 || !_determiners.Contains(_tokens[complement].Lower) || _tokens[complement - 1].Lower != "of") return -1;
        var (start, quantity) = PhraseBack(complement - 1);
        return quantity is null && start < complement - 1 && _determiners.Contains(_tokens[start].Lower) ? start : -1;
    }

    private bool IsQuoteMark(int k) => k < _tokens.Count && _tokens[k].Text is "'" or "\"" or "\u2018" or "\u2019" or "\u201C" or "\u201D";

    private int PhraseForward(int start)
    {
        var k = start;
        while (k < _tokens.Count && k - start < 10)
        {
            var t = _tokens[k];
            if (!t.IsWord || IsBareNumber(t) || _phraseStops.Contains(t.Lower) && t.Lower != "of" || _quantityAt.ContainsKey(k)
                || _lexicon.Verbs.Contains(_tokens, k) || _lexicon.ReportingVerbs.Contains(_tokens, k)) break;
            k++;
        }
        // Do not end on a dangling "of" ("five of").
        while (k > start && _tokens[k - 1].Lower == "of") k--;
        return k;
    }

    private Victim ParseVictim(int start, int end)
    {
        var of = -1;
        for (var k = start; k < end; k++)
            if (_tokens[k].Lower == "of") { of = k; break; }
        var head = Head(start, of < 0 ? end : of);
        if ((head is null || head.Value.Generic) && of >= 0)
        {
            var complement = Head(of + 1, end);
            if (complement is { Generic: false } c)
                return c with { Singular = head?.Singular ?? c.Singular };
        }
        return head ?? default;
    }

    private Victim? Head(int start, int end)
    {
        VictimNoun? noun = null, specific = null;
        (string Side, string Group)? modifier = null;
        for (var k = start; k < end; k++)
        {
            var n = _lexicon.Victims.MatchAt(_tokens, k, out var v);
            if (n > 0 && k + n <= end)
            {
                // "Taliban fighters": the first noun modifies the second.
                if (noun is not null && _lexicon.Modifiers.MatchAt(_tokens, k - 1, out var asModifier) > 0) modifier ??= asModifier;
                noun = v;
                if (!v.IsGeneric) specific = v;
                k += n - 1;
                continue;
            }
            if (_lexicon.Modifiers.MatchAt(_tokens, k, out var m) > 0) modifier ??= m;
        }
        if (noun is null) return null;
        var singular = noun.Singular;
        // "district police chief", "Taliban commander": a generic head takes the group named before it.
        if (noun.IsGeneric && specific is not null) noun = specific;
        if (noun.IsGeneric) return new Victim(null, null, singular, false, true);
        var group = noun.Group;
        var side = noun.Side;
        if (modifier is { } mod && noun.Armed && mod.Side != side)
        {
            group = mod.Group;
            side = mod.Side;
        }
        return new Victim(group, side, singular, true, false);
    }

    /// <summary>"two wounded", "many others injured": an elided victim is the one named before it.</summary>
    private Victim Inherit(Victim victim, bool empty)
    {
        if (victim.Known || !(empty || victim.Generic)) return victim;
        var before = _figures.LastOrDefault(f => f.Victim.Known);
        if (before is not null) return before.Victim with { Singular = victim.Singular };
        if (victim.Generic && _previousSentence?.Victims is { } group)
            return new Victim(group, _previousSentence.Side, false, true, false);
        return victim;
    }

    /// <summary>
    /// "including one US soldier", or "three of them children" after a total: part of a figure
    /// already counted. "killing two of them" with no total before it is a count of its own.
    /// </summary>
    private bool IsSubset(int quantityStart, bool afterTotal = false)
    {
        if (_lexicon.Cue("subset").MatchEndingAt(_tokens, quantityStart, out _) > 0) return true;
        return (afterTotal || _figures.Count > 0)
               && _quantityAt.TryGetValue(quantityStart, out var q) && _lexicon.Cue("subset-after").MatchAt(_tokens, q.End, out _) > 0;
    }

    /// <summary>For ", including one US soldier," before a verb: the token where that aside starts, or -1.</summary>
    private int SubsetClauseStart(int from)
    {
        var subset = _lexicon.Cue("subset");
        for (var k = from; k >= Math.Max(0, from - 10); k--)
        {
            var n = subset.MatchAt(_tokens, k, out _);
            if (n == 0) continue;
            if (k > 0 && _tokens[k - 1].Lower == ",") return k - 1;
            // "Eleven fighters, two commanders among them, were killed": a trailing "among them" closes an aside
            // that opens at the comma before its figure
            if (k > 2 && _lexicon.Cue("subset-after").MatchAt(_tokens, k, out _) > 0 && PhraseBack(k) is { Count: { } part }
                && part.Start > 1 && _tokens[part.Start - 1].Lower == ",") return part.Start - 1;
            return k;
        }
        return -1;
    }

    /// <summary>
    /// Where an irrealis cue before an object-taking kill word may stand: up to six words back, but for an "-ing"
    /// participle after a comma only past that comma ("blew up as they tried to open it, killing one boy": what was
    /// tried is opening the shell; the participle clause tells what the blast did).
    /// </summary>
    private int IrrealisReachOfParticiple(int verbStart)
    {
        var from = Math.Max(0, verbStart - 6);
        if (!_tokens[verbStart].Lower.EndsWith("ing", StringComparison.Ordinal)) return from;
        for (var k = verbStart - 1; k >= from; k--)
            if (_tokens[k].Text == ",") return k + 1;
        return from;
    }

    private bool Irrealis(int from, int to)
    {
        var cues = _lexicon.Cue("irrealis");
        for (var k = from; k < to; k++)
        {
            if (_clause[k] != _clause[Math.Max(0, to - 1)]) continue;
            var lower = _tokens[k].Lower;
            if (lower.Contains("n't")) return true;
            if (cues.MatchAt(_tokens, k, out _) > 0) return true;
        }
        return false;
    }

    /// <summary>
    /// "a Croatian soldier", "the head of a militia", "a former MP": after a kill/injure word a
    /// singular head noun is one person even when the lexicon does not know the noun.
    /// </summary>
    /// <summary>"ALP commander Zahir", "police chief Abdul Rahim": a singular victim noun and the capitalised name after it.</summary>
    private bool IsNamedPerson(int start, int end)
    {
        var name = end;
        while (name > start && _tokens[name - 1].IsWord && char.IsUpper(_tokens[name - 1].Text[0])) name--;
        return name < end && name > start && ParseVictim(start, name) is { Singular: true } v && (v.Known || v.Generic);
    }

    private bool IsOnePerson(Victim victim, int start, int end)
    {
        if (victim.Known || victim.Generic) return victim.Singular;
        var of = start;
        while (of < end && _tokens[of].Lower != "of") of++;
        if (of == start) return false;
        var head = _tokens[of - 1];
        return head.IsWord && head.Text.All(c => char.IsLetter(c) || c is '-' or '\'' or '\u2019')
               && !(head.Lower.EndsWith('s') && !head.Lower.EndsWith("ss")) && !_lexicon.Cue("not-person").Contains(_tokens, of - 1)
               && !_pronouns.Contains(head.Lower);
    }

    private static bool IsBareNumber(WordToken t) => t.IsDigits && t.Text.All(c => char.IsDigit(c) || c is ',' or '.');

    private Quantity One(int token, string rule)
    {
        var t = _tokens[token];
        return new Quantity(new Span(t.Start, t.End), rule, t.Text, 1, 1, 1, QuantityQualifier.Exact);
    }

    private Quantity Zero(int start, int end)
    {
        var span = new Span(_tokens[start].Start, _tokens[end - 1].End);
        return new Quantity(span, "casualty.zero", span.Of(_text), 0, 0, 0, QuantityQualifier.Exact);
    }

    private string TextOf(int start, int end) => _text[_tokens[start].Start.._tokens[end - 1].End];
}
