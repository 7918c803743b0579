using System.Security.Cryptography;
using System.Text;
using Sitrep.Actors;
using Sitrep.Geo;
using Sitrep.Pipeline;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Events;

/// <summary>
/// Turns annotated sentences into event mentions. Per sentence: find trigger phrases
/// (events/triggers.tsv), group the triggers of one clause that describe one event (the most
/// specific sub-type wins), find agent and target in the clause, pick place, date and casualties,
/// read the modality, and record the span and rule behind every field. A sentence that only
/// adds casualties ("Two policemen were killed.") continues the event of the sentence before.
/// </summary>
public sealed partial class EventExtractor(TriggerLexicon lexicon, ActorDictionary actors, DefaultAgents defaults) : IAnnotator
{

    public static EventExtractor Load(DataPack data) =>
        data.Get(d => new EventExtractor(TriggerLexicon.Load(d), ActorDictionary.Load(d), DefaultAgents.Load(d))
        {
            CodedTotals = CodedTotals.Load(d),
            Localiser = new ActorLocaliser(ActorDictionary.Load(d), d.ReadLines(ActorLocaliser.FamiliesFile), d.ReadLines(ActorLocaliser.CountriesFile)),
        });

    public string Name => "events";

    public IReadOnlyList<Layer> Requires { get; } = [Layer.Sentences, Layer.Times, Layer.Places, Layer.Actors, Layer.Quotes, Layer.Casualties];

    public IReadOnlyList<Layer> Produces { get; } = [Layer.Events];

    public TriggerLexicon Lexicon { get; } = lexicon;
    public ActorDictionary Actors { get; } = actors;
    public DefaultAgents Defaults { get; } = defaults;

    /// <summary>A coder's stated total ("Fatalities coded as 0"), which overrides the sentences' figures; none when null.</summary>
    public CodedTotals? CodedTotals { get; init; }

    /// <summary>Makes a conventional agent (written for Afghanistan) the actor of the event's country; none when null.</summary>
    public ActorLocaliser? Localiser { get; init; }

    public void Annotate(Document document)
    {
        var drafts = new List<EventDraft>();
        EventDraft? previousViolent = null; // of the sentence before, for continuations
        EventDraft? lastViolent = null; // of the article so far, for "the strike ..." told again
        List<EventDraft> previousDrafts = []; // of the sentence before, for a capture's defenders leaving
        EventDraft? lastProtest = null; // for stones thrown a sentence or two later
        // a title-only item (an RSS title, a citation string) has no body to tell its event: the title tells it
        var titleOnly = document.Sentences.All(sentence => IsHeadline(document, sentence));
        var actorsIn = SentenceBuckets<ActorMention>.Of(document.Sentences, document.Actors);
        var placesIn = SentenceBuckets<PlaceMention>.Of(document.Sentences, document.Places);
        for (var position = 0; position < document.Sentences.Count; position++)
        {
            var sentence = document.Sentences[position];
            if (!titleOnly && IsHeadline(document, sentence)) { previousViolent = null; continue; }
            var s = actorsIn is null || placesIn is null
                ? new SentenceContext(document, sentence, Lexicon.Words)
                : new SentenceContext(document, sentence, Lexicon.Words, actorsIn.In(position), placesIn.In(position));
            var found = Lexicon.Find(document.Text, s.Tokens, s.Lower, i => s.Actors.Any(a => a.EndToken == i));
            var matches = Filter(s, found);
            s.Triggers = matches;
            var sentenceDrafts = Group(s, matches);
            MarkTransfersBefore(s, sentenceDrafts, previousDrafts);
            NameProtestBefore(s, found, drafts);
            previousDrafts = sentenceDrafts;
            if (ResponsibilityClaim.Find(s) is { } claim)
            {
                // "..., blaming the Taliban" names the perpetrator of this sentence's attack, else of the one before
                var claimed = ClaimedEvents.For(claim, sentence, sentenceDrafts, drafts, HasOwnFacts(s));
                foreach (var d in claimed) d.ClaimedAgent ??= claim.Agent;
                if (claimed.Count > 0)
                    sentenceDrafts.RemoveAll(d => !claimed.Contains(d) && (d.Main.Rule.Plover == "ACCUSE" || !HasOwnFacts(s)));
            }
            if (lastProtest is not null && sentenceDrafts.FirstOrDefault(d => TurnsViolent(s, d, lastProtest)) is { } unrest)
            {
                // "Some of them threw stones at police, and five were injured": the protest just told turned violent
                lastProtest.ProtestTurnedViolent = true;
                lastProtest.Continuations.Add(s);
                lastProtest.ExtraEvidence.Add(new Evidence("event_type", unrest.Main.Span, "event.protest-turned-violent", unrest.Main.Text));
                sentenceDrafts.Remove(unrest);
                if (sentenceDrafts.Count == 0) continue;
            }
            if (lastProtest is not null && CountsCrowdDead(s, sentenceDrafts, lastProtest))
            {
                lastProtest.ForceKilled = true;
                lastProtest.Continuations.Add(s);
                lastProtest.ExtraEvidence.Add(new Evidence("event_type", sentenceDrafts[0].Main.Span, "event.protest-dead-under-force", sentenceDrafts[0].Main.Text));
                continue;
            }
            if (lastProtest is not null && FiresOnTheCrowd(s, sentenceDrafts, lastProtest) is { } force)
            {
                // "Hundreds marched in Herat. Police opened fire on the crowd: 2 protesters killed.": force used on the protest just told
                lastProtest.ForceKilled = true;
                lastProtest.Continuations.Add(s);
                lastProtest.Arguments.Add(force);
                lastProtest.ExtraEvidence.Add(new Evidence("event_type", force.Trigger.Span, "event.protest-fired-on", force.Trigger.Text));
                continue;
            }
            if (sentenceDrafts.Count > 0 && lastViolent is { } told
                && sentenceDrafts.Where(d => RefersBackTo(s, d, told)).ToList() is [var refinement, ..])
            {
                told.Refinements.Add(refinement);
                sentenceDrafts.Remove(refinement);
                if (sentenceDrafts.Count == 0) { previousViolent = told; continue; }
            }
            if (previousViolent is not null && IsCloseAfter(previousViolent.LastSentence, sentence) && Continues(s, sentenceDrafts, previousViolent))
            {
                previousViolent.Continuations.Add(s);
                var added = sentenceDrafts.SelectMany(d => d.Arguments).Select(a => a.Agent).FirstOrDefault(a => a is not null);
                if (added is not null) previousViolent.ContinuationAgent = added;
                continue;
            }
            drafts.AddRange(sentenceDrafts);
            lastProtest = sentenceDrafts.LastOrDefault(d => Family(d.Main.Rule) == "protest") ?? lastProtest;
            // a sentence with no event of its own ("By Sunday, the government said it held the city.") does not end the story
            // "..., a week after it fell to the Taliban": the toll that follows is the main clause's
            if (sentenceDrafts.Count > 0)
                previousViolent = sentenceDrafts.LastOrDefault(d => d.IsViolent && BackgroundCue(s, d, d.Main) is null) ?? sentenceDrafts.LastOrDefault(d => d.IsViolent);
            lastViolent = previousViolent ?? lastViolent;
        }
        var country = EventCountry(document);
        var mentions = drafts.Select(d => Build(document, d, country, titleOnly)).OfType<EventMention>().ToList();
        var reviewed = EventReview.Review(document, OperationsAsFrames(mentions), titleOnly);
        document.Events.AddRange(CodedTotals is { } coded ? coded.Apply(document.Text, reviewed) : reviewed);
    }

    /// <summary>
    /// "Security forces launched an operation in Mir Ali ... Jets struck a compound, killing 12": an operation is
    /// the vaguest name of a fight, so where the article tells another act of violence the operation is its
    /// frame, not a second event; it tells the event only where nothing more specific does.
    /// </summary>
    private static List<EventMention> OperationsAsFrames(List<EventMention> mentions)
    {
        bool IsOperation(EventMention m) => m.Evidence.Any(e => e.Field == "event_type" && e.Rule.StartsWith("trigger.clash.operation", StringComparison.Ordinal));
        if (!mentions.Any(m => m.Counts && ViolentTypes.Contains(m.EventType) && !IsOperation(m))) return mentions;
        return [.. mentions.Select(m => m.Counts && IsOperation(m)
            ? m with
            {
                Modality = Modality.Repeat,
                Evidence = [.. m.Evidence.Where(e => e.Field != "modality"), new Evidence("modality", m.Trigger, "event.operation-frame", m.TriggerText)],
            }
            : m)];
    }

    /// <summary>
    /// Civilians named as a crowd ("hundreds of villagers", "a crowd", "angry residents"): many acting together,
    /// not "a man who set fire to his house". Protesters who burn are left to the protest rules.
    /// </summary>
    private bool IsCrowd(SentenceContext s, FoundArgument agent)
    {
        if (agent.Slot.Mention.Actor.Type == ActorType.Rioters) return true;
        var words = agent.Slot.Mention.Text.ToLowerInvariant().Split(' ');
        // "hundreds of villagers", "angry residents", "a crowd": a crowd is told by its size or mood, not by a plural alone ("unidentified persons")
        if (words.Any(Lexicon.CrowdCues.Contains)) return true;
        for (var k = agent.Slot.FirstToken - 1; k >= Math.Max(0, agent.Slot.FirstToken - 2); k--)
            if (Lexicon.CrowdCues.Contains(s.Lower[k])) return true;
        return false;
    }

    /// <summary>A heading line (no final punctuation) restates the story; events come from the body.</summary>
    private static bool IsHeadline(Document document, Sentence sentence)
    {
        if (sentence.Rule == "sentence.line" && document.Text[sentence.Span.End - 1] is not ('.' or '!' or '?' or '"' or '\u201D')) return true;
        // "Afghan Peace Talks Hostage To The American Vote!": a title-case line is a title
        if (document.Text[sentence.Span.End - 1] == '.') return false;
        var words = document.Words.LexOf(sentence.Span).Tokens
            .Where(t => t.IsWord && char.IsLetter(t.Text[0]) && t.Text.Length > 3).ToList();
        return words.Count >= 3 && words.Count(w => char.IsUpper(w.Text[0])) * 10 >= words.Count * 8;
    }

    /// <summary>Drops readings that the context rules out ("captured" with neither place nor actor after it).</summary>
    private List<TriggerMatch> Filter(SentenceContext s, List<TriggerMatch> matches)
    {
        if (matches.Count == 0) return []; // most sentences: nothing to filter, and the tests below read every word
        var accident = s.Lower.Any(Lexicon.AccidentCues.Contains);
        return [.. matches.Where(m => !(accident && (m.Rule.IsCasualtyOnly || m.Rule.Mode == "aerial" && m.IsNounPhrase))) // "two helicopters collided, killing nine"
            .Where(m => !(IsAnaphoric(s, m) && (!HasOwnFacts(s) || IsAnaphoricSubject(s, m)))) // "calling the attack a mistake" refers back
            .Where(m => !IsAllegation(s, m)) // "a man they accused of planting bombs": the alleged act is not this event
            .Where(m => !(IsFoiledAct(s, m) && matches.Any(k => k.Rule.IsCasualtyOnly && !k.IsNounPhrase && k.FirstToken < m.FirstToken)))
            .Where(m => !(m.Rule.Plover == "REJECT" && RejectsAStatement(s, m))) // "rejected the claim": a denial, not a political act
            .Where(m => m.Rule.IsViolent || !s.Actors.Any(a => a.Mention.Span.Contains(m.Span))) // "Resolute Support" is no SUPPORT
            .Where(m => m.Rule.Arguments != ArgumentPattern.NeedsObject || HasCompoundSubject(s, m)
            || s.Places.Any(p => p.FirstToken >= m.EndToken && p.FirstToken <= m.EndToken + 3)
            || s.Actors.Any(a => a.FirstToken >= m.EndToken && a.FirstToken <= m.EndToken + 3))
            .Where(m => m.Rule.Arguments != ArgumentPattern.NeedsPlace || NamesPlaceRightAfter(s, m))];
    }

    private static bool NamesPlaceRightAfter(SentenceContext s, TriggerMatch m)
    {
        var at = s.IsAny(m.EndToken, "the") ? m.EndToken + 1 : m.EndToken;
        return s.Places.Any(p => p.FirstToken == at && p.Mention.Place.Kind != PlaceKind.Country);
    }

    private List<EventDraft> Group(SentenceContext s, List<TriggerMatch> matches)
    {
        if (matches.Count == 0) return [];
        var groups = new Dictionary<(int Clause, string Family), EventDraft>();
        var order = new List<EventDraft>();
        foreach (var m in matches)
        {
            var clause = s.ClauseOf(m.FirstToken);
            var key = (clause.First, Family(m.Rule));
            if (!groups.TryGetValue(key, out var draft))
            {
                groups[key] = draft = new EventDraft(s, clause.First, clause.End);
                order.Add(draft);
            }
            draft.Triggers.Add(m);
            if (IsSupport(s, m)) draft.Supporting.Add(m);
            var passive = ArgumentFinder.IsPassive(s, m, Lexicon.Inflector);
            var (agent, target) = ArgumentFinder.Find(s, m, passive);
            draft.Arguments.Add((m, agent, target, passive));
        }
        // a clause that only counts casualties belongs to the violent event of its sentence
        foreach (var casualtyOnly in order.Where(d => d.Triggers.All(t => t.Rule.IsCasualtyOnly)).ToList())
        {
            var hosts = order.Where(d => d != casualtyOnly && d.IsViolent && !d.Triggers.All(t => t.Rule.IsCasualtyOnly)).ToList();
            // "..., a day after it fell to the Taliban, ... 23 insurgents were killed": background clauses host no casualties
            var mainClauses = hosts.Where(d => !IsBackgroundClause(s, d)).ToList();
            if (mainClauses.Count > 0) hosts = mainClauses;
            var host = hosts.LastOrDefault(d => d.ClauseFirst < casualtyOnly.ClauseFirst) ?? hosts.FirstOrDefault();
            // "Gunmen shot dead two employees ...; their driver was injured": with no attack named, the first
            // killing is the event, and a later clause that names no other place tells more of its victims
            host ??= order.FirstOrDefault(d => d != casualtyOnly && d.IsViolent && d.ClauseFirst < casualtyOnly.ClauseFirst
                && Places(s, casualtyOnly.ClauseFirst, casualtyOnly.ClauseEnd).Count == 0);
            if (host is null) continue;
            host.Triggers.AddRange(casualtyOnly.Triggers);
            host.Arguments.AddRange(casualtyOnly.Arguments);
            host.ClauseFirst = Math.Min(host.ClauseFirst, casualtyOnly.ClauseFirst);
            host.ClauseEnd = Math.Max(host.ClauseEnd, casualtyOnly.ClauseEnd);
            host.PlaceScope = (host.ClauseFirst, host.ClauseEnd);
            order.Remove(casualtyOnly);
        }
        // "found and defused a bomb", "seized explosives": the weapon named is the object of a disruption, not an explosion
        foreach (var disrupted in order.Where(d => d.Main.Rule.SubEventType == "Disrupted weapons use").ToList())
            order.RemoveAll(d => d.IsViolent && d.Triggers.All(t => t.IsNounPhrase && t.FirstToken > disrupted.Main.FirstToken && t.FirstToken - disrupted.Main.EndToken <= 6));
        MergeFightIntoCapture(s, order);
        MarkTransfers(order);
        MergeProtest(s, order);
        MergeDestructionIntoAttack(order);
        var result = new List<EventDraft>();
        foreach (var draft in order)
        {
            result.Add(draft);
            if (draft.IsViolent && SplitAtAndIn(draft) is { } second) result.Add(second);
            else if (draft.Main.Rule.IsCapture) result.AddRange(SplitCoordinatedPlaces(draft));
            if (SupportStrike(draft) is { } strike) result.Add(strike);
        }
        var violent = result.Where(d => d.IsViolent && d.TakesCasualties).ToList();
        if (violent.Count > 1)
            foreach (var d in violent) d.SharesSentence = true;
        return result;
    }

    /// <summary>
    /// "Gunmen killed 11 villagers and burned dozens of houses", "burned vehicles and killed 30
    /// travellers": property destroyed in the clause of an attack that kills is part of that attack
    /// (ACLED codes the attack, not a second, looting event), so the destruction is no event of its own.
    /// A passive toll ("Three vehicles were destroyed and 19 soldiers were killed") is no attack: it may
    /// continue the sentence before.
    /// </summary>
    private static void MergeDestructionIntoAttack(List<EventDraft> order)
    {
        foreach (var destruction in order.Where(d => d.Main.Rule.SubEventType == "Looting/property destruction").ToList())
        {
            if (order.FirstOrDefault(d => d != destruction && d.IsViolent && d.ClauseFirst == destruction.ClauseFirst
                    && d.Arguments.Any(a => a.Trigger.Rule.IsViolent && (!a.Trigger.Rule.IsCasualtyOnly || !a.Passive))) is not { } attack) continue;
            attack.ExtraEvidence.Add(new Evidence("split", destruction.Main.Span, "event.destruction-in-attack", destruction.Main.Text));
            order.Remove(destruction);
        }
    }

    /// <summary>
    /// "retook the district headquarters ... after clashes in which five soldiers and 18 insurgents died":
    /// the fight that won the place is the capture's own battle (ACLED codes one event with its dead), so
    /// an "after/following" clause that tells the fighting joins the capture told before it.
    /// </summary>
    private static void MergeFightIntoCapture(SentenceContext s, List<EventDraft> order)
    {
        foreach (var fight in order.Where(d => d.IsViolent && d.Main.Rule.EventType == "Battles" && d.Main.Rule.SubEventType == "Armed clash"
                     && d.Main.Rule.Arguments == ArgumentPattern.Between && FollowsAfter(s, d)).ToList())
        {
            var capture = order.LastOrDefault(d => d != fight && d.IsViolent && d.ClauseFirst < fight.ClauseFirst
                && (d.Main.Rule.IsCapture || d.Main.Rule.SubEventType == "Government regains territory"));
            if (capture is null) continue;
            capture.Triggers.AddRange(fight.Triggers);
            capture.Arguments.AddRange(fight.Arguments);
            capture.ClauseEnd = Math.Max(capture.ClauseEnd, fight.ClauseEnd);
            capture.ExtraEvidence.Add(new Evidence("split", fight.Main.Span, "event.fight-of-capture", fight.Main.Text));
            order.Remove(fight);
        }
    }

    /// <summary>The clash is told as what came first: "after (heavy) clashes", "following two days of fighting".</summary>
    private static bool FollowsAfter(SentenceContext s, EventDraft d)
    {
        for (var k = d.Main.FirstToken - 1; k >= Math.Max(0, d.Main.FirstToken - 5); k--)
        {
            if (!s.Tokens[k].IsWord) return false;
            if (s.Lower[k] is "after" or "following") return true;
        }
        return false;
    }

    private static bool IsBackgroundClause(SentenceContext s, EventDraft d) =>
        s.IsAny(d.ClauseFirst, "after", "before", "since", "when", "as", "because", "although")
        || d.ClauseFirst > 0 && s.IsAny(d.ClauseFirst + 1, "after", "before") && s.IsAny(d.ClauseFirst - 1, ",");

    private static string Family(TriggerRule rule) =>
        rule.Arguments == ArgumentPattern.TransferCue ? "transfer-cue"
        : rule.IsViolent ? "violence"
        : rule.EventType is "Protests" or "Riots" ? "protest"
        : rule.Plover ?? rule.EventType + "/" + rule.SubEventType;

    /// <summary>
    /// A sentence continues the previous event when all it adds is a casualty count or an anaphoric
    /// "this attack" — no place, no date and no trigger of its own.
    /// </summary>
    private static bool Continues(SentenceContext s, List<EventDraft> drafts, EventDraft previous)
    {
        // "The Logar police said ...": a place of the same province as the event is no new scene
        if (!Provinces(s).IsSubsetOf(Provinces(previous.Sentence))) return false;
        var hasToll = Document.Within(s.Document.Casualties, s.Sentence.Span).Any();
        // "A wounded boy died on Sunday, bringing the death toll to six": the day of a later death dates no new event
        var update = Document.Within(s.Document.Casualties, s.Sentence.Span).Any(c => c.Rule.StartsWith(CasualtySentence.TollUpdateRule, StringComparison.Ordinal));
        if (Document.Within(s.Document.Times, s.Sentence.Span).Any(t => !t.IsDuration && !(hasToll && (update || IsTollSoFar(s.Document, t))))) return false;
        if (drafts.Count == 0) return hasToll;
        // "Six civilians died after mortar rounds hit their homes", "In exchange of fire, nine were killed":
        // a toll sentence whose attack is only its setting, at no place the event's sentence does not name, tells that event's dead
        var setting = hasToll && Places(s, 0, int.MaxValue).IsSubsetOf(Places(previous.Sentence, 0, int.MaxValue));
        // "One soldier was killed; the rebels withdrew carrying their wounded": a toll told with the attackers' retreat still continues the fight
        return drafts.All(d => d.IsViolent && d.Triggers.All(t => t.Rule.IsCasualtyOnly || IsAnaphoric(s, t) || RepelsTold(s, t, d) || setting && IsSetting(s, t))
            || hasToll && d.Triggers.All(t => t.Rule.Arguments == ArgumentPattern.TransferCue || t.Rule.Plover == "RETREAT"));
    }

    /// <summary>How many days back a toll "since Saturday" may reach and still be the fighting just told.</summary>
    private const int TollSoFarDays = 7;

    /// <summary>
    /// "25 Taliban have been killed since Saturday", "..., the ministry said on Monday": a toll so far or the
    /// day of a statement dates no new event, so the sentence may still count the dead of the one told before.
    /// </summary>
    private static bool IsTollSoFar(Document document, TimeExpression t) =>
        t.Role == TimeRole.Statement
        || t.Role == TimeRole.Since && t.Start is { } from && document.ReferenceDate is { } reference
           && from <= reference && reference.DayNumber - from.DayNumber <= TollSoFarDays;

    /// <summary>"after a siege", "in the exchange of fire": a trigger governed by a setting preposition (articles between).</summary>
    private static bool IsSetting(SentenceContext s, TriggerMatch t)
    {
        var k = t.FirstToken - 1;
        // "during an intense exchange of fire", "in the ensuing gunfight": an article and up to two describing words
        for (var adjectives = 0; k >= 0 && adjectives < 2 && !s.IsIn(k, s.Words["toll-setting"]) && !s.IsAny(k, "the", "a", "an")
            && s.Tokens[k].IsWord && char.IsLower(s.Tokens[k].Text[0]); adjectives++) k--;
        while (k >= 0 && s.IsAny(k, "the", "a", "an")) k--;
        return k >= 0 && s.IsIn(k, s.Words["toll-setting"]);
    }

    /// <summary>
    /// The next sentence of the paragraph, or the first of the next paragraph, or one further when a
    /// sentence with no event stands between: wire copy gives the toll its own paragraph after the lead.
    /// </summary>
    private static bool IsCloseAfter(Sentence told, Sentence sentence) =>
        sentence.Index - told.Index == 1 || sentence.Index - told.Index == 2 && sentence.Paragraph - told.Paragraph <= 1;

    /// <summary>How many sentences back a definite "the strike" may point.</summary>
    private const int AnaphoraReach = 3;

    /// <summary>
    /// "The strike hit a group of labourers in Khogyani late on Wednesday night", two sentences after
    /// "A drone strike killed 30 civilians": a violent event named only by a definite noun, close
    /// after one the article told, in the same province (or one of them unplaced), on a day the first
    /// telling allows, is that event told in more detail.
    /// </summary>
    private static bool RefersBackTo(SentenceContext s, EventDraft draft, EventDraft told)
    {
        if (!draft.IsViolent || s.Sentence.Index - told.Sentence.Sentence.Index is < 1 or > AnaphoraReach) return false;
        var named = draft.Triggers.Where(t => !t.Rule.IsCasualtyOnly && !IsIntended(s, t)).ToList();
        if (named.Count == 0 || !named.All(t => IsAnaphoric(s, t) || RepelsTold(s, t, draft))) return false;
        var provinces = Provinces(told.Sentence);
        var here = Provinces(s, draft.ClauseFirst, draft.ClauseEnd);
        return provinces.Count == 0 || here.Count == 0 || here.Overlaps(provinces);
    }

    /// <summary>
    /// "The mujahideen repelled the attack and killed 14", "police pushed back the assault": fending off an
    /// attack already told ("the attack") is the defenders' side of that event, not a second one.
    /// </summary>
    private static bool RepelsTold(SentenceContext s, TriggerMatch t, EventDraft draft) =>
        t.Rule.Arguments == ArgumentPattern.Repel
        && (draft.Triggers.Any(o => o != t && o.FirstToken >= t.FirstToken && o.FirstToken <= t.EndToken + 2 && IsAnaphoric(s, o))
            || Enumerable.Range(t.FirstToken, t.EndToken - t.FirstToken).Any(k => s.IsAny(k, "the", "this", "that"))); // "pushed back the assault" is one match

    /// <summary>"fighters who were preparing to attack a checkpoint": an act only intended happened nowhere, so it tells no event of its own.</summary>
    private static bool IsIntended(SentenceContext s, TriggerMatch t) =>
        t.FirstToken >= 2 && s.IsAny(t.FirstToken - 1, "to") && s.IsIn(t.FirstToken - 2, s.Words["future-governor"]);

    private static HashSet<string> Places(SentenceContext s, int first, int end) =>
        [.. s.Places.Where(p => p.FirstToken >= first && p.EndToken <= end && !InsideActor(s, p) && p.Mention.Place.Kind != PlaceKind.Country && !IsWhereTreated(s, p))
            .Select(p => p.Mention.Place.Id)];

    /// <summary>"died of their wounds in hospital in Feroz Koh", "taken to hospitals in Kabul": where the wounded were treated is no scene.</summary>
    private static bool IsWhereTreated(SentenceContext s, PlaceSlot p) =>
        p.FirstToken >= 2 && s.IsAny(p.FirstToken - 1, "in", "to", "at") && s.IsAny(p.FirstToken - 2, "hospital", "hospitals", "clinic", "clinics");

    private static HashSet<string> Provinces(SentenceContext s, int first = 0, int end = int.MaxValue) =>
        [.. s.Places.Where(p => p.FirstToken >= first && p.EndToken <= end && !InsideActor(s, p) && p.Mention.Place.Kind != PlaceKind.Country)
            .Select(p => p.Mention.Place.Admin1 ?? p.Mention.Place.Name)];

    /// <summary>
    /// "shot dead a would-be suicide bomber", "killed a gunman who attempted to throw a grenade": the attack the
    /// dead man meant to make never happened; the killing told before it is the event.
    /// </summary>
    private static bool IsFoiledAct(SentenceContext s, TriggerMatch m)
    {
        if (!m.IsNounPhrase) return false;
        var k = m.FirstToken - 1;
        while (k >= 0 && s.Tokens[k].IsWord && !s.IsAny(k, "be", "to") && m.FirstToken - k <= 3) k--;
        if (k >= 2 && s.IsAny(k, "be") && s.IsAny(k - 1, "-") && s.IsAny(k - 2, "would")) return true;
        for (var i = m.FirstToken - 1; i >= Math.Max(1, m.FirstToken - 5) && s.Tokens[i].IsWord; i--)
            if (s.Lower[i] == "to" && s.IsIn(i - 1, s.Words["attempt-verb"])) return true;
        return false;
    }

    private static bool IsAllegation(SentenceContext s, TriggerMatch m)
    {
        for (var i = m.FirstToken - 1; i >= Math.Max(0, m.FirstToken - 4); i--)
        {
            if (!s.Tokens[i].IsWord) return false;
            if (s.Lower[i] is "of" or "with" && i > 0 && s.Lower[i - 1] is "accused" or "accusing" or "suspected" or "charged" or "convicted" or "guilty"
                || i > 1 && s.Lower[i] is "of" && s.Lower[i - 2] is "accused" or "accusing" or "suspected" or "charged")
                return true;
        }
        return false;
    }

    /// <summary>"is due to be completed", "will be withdrawn": a participle after a present or bare auxiliary tells no past ("was killed" does).</summary>
    private static bool IsParticiple(SentenceContext s, int token) =>
        s.IsAny(token - 1, "be", "being", "is", "are", "get", "gets", "to", "will");

    /// <summary>Words in -ed that announce what is yet to come ("scheduled for", "expected on").</summary>

    /// <summary>"launched an attack ... with a truck bomb": a regular past-tense verb in the clause narrates a past event ("United" is a name, not a verb).</summary>
    private static bool HasPastVerb(SentenceContext s, int first, int end)
    {
        for (var k = first; k < end && k < s.Lower.Length; k++)
            if (s.Tokens[k].IsWord && char.IsLower(s.Tokens[k].Text[0]) && s.Lower[k].Length >= 5 && s.Lower[k].EndsWith("ed", StringComparison.Ordinal)
                && !s.Words["plan-participle"].Contains(s.Lower[k]) && !IsParticiple(s, k))
                return true;
        return false;
    }

    /// <summary>
    /// "rejected the claim", "dismissed the reports", "rejected the Taliban's figure": what is rejected
    /// is what someone said, so the sentence denies, it does not act. The object phrase is read up
    /// to its first punctuation, a possessive's apostrophe excepted.
    /// </summary>
    private static bool RejectsAStatement(SentenceContext s, TriggerMatch m)
    {
        for (var k = m.EndToken; k < Math.Min(s.Tokens.Count, m.EndToken + 6); k++)
        {
            if (s.IsIn(k, s.Words["statement-noun"])) return true;
            if (!s.Tokens[k].IsWord && s.Tokens[k].Text is not ("'" or "\u2019")) return false;
        }
        return false;
    }

    /// <summary>"Taliban fighters and Afghan forces fought": two sides named right before the verb.</summary>
    private static bool HasCompoundSubject(SentenceContext s, TriggerMatch m)
    {
        var last = s.Actors.LastOrDefault(a => a.EndToken <= m.FirstToken);
        return last is not null && m.FirstToken - last.EndToken <= 1
            && s.Actors.Any(a => a.EndToken < last.FirstToken && a.EndToken >= last.FirstToken - 3
                && Enumerable.Range(a.EndToken, last.FirstToken - a.EndToken).Any(k => s.Lower[k] == "and"));
    }

    /// <summary>
    /// "recaptured the district, a week after it fell to the Taliban", "protested after the killing of
    /// three shepherds": an event told as the backdrop of another event of the sentence. The token of
    /// "after", "before", "since" or "following" that subordinates it, if any.
    /// </summary>
    private static int? BackgroundCue(SentenceContext s, EventDraft draft, TriggerMatch main)
    {
        var others = s.Triggers.Where(t => t.FirstToken < main.FirstToken && !draft.Triggers.Contains(t) && !t.Rule.IsCasualtyOnly).ToList();
        if (others.Count == 0) return null;
        for (var k = main.FirstToken - 1; k >= Math.Max(0, main.FirstToken - 6); k--)
        {
            // "after a week-long siege": the hyphen of a compound is part of the noun phrase
            if (!s.Tokens[k].IsWord && !(s.Lower[k] == "-" && k > 0 && s.Tokens[k - 1].End == s.Tokens[k].Start) || others.Any(t => t.EndToken > k)) return null;
            if (s.Lower[k] is "after" or "before" or "since" or "following") return k;
        }
        return null;
    }

    /// <summary>"backed by air strikes", "with the support of helicopter gunships": the help an act had, not the act.</summary>
    private static bool IsSupport(SentenceContext s, TriggerMatch m)
    {
        if (!m.IsNounPhrase) return false;
        for (var i = m.FirstToken - 1; i >= Math.Max(1, m.FirstToken - 4) && s.Tokens[i].IsWord; i--)
            if (s.Lower[i] == "by" && s.IsAny(i - 1, "backed", "supported", "aided", "assisted", "helped", "covered")
                || s.Lower[i] is "of" or "from" && s.IsAny(i - 1, "support", "help", "cover", "backing"))
                return true;
        return false;
    }

    /// <summary>"the ceasefire began on June 5", "the truce took effect at midnight": the named agreement starts here.</summary>
    private static bool TakesEffect(SentenceContext s, TriggerMatch noun, int clauseEnd)
    {
        for (var k = noun.EndToken; k < clauseEnd; k++)
        {
            if (s.Lower[k] is "began" or "begun" or "started" or "starts" or "begins") return true;
            if (s.Lower[k] is "took" or "takes" or "came" or "comes" or "went" or "entered" && s.IsAny(k + 1, "effect", "into", "hold")) return true;
        }
        return false;
    }

    /// <summary>"this attack", "the talks", "the US-Taliban peace deal": a noun that refers to something already told.</summary>
    private static bool IsAnaphoric(SentenceContext s, TriggerMatch t)
    {
        if (!t.IsNounPhrase) return false;
        for (var i = t.FirstToken - 1; i >= Math.Max(0, t.FirstToken - 4); i--)
        {
            if (s.Lower[i] is "this" or "that" or "the" or "these" or "those") return true;
            if (!(s.Tokens[i].IsWord || s.Lower[i] == "-") || s.Lower[i] is "a" or "an" or "of" or "in" or "on" or "and") return false;
        }
        return false;
    }

    /// <summary>
    /// "The attack came as ...", "The assault was the third ...", "Under the deal, ...": a sentence
    /// that opens with the event told before and says what it came with, what it was or what it
    /// brings comments on it, whatever else it names.
    /// </summary>
    private static bool IsAnaphoricSubject(SentenceContext s, TriggerMatch t) =>
        t.FirstToken <= 2 && s.IsAny(t.FirstToken - 1, "the", "this", "that", "these", "those")
        && (s.IsIn(VerbAfterSubject(s, t), s.Words["comment-verb"])
            || s.IsAny(0, "under", "despite", "following", "after", "since", "before") && t.FirstToken == 2); // "Under the deal, ..."

    /// <summary>The word after the subject noun, past a place phrase ("The fighting in Helmand has ...").</summary>
    private static int VerbAfterSubject(SentenceContext s, TriggerMatch t)
    {
        var k = t.EndToken;
        if (s.IsAny(k, "in", "on", "near", "around") && s.Places.FirstOrDefault(p => p.FirstToken > k && p.FirstToken <= k + 2) is { } place) k = place.EndToken;
        return k;
    }

    /// <summary>A place below the country (not one referred back to: "the city"), a date or a casualty figure makes a sentence report something of its own.</summary>
    private static bool HasOwnFacts(SentenceContext s) =>
        s.Places.Any(p => p.Mention.Place.Kind != PlaceKind.Country && p.Mention.Rule != PlaceAnaphora.Rule)
        || Document.Within(s.Document.Times, s.Sentence.Span).Any(t => !t.IsDuration)
        || Document.Within(s.Document.Casualties, s.Sentence.Span).Any();

    /// <param name="titleOnly">The text is a title with no body: a killing it tells by its doer ("Army says it neutralised 57 terrorists") is its event, placed or not.</param>
    /// <param name="country">The article's foreign country (<see cref="EventCountry"/>), found once for all its events.</param>
    private EventMention? Build(Document document, EventDraft draft, string? country, bool titleOnly = false)
    {
        var s = draft.Sentence;
        var main = draft.Main;
        var kind = draft.NamedAs?.Rule ?? main.Rule; // what the event is: a later "the demonstration" may say
        var evidence = new List<Evidence>();
        foreach (var t in draft.Triggers.OrderBy(t => t.FirstToken))
            evidence.Add(new Evidence("trigger", t.Span, t.Rule.RuleId, t.Text));

        // agent and target: the winning trigger's first, then the other triggers', by rank
        var ranked = draft.Arguments
            .Select(a => a.Agent?.Rule == "arg.subject" && a.Trigger.Rule.Arguments != ArgumentPattern.Between && VictimSlots.IsVictim(draft, a.Agent) ? a with { Agent = null } : a)
            .OrderByDescending(a => a.Trigger == main).ThenByDescending(a => a.Trigger.Rule.Rank).ToList();
        // "our hospital received casualties from an explosion", "a wedding hall bombing": a site stands for the people it
        // holds only as what was hit
        var firstAgent = ranked.Select(a => a.Agent).FirstOrDefault(a => a is not null);
        var site = firstAgent?.Slot.Mention.Rule == ActorAnnotator.SiteRule ? firstAgent : null;
        var agent = site is null ? firstAgent : ranked.Select(a => a.Agent).FirstOrDefault(a => a is not null && a.Slot.Mention.Rule != ActorAnnotator.SiteRule);
        // "a crowd beat to death a man": civilians may act on civilians
        var target = ranked.Where(a => a.Target is { } t && t.Slot != agent?.Slot
            && (t.Slot.Mention.Actor.Id != agent?.Slot.Mention.Actor.Id || agent.Slot.Mention.Actor.Type == ActorType.Civilians && a.Trigger == main)
            && !OwnSide.IsAgentsOwnMen(t.Slot.Mention, agent)).Select(a => a.Target).FirstOrDefault() ?? site;
        // "six policemen killed in an attack on a checkpoint": the post attacked is typed by default, the forces who died there say whose it was
        if (target?.Slot.Mention.Actor.Type == ActorType.StateForces
            && draft.Arguments.Select(a => a.Trigger.Rule.IsCasualtyOnly ? a.Target : null)
                .FirstOrDefault(d => d is not null && d.Slot.Mention.Actor.Type == ActorType.StateForces && d.Slot.Mention.Actor.Id != agent?.Slot.Mention.Actor.Id
                    && d.Slot.Mention.Actor.Id != target.Slot.Mention.Actor.Id) is { } dead)
            target = dead;
        agent ??= draft.ContinuationAgent;
        if (agent is null && target is null) agent = SubjectOfEarlierClause(s, draft);
        // "police said they had arrested four men": a pronoun subject is the group before it, whatever the object
        else if (agent is null && !draft.Main.Rule.IsCasualtyOnly) agent = Pronoun(s, draft);
        if (draft.ClaimedAgent is { } claimedBy && (agent is null || ActorAnnotator.IsUnnamed(agent.Slot.Mention)))
        {
            agent = claimedBy;
            // "..., blaming the Taliban": the blamed group read as the clause's object is the attacker, not its target
            if (target?.Slot.Mention.Actor.Id == agent.Slot.Mention.Actor.Id) target = null;
        }
        if (Family(kind) == "protest")
        {
            // the crowd is the agent and the force that intervenes the target, whichever trigger named them
            var agents = draft.Arguments.Select(a => a.Agent).Where(a => a is not null).ToList();
            var force = agents.FirstOrDefault(a => a!.Slot.Mention.Actor.Type is ActorType.StateForces);
            agent = agents.FirstOrDefault(a => a!.Slot.Mention.Actor.Type is not (ActorType.StateForces or ActorType.ExternalForces));
            target = force ?? draft.Arguments.Select(a => a.Target).FirstOrDefault(a => a?.Slot.Mention.Actor.Type is ActorType.StateForces);
        }

        // force used on a crowd is violent too: "police fired on protesters, killing two" counts its dead
        var casualties = draft.TakesCasualties && (draft.IsViolent || draft.ProtestTurnedViolent || IsForceOnCrowd(draft)) ? CasualtiesOf(document, draft) : [];
        var victims = VictimActor(s, casualties, agent);
        // "a drone strike aimed at an Islamic State hideout killed 30 civilians": who died, not who was aimed at
        if (target is null || victims?.Slot.Mention.Actor.Type == ActorType.Civilians && IsIntended(s, target))
            target = victims ?? target;
        // "an air strike on a village killed eight Taliban fighters", "two policemen and a civilian were killed when militants attacked":
        // armed men told first among the dead say whom the blow was at, not the place they were in nor a bystander who died with them
        // ("killing 19 civilians and 3 armed men" stays an attack on the civilians)
        if (target?.Slot.Mention is { Actor.Type: ActorType.Civilians } hit && ActorAnnotator.IsUnnamed(hit) && ArmedDead(s, casualties, agent) is { } armed)
            target = armed;
        // "advanced north of Kunduz and captured the villages": ground taken is no civilian target, whichever trigger named it
        if (target?.Slot.Mention.Rule == ActorAnnotator.SiteRule && ArgumentFinder.TakesGround(kind)) target = null;
        // "captured Kunduz city ..., 14 civilians were killed": a town is taken from its defenders, whoever died in it
        if (main.Rule.IsCapture && target?.Slot.Mention.Actor.Type == ActorType.Civilians && target == victims)
            target = CaptureDefender.Find(s, agent, Actors, fought: draft.TransferCue is null) ?? target;
        if (target is null && (main.Rule.IsCapture || main.Rule.SubEventType == "Government regains territory"))
            target = CaptureDefender.Find(s, agent, Actors, fought: draft.TransferCue is null);
        // "16 ADF rebels killed near Oicha; 2 soldiers dead": where only tolls are told and they count dead of both sides, the two sides fought
        if (agent is null && target is not null && draft.Triggers.All(t => t.Rule.IsCasualtyOnly))
            agent = ClaimantOfEnemyDead(s, casualties, target) ?? OtherSideDead(s, casualties, target);
        agent = Named(s, agent);
        target = Named(s, target);

        var (eventType, subType, typeRule) = ResolveType(draft, main, agent, target);
        // a protest's crowd is its agent, the force that met it the target (as for every protest)
        if (typeRule.EndsWith(ForceOnProtestersRule, StringComparison.Ordinal)) (agent, target) = (target, agent);
        evidence.Add(new Evidence("event_type", main.Span, typeRule, main.Text));
        if (subType is not null) evidence.Add(new Evidence("sub_event_type", main.Span, typeRule, main.Text));
        if (kind.Plover is not null) evidence.Add(new Evidence("plover", main.Span, kind.RuleId, main.Text));
        if (kind.Mode is not null) evidence.Add(new Evidence("plover_mode", main.Span, kind.RuleId, main.Text));

        var place = PlaceOf(draft, main, evidence);
        var date = DateOf(document, draft, main, evidence);
        foreach (var refinement in draft.Refinements)
            (place, date) = Refine(document, refinement, place, date, evidence);
        // a merged protest is as real as the protest itself ("police fired in the air to disperse them")
        var modalityTrigger = Family(kind) == "protest" ? draft.Triggers.OrderBy(t => t.FirstToken).First() : main;
        var modality = ModalityDetector.Read(s, modalityTrigger, date, document.ReferenceDate);
        // "a bomb could explode": a noun takes its mood from the verb of its event
        if (modality.Modality == Modality.Asserted && modalityTrigger.IsNounPhrase
            && draft.Triggers.FirstOrDefault(t => !t.IsNounPhrase && !t.Rule.IsCasualtyOnly) is { } verb
            && ModalityDetector.Read(s, verb, date, document.ReferenceDate) is { Rule: "modality.modal" or "modality.negation" or "modality.future-auxiliary" } verbMood)
            modality = verbMood;
        var narratedInPast = draft.Triggers.Any(t => t.VerbLemma is { } lemma && Lexicon.Inflector.IsPastForm(lemma, t.HeadForm) && !IsParticiple(s, t.FirstToken))
            || HasPastVerb(s, draft.ClauseFirst, draft.ClauseEnd);
        if (modality.Modality.Counts() && BackgroundCue(s, draft, main) is { } after
            && !(date?.Source == EventDating.OwnClause && Provinces(s, draft.ClauseFirst, draft.ClauseEnd).Count > 0))
            modality = new ModalityReading(Modality.Historical, "modality.background-clause", s.Tokens[after].Span, null, null);
        var dateSpan = evidence.LastOrDefault(e => e.Field == "date")?.Span ?? main.Span;
        modality = EventReview.AfterPublication(modality, date, document.ReferenceDate, narratedInPast, dateSpan) ?? modality;
        var agentArg = Argument(agent, "agent", evidence);
        if (modality.Modality.Counts()) agentArg = Conventional(agentArg, eventType, subType, main, evidence, country);
        var targetArg = Argument(target, "target", evidence);
        if (ViolentTypes.Contains(eventType)) targetArg = ForeignTarget.AsForces(targetArg, Actors, evidence);
        if (draft.Arguments.Any(a => a.Passive && a.Trigger == main))
            evidence.Add(new Evidence("voice", main.Span, "arg.passive", main.Text));
        if (draft.TransferCue is { } transfer)
            evidence.Add(new Evidence("transfer", transfer.Span, transfer.Rule.RuleId, transfer.Text));

        if (!draft.IsViolent && kind.Plover is not null and not "PROTEST" && agent is null && target is null && modality.Modality.Counts())
            return null; // "the peace agreement" with nobody acting is background, not an interaction
        if (modality.Modality.Counts() && draft.Triggers.All(t => t.Rule.Arguments == ArgumentPattern.Reference) && !TakesEffect(s, main, draft.ClauseEnd))
            return null; // "the ceasefire largely held", "a deal was close": the agreement is named, not made
        if (kind.Plover is "CONSULT" or "COOPERATE" && target is null && modality.Modality.Counts())
            return null; // "during his visit": a consultation needs a counterpart
        if (eventType == "Protests" && agent?.Slot.Mention.Actor.Type is ActorType.StateForces or ActorType.RebelGroup or ActorType.PoliticalMilitia
            or ActorType.IdentityMilitia or ActorType.ExternalForces)
            return null; // "Taliban fighters gathered": armed groups do not protest
        if (draft.Triggers.All(t => t.Rule.IsCasualtyOnly || t.Rule.Arguments == ArgumentPattern.Operation)
            && !casualties.Any(c => c.Count.Value > 0) && !draft.Triggers.All(t => t.Rule.IsCasualtyOnly)
            && !FoughtAnArmedGroup(draft, target))
            return null; // "NDS conducted an operation and arrested three": an operation that hurt nobody is no fight
        if (draft.Triggers.All(t => t.Rule.IsCasualtyOnly) && modality.Modality.Counts()
            && (date?.Source is EventDating.Publication or EventDating.Reference && !s.Places.Any(p => p.Mention.Place.Kind != PlaceKind.Country)
                && !(titleOnly && agent is not null && casualties.Count > 0)
                || casualties.Count == 0 && target is null))
            return null; // "as many were killed as in the previous months": a count with neither place nor date is a statistic
        if (modality.Modality.Counts() && draft.Triggers.All(t => t.Rule.IsCasualtyOnly) && !s.Places.Any(p => p.Mention.Place.Kind is not (PlaceKind.Country or PlaceKind.Region))
            && casualties.Max(c => (long?)c.Count.Value) >= TallySize.Placeless)
            modality = new ModalityReading(Modality.Historical, "modality.placeless-tally", casualties[0].Span, null, null); // "more than 3,800 civilians were killed or wounded in the first half"
        if (modality.Modality.Counts() && casualties.Where(c => c.Kind == CasualtyKind.Killed).Sum(c => c.Count.Value) >= TallySize.WarTotal)
            modality = new ModalityReading(Modality.Historical, "modality.statistic", casualties[0].Span, null, null); // "more than 32,000 civilians had died"
        // "Police and insurgents clashed on Tuesday. Six insurgents were killed, a police spokesman said.":
        // the source of the toll that completes the event is the event's source
        if (modality.Modality == Modality.Asserted
            && draft.Continuations.Concat(draft.Refinements.Select(r => r.Sentence))
                .FirstOrDefault(n => casualties.Any(c => n.Sentence.Span.Contains(c.Span))) is { } toll
            && ModalityDetector.CitedSource(toll) is { } cited)
            modality = cited with { Rule = cited.Rule + "+event.continuation" };
        // "Mali: Dozens killed in attacks on three villages": a title tells one incident, so attacks it counts the dead of are that incident
        if (titleOnly && modality.Rule is "modality.aggregate" or "modality.aggregate-vague"
            && casualties.Any(c => c.Kind == CasualtyKind.Killed && c.Count.Value > 0) && casualties.All(c => c.Count.Value < TallySize.Placeless))
            modality = new ModalityReading(Modality.Asserted, "modality.title-toll", main.Span, null, null);
        var cue = modality.Cue ?? main.Span;
        evidence.Add(new Evidence("modality", cue, modality.Rule, cue.Of(document.Text)));
        if (modality.AttributedTo is not null)
        {
            var said = modality.AttributionSpan ?? cue;
            evidence.Add(new Evidence("attribution", said, modality.Rule, said.Of(document.Text)));
        }

        var (fatalities, injuries) = CasualtyTotals.For(casualties);
        Evidence? attackers = null;
        if (subType == "Suicide bomb" && fatalities is { } counted && SuicideAttackers(document, draft, casualties) is var (bombers, bomberRule))
        {
            // the attacker of a suicide attack is among its dead (one total across all sides, issue #18): a
            // text that reports it is counted as written; one that does not ("a suicide bomber ... killing
            // 10") adds the attackers to best and high, and low stays the figure as written
            fatalities = counted with { Best = counted.Best + bombers, High = counted.High + bombers };
            attackers = new Evidence("fatalities", main.Span, bomberRule, main.Text);
        }
        if (draft.SharedBy > 1)
            (fatalities, injuries) = (fatalities?.ShareOf(draft.Part, draft.SharedBy), injuries?.ShareOf(draft.Part, draft.SharedBy));
        foreach (var c in casualties)
            evidence.Add(new Evidence(c.Kind == CasualtyKind.Killed ? "fatalities" : "injuries", c.Span,
                c.Rule + (c.PartyClaim is null ? "" : "+claim.party-enemy-losses") + (draft.SharedBy > 1 ? $"+casualty.shared-by-{draft.SharedBy}" : "") + (s.Sentence.Span.Contains(c.Span) ? ""
                    : draft.Refinements.Any(r => r.Sentence.Sentence.Span.Contains(c.Span)) ? "+event.anaphora" : "+event.continuation"), c.Count.Text));
        if (attackers is not null) evidence.Add(attackers);
        evidence.AddRange(draft.ExtraEvidence);

        var id = EventId(document.Article.Id, main.Span, eventType, subType, draft.Part);
        return new EventMention
        {
            Id = id,
            ArticleId = document.Article.Id,
            EventType = eventType,
            SubEventType = subType,
            Plover = kind.Plover,
            PloverMode = kind.Mode,
            Trigger = main.Span,
            TriggerText = main.Text,
            Sentence = s.Sentence.Span,
            Agent = agentArg,
            Target = targetArg,
            Place = place,
            Date = date,
            Fatalities = fatalities,
            Injuries = injuries,
            AttributedTo = modality.AttributedTo,
            Modality = modality.Modality,
            Confidence = EventConfidence.Score(main, agent, target, place, date, casualties.Count > 0),
            Evidence = evidence,
        };
    }

    /// <summary>"The Taliban advanced ..., and captured the villages": the subject of an earlier clause carries over.</summary>
    private static FoundArgument? SubjectOfEarlierClause(SentenceContext s, EventDraft draft)
    {
        if (draft.Main.IsNounPhrase || draft.Main.Rule.IsCasualtyOnly) return null; // only a verb can share the subject of the clause before
        if (Pronoun(s, draft) is { } resolved) return resolved;
        if (draft.ClauseFirst == 0) return null;
        // "X advanced ..., and captured": coordination shares the subject; "X reported that ..." does not
        if (!s.IsAny(draft.ClauseFirst, "and", "then") && !s.IsAny(draft.ClauseFirst - 1, "and")) return null;
        var before = s.Actors.Where(a => a.EndToken <= draft.ClauseFirst).ToList();
        var subject = ArgumentFinder.Subject(s, before, 0);
        return subject is null ? null : new FoundArgument(subject, "arg.shared-subject");
    }

    /// <summary>
    /// "as he signed": "he" or "she" as the clause subject stands for the last person named before
    /// it in the paragraph (people's ids start with "p_" in the actor dictionary).
    /// </summary>
    private static FoundArgument? Pronoun(SentenceContext s, EventDraft draft)
    {
        var trigger = draft.Main.FirstToken;
        if (draft.Main.IsNounPhrase) return null;
        var from = Math.Max(draft.ClauseFirst, trigger - 3);
        var pronoun = Enumerable.Range(from, Math.Max(0, trigger - from))
            .Where(i => s.Lower[i] is "he" or "she" or "they").Select(i => (int?)i).FirstOrDefault();
        if (pronoun is not { } at) return null;
        if (s.Lower[at] == "they")
        {
            // "the Taliban captured 8 officers when they overran an outpost": the group that is the sentence's subject
            var group = ArgumentFinder.Subject(s, [.. s.Actors.Where(a => a.EndToken <= draft.ClauseFirst)], 0);
            return group is null || group.Mention.Actor.Id.StartsWith("p_", StringComparison.Ordinal) ? null : new FoundArgument(group, "arg.pronoun");
        }
        var offset = s.Tokens[at].Start;
        var person = s.Document.Actors.LastOrDefault(a => a.Span.End <= offset && a.Actor.Id.StartsWith("p_", StringComparison.Ordinal)
            && s.Document.SentenceAt(a.Span.Start)?.Paragraph == s.Sentence.Paragraph);
        return person is null ? null : new FoundArgument(new ActorSlot(person, at, at + 1), "arg.pronoun");
    }

    /// <summary>
    /// "launched an operation against secessionist terrorists in Ndop. Seven terrorists were neutralised": an
    /// operation against an armed group whose story goes on with a killing fought, even with no figure counted.
    /// </summary>
    private static bool FoughtAnArmedGroup(EventDraft draft, FoundArgument? target) =>
        (target is not null ? target.Slot.Mention.Actor.Type.IsArmed() && !target.Slot.Mention.Actor.Type.IsStateSide()
            : draft.Main.Text.EndsWith(" against", StringComparison.OrdinalIgnoreCase) || draft.Sentence.IsAny(draft.Main.EndToken, "against"))
        && draft.Continuations.Prepend(draft.Sentence)
            .Any(c => c.Triggers.Any(t => t.Rule.IsCasualtyOnly && t.Rule.Arguments == ArgumentPattern.Victims && !t.IsNounPhrase));

    /// <summary>The dead of an armed side other than the target's (state forces against a non-state group), if a toll names them.</summary>
    private static FoundArgument? OtherSideDead(SentenceContext s, List<Casualty> casualties, FoundArgument target)
    {
        var targetIsState = target.Slot.Mention.Actor.Type.IsStateSide();
        if (!target.Slot.Mention.Actor.Type.IsArmed()) return null;
        var mention = casualties.OrderBy(c => c.Span.Start)
            .Select(c => s.Document.Actors.FirstOrDefault(a => c.Span.Overlaps(a.Span) && a.Actor.Type.IsArmed() && a.Actor.Type.IsStateSide() != targetIsState))
            .FirstOrDefault(a => a is not null);
        return mention is null ? null : new FoundArgument(new ActorSlot(mention, 0, 0), "arg.other-side-dead");
    }

    /// <summary>"Taliban claim 40 ANA troops killed": a party that tells its enemy's losses claims to have inflicted them.</summary>
    private static FoundArgument? ClaimantOfEnemyDead(SentenceContext s, List<Casualty> casualties, FoundArgument target)
    {
        var targetIsState = target.Slot.Mention.Actor.Type.IsStateSide();
        var claimant = s.Actors.FirstOrDefault(a => a.Mention.Actor.Type.IsArmed() && a.Mention.Actor.Type.IsStateSide() != targetIsState
            && casualties.Any(c => c.PartyClaim is { } party && s.Sentence.Span.Contains(c.Span) && a.Mention.Text.Equals(party, StringComparison.OrdinalIgnoreCase)));
        return claimant is null ? null : new FoundArgument(claimant, "arg.claims-enemy-dead");
    }

    /// <summary>The actor first named among the killed of the event's toll (not the agent's own men), when it is an armed one.</summary>
    private static FoundArgument? ArmedDead(SentenceContext s, List<Casualty> casualties, FoundArgument? agent)
    {
        foreach (var c in casualties.Where(c => c.Kind == CasualtyKind.Killed && c.Count.Value > 0).OrderBy(c => c.Span.Start))
        {
            var mention = s.Document.Actors.FirstOrDefault(a => c.Span.Overlaps(a.Span) && a.Actor.Id != agent?.Slot.Mention.Actor.Id
                && !OwnSide.IsAgentsOwnMen(a, agent));
            if (mention is not null) return mention.Actor.Type.IsArmed() ? new FoundArgument(new ActorSlot(mention, 0, 0), "arg.casualty-victims") : null;
        }
        return null;
    }

    /// <summary>With no target in the clause, the victims named in a casualty figure are the target ("eight policemen were killed").</summary>
    private static FoundArgument? VictimActor(SentenceContext s, List<Casualty> casualties, FoundArgument? agent)
    {
        // in the order told: a refinement's figures join the list after later sentences' ones
        foreach (var c in casualties.OrderBy(c => c.Span.Start))
        {
            var mention = s.Document.Actors.FirstOrDefault(a => c.Span.Overlaps(a.Span) && a.Actor.Id != agent?.Slot.Mention.Actor.Id
                && !OwnSide.IsAgentsOwnMen(a, agent));
            if (mention is not null) return new FoundArgument(new ActorSlot(mention, 0, 0), "arg.casualty-victims");
        }
        return null;
    }

    /// <summary>
    /// "militants", "insurgents" in a sentence (or the one before) that names the armed group:
    /// the generic noun is that group ("retook the district, which the Taliban had held; 9 militants were killed").
    /// </summary>
    private static FoundArgument? Named(SentenceContext s, FoundArgument? found)
    {
        if (found is null || found.Slot.Mention.Rule != ActorAnnotator.GenericRule || found.Slot.Mention.Actor.Type != ActorType.PoliticalMilitia
            || found.Slot.Mention.Actor.AcledName?.StartsWith("Unidentified", StringComparison.Ordinal) != true
            || found.Slot.Mention.Text.Contains("unknown", StringComparison.OrdinalIgnoreCase)
            || found.Slot.Mention.Text.Contains("unidentified", StringComparison.OrdinalIgnoreCase))
            return found;
        var from = s.Sentence.Index > 0 ? s.Document.Sentences[s.Sentence.Index - 1].Span.Start : s.Sentence.Span.Start;
        // "The militants captured ..." points back to the last group the article named
        var definite = s.IsAny(found.Slot.FirstToken - 1, "the") || found.Slot.Mention.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase);
        var named = definite
            ? s.Document.Actors.LastOrDefault(a => a.Span.End <= s.Sentence.Span.End && !ActorAnnotator.IsUnnamed(a) && a.Actor.Type == ActorType.RebelGroup)
            : s.Document.Actors.FirstOrDefault(a => a.Span.Start >= from && a.Span.End <= s.Sentence.Span.End
                && !ActorAnnotator.IsUnnamed(a) && a.Actor.Type == ActorType.RebelGroup
                && s.Document.SentenceAt(a.Span.Start)?.Paragraph == s.Sentence.Paragraph);
        return named is null ? found : new FoundArgument(found.Slot with { Mention = found.Slot.Mention with { Actor = named.Actor } }, found.Rule + "+arg.generic-named");
    }

    private static readonly string[] ViolentTypes = ["Battles", "Explosions/Remote violence", "Violence against civilians"];

    private const string ForceOnProtestersRule = "+type.force-on-protesters";

    /// <summary>
    /// The country most of the article's places lie in when it is not Afghanistan, as for the generic actors the text
    /// names: one place read wrong ("Pul" in Kabul taken for a village abroad) does not move the event.
    /// </summary>
    private static string? EventCountry(Document document) => ActorLocaliser.ForeignCountry(document.Places);

    /// <summary>
    /// The written agent made conventional: a government's armed wing fights its battles ("a US air
    /// strike" → US forces); an unattributed bombing is an unidentified armed group's; a protest's
    /// crowd is protesters (events/default_actors.tsv).
    /// </summary>
    private EventArgument? Conventional(EventArgument? agent, string type, string? subType, TriggerMatch main, List<Evidence> evidence, string? country)
    {
        var actor = agent?.ActorId is { } id ? Actors.ById(id) : null;
        if (agent is not null && actor is not null && ViolentTypes.Contains(type) && Actors.ArmedWing(actor) is { } wing)
        {
            var found = evidence.FindLastIndex(e => e.Field == "agent");
            evidence[found] = evidence[found] with { Rule = evidence[found].Rule + "+arg.armed-wing" };
            return agent with { ActorId = wing.Id, ActorName = wing.AcledName ?? wing.Name };
        }
        if (Defaults.For(type, subType, actor, main.Rule.Mode) is not { } conventional) return agent;
        // "Protesters (Sudan)", "Unidentified Armed Group (Somalia)": the convention holds in every country, its actor is the event's country's
        if (Localiser is not null && country is not null) conventional = Localiser.Localise(conventional, country);
        if (agent is null)
        {
            evidence.Add(new Evidence("agent", main.Span, "arg.default-unattributed", main.Text));
            return new EventArgument(conventional.Name, main.Span, conventional.Id, conventional.AcledName ?? conventional.Name);
        }
        var written = evidence.FindLastIndex(e => e.Field == "agent");
        evidence[written] = evidence[written] with { Rule = evidence[written].Rule + "+arg.default-crowd" };
        return agent with { ActorId = conventional.Id, ActorName = conventional.AcledName ?? conventional.Name };
    }

    private (string Type, string? SubType, string Rule) ResolveType(EventDraft draft, TriggerMatch main, FoundArgument? agentFound, FoundArgument? targetFound)
    {
        var rule = draft.NamedAs?.Rule ?? main.Rule;
        var agent = agentFound?.Slot.Mention.Actor;
        var target = targetFound?.Slot.Mention.Actor;
        if (draft.TransferCue is not null)
            return ("Strategic developments", "Non-violent transfer of territory", rule.RuleId + "+type.transfer-cue");
        if (draft.ForceKilled && !draft.ProtestTurnedViolent)
            return ("Protests", "Excessive force against protesters", rule.RuleId + "+type.crowd-died-under-force");
        if (draft.ProtestTurnedViolent)
        {
            var violent = draft.Arguments.FirstOrDefault(a => a.Trigger.Rule.IsViolent || a.Trigger.Rule.SubEventType == "Looting/property destruction");
            return violent.Agent?.Slot.Mention.Actor.Type == ActorType.StateForces && violent.Agent.Rule is "arg.subject" or "arg.passive-by"
                ? ("Protests", "Excessive force against protesters", violent.Trigger.Rule.RuleId + "+type.force-on-protest")
                : ("Riots", "Violent demonstration", (violent.Trigger?.Rule.RuleId ?? rule.RuleId) + "+type.violent-protest");
        }
        // "seized two health workers": a capture whose object is a person is an abduction or an arrest
        if (rule.Arguments == ArgumentPattern.NeedsObject && rule.EventType == TriggerRule.ByAgent && targetFound is not null
            && targetFound.Rule != "arg.casualty-victims" // the dead of a told toll were not taken
            && targetFound.Slot.FirstToken <= main.EndToken + 3 && ArgumentFinder.Governor(draft.Sentence, targetFound.Slot) is null)
            return agent?.Type == ActorType.StateForces
                ? ("Strategic developments", "Arrests", rule.RuleId + "+type.person-taken-by-state")
                : ("Violence against civilians", "Abduction/forced disappearance", rule.RuleId + "+type.person-taken");
        // "overran a police outpost, ... taking three others captive": soldiers and police taken in a fight are part of the battle
        if (rule.SubEventType == "Abduction/forced disappearance" && target?.Type is ActorType.StateForces or ActorType.ExternalForces)
            return ("Battles", "Armed clash", rule.RuleId + "+type.forces-captured");
        // "angry protesters stormed the district office": a crowd that breaks in riots, it takes no territory or post
        if ((rule.EventType == TriggerRule.ByAgent || rule.Arguments is ArgumentPattern.Capture or ArgumentPattern.Assault)
            && agent?.Type is ActorType.Protesters or ActorType.Rioters or ActorType.Civilians)
            return ("Riots", "Violent demonstration", rule.RuleId + "+type.crowd-agent");
        // "villagers set fire to the governor's compound": property a crowd destroys is a riot's
        if (rule.SubEventType == "Looting/property destruction" && agentFound?.Rule.StartsWith("arg.subject", StringComparison.Ordinal) == true
            && agent?.Type is ActorType.Civilians or ActorType.Rioters && IsCrowd(draft.Sentence, agentFound))
            return ("Riots", "Violent demonstration", rule.RuleId + "+type.crowd-destroys");
        switch (rule.EventType)
        {
            case TriggerRule.ByTarget when agentFound is not null && Lexicon.IsAerialAgent(agentFound.Slot.Mention.Text):
                return ("Explosions/Remote violence", "Air/drone strike", rule.RuleId + "+type.aerial-agent");
            case TriggerRule.ByTarget when agent?.Type is ActorType.Civilians or ActorType.Protesters or ActorType.Rioters:
                return ("Riots", "Mob violence", rule.RuleId + "+type.crowd-agent");
            // "soldiers shot dead 22 demonstrators", "3 protesters shot dead in a march": the crowd of a protest killed by the state, or by no one named
            case TriggerRule.ByTarget when target?.Type == ActorType.Protesters && agent?.Type is null or ActorType.StateForces or ActorType.ExternalForces:
                return ("Protests", "Excessive force against protesters", rule.RuleId + ForceOnProtestersRule);
            case TriggerRule.ByTarget:
                return target?.Type == ActorType.Civilians
                    ? ("Violence against civilians", "Attack", rule.RuleId + "+type.civilian-target")
                    : ("Battles", "Armed clash", rule.RuleId + "+type.armed-target");
            // "jihadists stormed the town of Geidam, killing eleven residents": an assault by a non-state group whose only
            // dead are civilians and that no defender met is an attack on the town's people, not a fight for it
            case TriggerRule.ByAgent when rule.Arguments == ArgumentPattern.Assault && draft.TransferCue is null
                && target?.Type == ActorType.Civilians && ActorAnnotator.IsUnnamed(targetFound!.Slot.Mention) && targetFound.Slot.Mention.Rule != ActorAnnotator.SiteRule
                && (agent is null || !agent.Type.IsStateSide()) && !draft.Sentence.Actors.Any(a => a.Mention.Actor.Type.IsStateSide()):
                return ("Violence against civilians", "Attack", rule.RuleId + "+type.civilian-dead");
            // "the district was cleared of terrorists": with nobody named as taking it, driving out insurgents is the government's retaking
            case TriggerRule.ByAgent when agent is null && (ActorRightAfter(draft.Sentence, main) ?? target)?.Type is ActorType.RebelGroup or ActorType.PoliticalMilitia:
                return ("Battles", "Government regains territory", rule.RuleId + "+type.insurgents-expelled");
            case TriggerRule.ByAgent:
                return agent?.Type is ActorType.StateForces or ActorType.ExternalForces
                    ? ("Battles", "Government regains territory", rule.RuleId + "+type.state-agent")
                    : ("Battles", "Non-state actor overtakes territory", rule.RuleId + "+type.non-state-agent");
            default:
                return (rule.EventType, rule.SubEventType, rule.RuleId);
        }
    }

    /// <summary>"aimed at", "targeting", "meant for": the actor was the intended target.</summary>
    private static bool IsIntended(SentenceContext s, FoundArgument target)
    {
        var i = ArgumentFinder.WordBefore(s, target.Slot);
        return s.IsAny(i, "targeting", "targetting") || s.IsAny(i, "at", "for") && s.IsAny(i - 1, "aimed", "directed", "meant", "intended");
    }

    /// <summary>"cleared of Taliban insurgents": the group named right after the trigger.</summary>
    private static Actor? ActorRightAfter(SentenceContext s, TriggerMatch main) =>
        s.Actors.FirstOrDefault(a => a.FirstToken == main.EndToken || a.FirstToken == main.EndToken + 1 && s.IsAny(main.EndToken, "the"))?.Mention.Actor;

    /// <summary>The actor as written, under its ACLED name: a person is coded as the organisation they speak or act for ("President Ghani" → the government).</summary>
    private EventArgument? Argument(FoundArgument? found, string field, List<Evidence> evidence)
    {
        if (found is null) return null;
        var mention = found.Slot.Mention;
        evidence.Add(new Evidence(field, mention.Span, found.Rule + "+" + mention.Rule, mention.Text));
        var organisation = Actors.Organisation(mention.Actor);
        return new EventArgument(mention.Text, mention.Span, mention.Actor.Id, organisation.AcledName ?? organisation.Name);
    }

    /// <summary>The event's place in the clause (or its "and in" part), else the sentence's: see <see cref="EventPlaceChoice"/>.</summary>
    private static PlaceMention? PlaceOf(EventDraft draft, TriggerMatch main, List<Evidence> evidence)
    {
        var s = draft.Sentence;
        var (first, end) = draft.PlaceScope;
        var inScope = s.Places.Where(p => p.FirstToken >= first && p.EndToken <= end && !InsideActor(s, p)).ToList();
        var rule = "event.place.clause";
        if (inScope.Count == 0 && draft.Part == 1) { inScope = [.. s.Places.Where(p => !InsideActor(s, p))]; rule = "event.place.sentence"; }
        var best = EventPlaceChoice.Best(inScope, main.FirstToken);
        if (best is null && IsDeclaration(main.Rule) && s.Document.Places.FirstOrDefault(p => p.Dateline) is { } dateline)
        {
            // "The Taliban announced the truce": a national announcement is coded where the story was filed (ACLED codes it to the capital)
            evidence.Add(new Evidence("place", dateline.Span, "event.place.dateline-fallback+" + dateline.Rule, dateline.Text));
            return dateline;
        }
        if (best is null || best.Mention.Dateline && PointsElsewhere(s, first, end)) return null;
        if (best.Mention.Dateline) rule += ".dateline";
        evidence.Add(new Evidence("place", best.Mention.Span, rule + "+" + best.Mention.Rule, best.Mention.Text));
        return best.Mention;
    }

    /// <summary>
    /// A later "the strike ..." sentence gives a finer place in the same province, or a date written
    /// for the event where the first telling had only the statement or publication date.
    /// </summary>
    private static (PlaceMention? Place, EventDate? Date) Refine(Document document, EventDraft refinement, PlaceMention? place, EventDate? date, List<Evidence> evidence)
    {
        var found = new List<Evidence>();
        var finer = PlaceOf(refinement, refinement.Main, found);
        // a dateline city only says where the story was filed: the scene the later sentence names wins
        if (finer is not null && (place is null || finer.Place.Admin1 == place.Place.Admin1 && (finer.GeoPrecision < place.GeoPrecision || place.Dateline && !finer.Dateline)))
        {
            Replace(evidence, found.Single(e => e.Field == "place"));
            place = finer;
        }
        var dated = DateOf(document, refinement, refinement.Main, found);
        if (dated is { Source: EventDating.OwnClause or EventDating.SameSentence }
            && date is null or { Source: not (EventDating.OwnClause or EventDating.SameSentence) })
        {
            Replace(evidence, found.Single(e => e.Field == "date"));
            date = dated;
        }
        return (place, date);
    }

    private static void Replace(List<Evidence> evidence, Evidence better)
    {
        evidence.RemoveAll(e => e.Field == better.Field);
        evidence.Add(better with { Rule = better.Rule + "+event.anaphora" });
    }

    /// <summary>"a roadside bomb killed two civilians in the north": the scene is away from where the story was filed.</summary>
    private static bool PointsElsewhere(SentenceContext s, int first, int end)
    {
        for (var k = first; k + 2 < end; k++)
            if (s.Lower[k] == "in" && s.Lower[k + 1] == "the" && s.IsAny(k + 2, "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "centre", "center", "provinces")
                // "in central Mali", "in northern Burkina Faso": a region of the country, away from the capital that filed it
                // ("in western Kabul" is the dateline's own city)
                || s.Lower[k] == "in" && s.IsAny(k + 1, "central", "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern")
                   && s.Places.Any(p => p.FirstToken == k + 2 && p.Mention.Place.Kind == PlaceKind.Country))
                return true;
        return false;
    }

    /// <summary>Agreements and political interactions: acts of word or decision, not of force in a place.</summary>
    private static bool IsDeclaration(TriggerRule rule) => rule.EventType == EventMention.PoliticalInteraction || rule.SubEventType == "Agreement";

    /// <summary>"Afghan National Police", "US President": a place name inside an actor's name locates nothing.</summary>
    private static bool InsideActor(SentenceContext s, PlaceSlot p) => s.Actors.Any(a => a.Mention.Span.Contains(p.Mention.Span));

    /// <summary>The event's date by <see cref="EventDating"/>, from its clause outwards, with the expression (or publication date) as evidence.</summary>
    private static EventDate? DateOf(Document document, EventDraft draft, TriggerMatch main, List<Evidence> evidence)
    {
        var scope = draft.SharesSentence ? draft.ClauseSpan : draft.Sentence.Sentence.Span;
        if (EventDating.DateFor(document, scope) is not var (date, expression)) return null;
        evidence.Add(expression is null
            ? new Evidence("date", main.Span, "event.date." + date.Source, date.Start.ToString("yyyy-MM-dd"))
            : new Evidence("date", expression.Span, "event.date." + date.Source + "+" + expression.Rule, expression.Text));
        return date;
    }

    /// <summary>How many words before a figure an additive cue may stand ("sources also reported 5 Taliban killed").</summary>
    private const int AdditiveCueReach = 3;

    private bool AdditiveCueBefore(Document document, Span sentence, Span figure)
    {
        var lower = document.Words.LexOf(new Span(sentence.Start, figure.Start)).Lower;
        return lower.Skip(Math.Max(0, lower.Length - AdditiveCueReach)).Any(Lexicon.Words["additive-cue"].Contains);
    }

    /// <summary>"Police fired on protesters in Maimana, killing two": force on a crowd kills in its own sentence.</summary>
    private static bool IsForceOnCrowd(EventDraft draft) => draft.ForceKilled || draft.Main.Rule.SubEventType == "Excessive force against protesters";

    /// <summary>Casualty figures of the event: in its clause when the sentence holds several events, else in its sentence, plus continuation sentences.</summary>
    private List<Casualty> CasualtiesOf(Document document, EventDraft draft)
    {
        var s = draft.Sentence;
        var scope = draft.SharesSentence ? draft.ClauseSpan : s.Sentence.Span;
        // a protest whose violence came in a later sentence has no dead of its own sentence ("protested the killing of three shepherds")
        var list = draft.IsViolent || IsForceOnCrowd(draft) ? Document.Within(document.Casualties, scope).ToList() : [];
        // "stormed the district office over the killing of an elder": the death a crowd acts over is not its event's
        if (draft.IsViolent && !draft.Triggers.All(t => t.Rule.IsCasualtyOnly))
            list.RemoveAll(c => s.Sentence.Span.Contains(c.Span) && s.Triggers.Any(t => t.Span.Start == c.Span.Start && t.Rule.IsCasualtyOnly && (t.IsNounPhrase || s.IsAny(t.EndToken, "of")) && IsProtestObject(s, t)));
        // "protesting the killing of a trader, and one protester died": the crowd's own dead, not the death it protests
        if (draft.ForceKilled && !draft.ProtestTurnedViolent) list.RemoveAll(c => c.Side != "civilian" && !(draft.CrowdFiredOn && c.Side is null));
        // a later sentence adds what the first did not count ("... and others injured"); a second
        // figure of a kind already counted is a competing claim, not more victims
        var counted = list.ToList();
        foreach (var next in draft.Continuations)
            list.AddRange(Document.Within(document.Casualties, next.Sentence.Span).Where(c => AddsVictims(document, counted, c, SameScene(draft, next)))
                .Select(c => SameSourceAs(counted, c)));
        foreach (var refinement in draft.Refinements)
            list.AddRange(CasualtiesOf(document, refinement).Where(c => AddsVictims(document, counted, c, SameScene(draft, refinement.Sentence))));
        return list;
    }

    /// <summary>
    /// A later figure adds to the event's toll when its kind is not counted yet, or when it counts
    /// the other side ("Two policemen died ... Officials said four attackers were also killed": 6,
    /// one total across all sides), or when it says it adds ("The bomber also died"); a second figure
    /// for a side already counted is a rival claim.
    /// </summary>
    private bool AddsVictims(Document document, List<Casualty> counted, Casualty c, bool sameScene)
    {
        var sameKind = counted.Where(k => k.Kind == c.Kind).ToList();
        if (sameKind.Count == 0) return true;
        if (!sameScene || c.Count.Value == 0 || sameKind.Any(k => k.Count.Value == 0)) return false;
        // "Two of the wounded later died", "The toll rose to seven": more dead, or the whole count so far (CasualtyTotals)
        if (c.Rule.StartsWith(CasualtySentence.WoundedWhoDiedRule, StringComparison.Ordinal) || c.Rule.StartsWith(CasualtySentence.TollUpdateRule, StringComparison.Ordinal)) return true;
        // "killing 14 soldiers. Two of our comrades gave their lives": what a party claims of its enemy's dead is not
        // counted, so a later figure it admits of its own, or one that others confirm, is the toll beside the claim
        if (c.PartyClaim is null && c.ClaimedBy is not null && sameKind.All(k => k.PartyClaim is not null)) return true;
        // "killing nine officers. Two more died of their wounds": "more" right after the count adds ("more than" bounds it)
        if (MoreAfterCount(document, c)) return true;
        if (c.Side is not null && sameKind.All(k => k.Side is not null && k.Side != c.Side)) return true;
        // "killing 24 people ... All three attackers were killed": the attackers are never among the people
        // they killed, so their dead add to a toll that does not name its side or names another
        if (c.Side is not null && NamesAttacker(document, c.Span) && sameKind.All(k => k.Side != c.Side && !NamesAttacker(document, k.Span))) return true;
        var sentence = document.SentenceAt(c.Span.Start)!.Span;
        // "four attackers were also killed", "Officials also reported 5 Taliban killed": the cue may stand before the figure
        if (!document.Words.LexOf(c.Span).Lower.Any(Lexicon.Words["additive-cue"].Contains)
            && !AdditiveCueBefore(document, sentence, c.Span)) return false;
        // "The dead included the police chief ...; a cleaner was also killed": a breakdown of the total, not more dead
        return !document.Words.LexOf(new Span(sentence.Start, c.Span.Start)).Lower.Any(Lexicon.Words["breakdown-cue"].Contains);
    }

    private static bool MoreAfterCount(Document document, Casualty c)
    {
        if (c.Count.Span.End >= c.Span.End) return false;
        var after = document.Words.LexOf(new Span(c.Count.Span.End, c.Span.End)).Lower;
        return after.Length > 0 && after[0] == "more" && (after.Length == 1 || after[1] != "than");
    }

    /// <summary>
    /// "killing at least 26 people, officials said. Four attackers were also killed.": a figure that
    /// adds victims of the same kind is more dead in the same account, not a rival source's total,
    /// so it takes the claimant of the figures it adds to (when they have one) and the two are summed.
    /// </summary>
    private static Casualty SameSourceAs(List<Casualty> counted, Casualty c)
    {
        var sameKind = counted.Where(k => k.Kind == c.Kind).Select(k => k.ClaimedBy).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return sameKind is [var claimant] && !string.Equals(claimant, c.ClaimedBy, StringComparison.OrdinalIgnoreCase) && c.PartyClaim is null
            ? c with { ClaimedBy = claimant }
            : c;
    }

    /// <summary>
    /// "The Defence Ministry said 25 Taliban were killed in Dand-e-Ghori" after a bombing in Pul-e-Khumri:
    /// a later sentence that names a place the event's own sentence does not is about another scene.
    /// </summary>
    private static bool SameScene(EventDraft draft, SentenceContext later) =>
        Places(later, 0, int.MaxValue).IsSubsetOf(Places(draft.Sentence, 0, int.MaxValue));

    /// <summary>
    /// How many suicide attackers a suicide bombing adds to its dead, with the rule: none when a
    /// figure of the event already counts them ("the bomber also died") or a subset names them
    /// ("including the bomber", "the attacker among them"); else the number written before the trigger ("two suicide
    /// bombers"), or one.
    /// </summary>
    private (int Count, string Rule)? SuicideAttackers(Document document, EventDraft draft, List<Casualty> casualties)
    {
        var attackerNouns = Lexicon.Words["attacker-noun"];
        var subsetWords = Lexicon.Words["breakdown-cue"];
        if (casualties.Any(c => c.Kind == CasualtyKind.Killed && NamesAttacker(document, c.Span))) return null;
        var sentences = new[] { draft.Sentence }.Concat(draft.Continuations).Select(x => x.Sentence.Span).ToList();
        // "... killing six people. The bomber was among the dead.": the sentence after the event's own
        var end = sentences.Max(x => x.End);
        if (document.Sentences.FirstOrDefault(x => x.Span.Start >= end) is { } next) sentences.Add(next.Span);
        foreach (var sentence in sentences)
        {
            var (_, lower) = document.Words.LexOf(sentence);
            for (var k = 0; k + 1 < lower.Length; k++)
            {
                if (subsetWords.Contains(lower[k]) && (attackerNouns.Contains(lower[k + 1]) || k + 2 < lower.Length && attackerNouns.Contains(lower[k + 2])))
                    return null;
                // "the attacker among them", "the bomber was among the dead"
                if (attackerNouns.Contains(lower[k]) && (lower[k + 1] == "among" || k + 2 < lower.Length && lower[k + 2] == "among"))
                    return null;
            }
        }
        var main = draft.Main;
        // "two suicide bombers", "three female suicide bombers": the figure may stand two words before the trigger
        var written = document.Quantities.LastOrDefault(q => q.Span.End <= main.Span.Start && main.Span.Start - q.Span.End <= AttackerAdjectiveGap
            && q.Value is > 1 and < 10 && IsAdjectiveGap(document.Text.AsSpan(q.Span.End, main.Span.Start - q.Span.End))
            // "9 dead as suicide bomber hits ...": a figure of the dead is not the number of bombers
            && !document.Casualties.Any(c => c.Count.Span == q.Span));
        return written is null ? (1, "casualty.suicide-attacker") : ((int)written.Value, "casualty.suicide-attackers-written");
    }

    /// <summary>The span names attackers ("the bomber", "three gunmen"): words of the <c>attacker-noun</c> class.</summary>
    private bool NamesAttacker(Document document, Span span) =>
        document.Words.LexOf(span).Lower.Any(Lexicon.Words["attacker-noun"].Contains);

    /// <summary>Most characters between "three" and "suicide bombers" ("three female suicide bombers").</summary>
    private const int AttackerAdjectiveGap = 24;

    /// <summary>Blank, or at most two lower-case words ("female", "teenage"): nothing that starts another phrase.</summary>
    private static bool IsAdjectiveGap(ReadOnlySpan<char> gap)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in gap)
        {
            if (char.IsWhiteSpace(c)) { inWord = false; continue; }
            if (!char.IsLower(c) && c != '-') return false;
            if (!inWord) words++;
            inWord = true;
        }
        return words <= 2;
    }

    private static string EventId(string articleId, Span trigger, string type, string? subType, int part)
    {
        var key = $"{articleId}|{trigger.Start}-{trigger.End}|{type}|{subType}|{part}";
        return "ev_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
    }
}
