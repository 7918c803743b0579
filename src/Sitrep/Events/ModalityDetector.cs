using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Events;

/// <summary>The modality of one trigger, the cue that decided it and, for reports, who made the claim.</summary>
public sealed record ModalityReading(Modality Modality, string Rule, Span? Cue, string? AttributedTo, Span? AttributionSpan);

/// <summary>
/// Reads how the text commits to an event from the words around its trigger. Checks run in a
/// fixed order — negation, denial, modal and infinitive (hypothetical/future), historical recap,
/// report — and the first that fires decides. The cue words are word classes of the data pack
/// (lexicon/word_classes.tsv), read through <see cref="SentenceContext.Words"/>.
/// </summary>
public static class ModalityDetector
{

    /// <summary>How recent a day written for a past-perfect event must be for the event to be news rather than background.</summary>
    private const int RecentDays = 14;

    /// <summary>How long after a month-dated event ends before a report of it is background.</summary>
    private const int OldMonthDays = 30;

    public static ModalityReading Read(SentenceContext s, TriggerMatch m, EventDate? date, DateOnly? reference)
    {
        var (first, end) = s.ClauseOf(m.FirstToken);
        return Negation(s, m, first)
            ?? Denial(s, m)
            ?? Irrealis(s, m, first, end)
            ?? Historical(s, m, first, end, date, reference)
            ?? Report(s, m)
            ?? new ModalityReading(Modality.Asserted, "modality.asserted", null, null, null);
    }


    private static ModalityReading? Negation(SentenceContext s, TriggerMatch m, int first)
    {
        // "Talks ... have not yet begun": a noun whose own occurrence is denied
        if (m.IsNounPhrase)
            for (var i = m.EndToken; i < Math.Min(s.Lower.Length, m.EndToken + 10) && s.Lower[i] is not ("," or ";" or "."); i++)
                if (s.Lower[i] is "not" or "never" && Enumerable.Range(i + 1, 2).Any(k => k < s.Lower.Length && s.Words["occurrence-verb"].Contains(s.Lower[k])))
                    return new ModalityReading(Modality.Negated, "modality.negated-occurrence", s.Tokens[i].Span, null, null);
        for (var i = m.FirstToken - 1; i >= Math.Max(first, m.FirstToken - 5); i--)
        {
            var w = s.Lower[i];
            var negated = s.Words["negator"].Contains(w)
                || (s.Words["negated-auxiliary"].Contains(w) && i + 1 < m.FirstToken && !s.Tokens[i + 1].IsWord && s.Tokens[i + 1].Start == s.Tokens[i].End)
                || (w.Length > 3 && w.EndsWith("nt") && s.Words["negated-auxiliary"].Contains(w[..^2]));
            if (negated) return new ModalityReading(Modality.Negated, "modality.negation", s.Tokens[i].Span, null, null);
        }
        return null;
    }

    private static ModalityReading? Denial(SentenceContext s, TriggerMatch m)
    {
        for (var i = m.FirstToken - 1; i >= 0; i--)
        {
            if (!s.Words["denial-verb"].Contains(s.Lower[i])) continue;
            var who = s.Actors.LastOrDefault(a => a.EndToken <= i);
            return new ModalityReading(Modality.Denied, "modality.denial", s.Tokens[i].Span, who?.Mention.Text, who?.Mention.Span);
        }
        return null;
    }

    private static ModalityReading? Irrealis(SentenceContext s, TriggerMatch m, int first, int end)
    {
        // "ahead of signing", "before signing a deal": the event has not happened yet
        if (m.HeadForm.EndsWith("ing") && m.FirstToken >= 1 && (s.IsAny(m.FirstToken - 1, "before") || s.IsAny(m.FirstToken - 1, "of") && s.IsAny(m.FirstToken - 2, "ahead")))
            return Cue(Modality.Future, "modality.future-before", s, m.FirstToken - 1);
        if (!m.Rule.IsViolent && m.IsNounPhrase)
            for (var k = m.FirstToken - 1; k >= Math.Max(first, m.FirstToken - 3); k--)
                if (s.Lower[k] == "before" || s.Lower[k] == "of" && s.IsAny(k - 1, "ahead"))
                    return Cue(Modality.Future, "modality.future-before", s, k); // "before any peace deal"
                else if (s.Words["future-governor"].Contains(s.Lower[k]) || s.Lower[k] is "vowing" or "pledging" or "promising" or "planned" or "proposed")
                    return Cue(Modality.Future, "modality.future-governor", s, k); // "vowing full withdrawal"
        // "with promises of prisoner releases and troop withdrawal", "hopes for a ceasefire": a noun hoped or promised for
        if (m.IsNounPhrase)
            for (var k = m.FirstToken - 1; k >= Math.Max(first + 1, m.FirstToken - 5) && (s.Tokens[k].IsWord); k--)
                if (s.Lower[k] is "of" or "for" && s.Lower[k - 1] is "promise" or "promises" or "plan" or "plans" or "hope" or "hopes"
                    or "prospect" or "prospects" or "threat" or "threats" or "demand" or "demands" or "calls" or "offer" or "offers")
                    return Cue(Modality.Hypothetical, "modality.irrealis-noun", s, k - 1);
        var infinitive = Infinitive(s, m, first);
        if (infinitive is { } to && !PurposeOfForce(s, m, first, to))
        {
            var governor = to - 1;
            while (governor >= first && s.Lower[governor] is "trying" or "try" or "is" or "are" or "was" or "were" or "be" or "being" or "also" or "now") governor--;
            if (governor >= first && s.Words["realis-governor"].Contains(s.Lower[governor])) { /* "claims to have repelled" is still realis */ }
            else if (governor >= first && s.Words["future-governor"].Contains(s.Lower[governor]))
                return Cue(Modality.Future, "modality.future-infinitive", s, governor);
            else
                return Cue(Modality.Hypothetical, "modality.irrealis-infinitive", s, to);
        }
        for (var i = m.FirstToken - 1; i >= first; i--)
        {
            var w = s.Lower[i];
            if (s.Words["future-auxiliary"].Contains(w)) return Cue(Modality.Future, "modality.future-auxiliary", s, i);
            if (!s.Words["hypothetical"].Contains(w)) continue;
            if (IsMonth(s, i, first)) continue; // "May 5", "on 4 May our units raided"
            if (w == "would" && Enumerable.Range(0, i).Any(k => s.Words["commitment-verb"].Contains(s.Lower[k])))
                return Cue(Modality.Future, "modality.future-reported", s, i);
            return Cue(Modality.Hypothetical, "modality.modal", s, i);
        }
        // "signing ... is expected to", "the signing to take place on"
        for (var i = m.EndToken; i < Math.Min(end, m.EndToken + 8); i++)
        {
            if (s.Lower[i] is "that" or "," or "and") break;
            if (s.Lower[i] is "expected" or "scheduled" or "planned" or "due" && i > 0 && s.IsAny(i - 1, "is", "are", "was", "were"))
                return Cue(Modality.Future, "modality.future-expected", s, i);
            if (s.Lower[i] == "take" && s.IsAny(i + 1, "place") && s.IsAny(i - 1, "to"))
                return Cue(Modality.Future, "modality.future-take-place", s, i);
        }
        return null;
    }

    /// <summary>
    /// "police fired warning shots to disperse them", "used tear gas to disperse the crowd": the force that
    /// aims at dispersal was used, so the intervention happened whatever became of the crowd.
    /// </summary>
    private static bool PurposeOfForce(SentenceContext s, TriggerMatch m, int first, int to) =>
        m.Rule.Mode == "crowd-control" && !m.IsNounPhrase
        && Enumerable.Range(first, Math.Max(0, to - first)).Any(k => s.Tokens[k].IsWord && char.IsLower(s.Tokens[k].Text[0])
            && (s.Lower[k].Length > 4 && s.Lower[k].EndsWith("ed", StringComparison.Ordinal) || s.Lower[k] is "shot" or "threw" or "fought"));

    /// <summary>The "to" of an infinitive governing the trigger ("want to kill", "claims to have repelled"), if any.</summary>
    private static int? Infinitive(SentenceContext s, TriggerMatch m, int first)
    {
        if (m.VerbLemma is null)
        {
            // "to halt the talks": a noun trigger as the object of an infinitive
            for (var k = m.FirstToken - 2; k >= Math.Max(first, m.FirstToken - 4); k--)
                if (s.Lower[k] == "to" && s.Tokens[k + 1].IsWord && s.Lower[k + 1] is not ("the" or "a" or "an" or "its" or "their"))
                    return k;
            return null;
        }
        if (m.HeadForm.EndsWith("ing"))
        {
            // "to keep fighting", "to continue attacking": the aspect verb carries the infinitive
            var aspect = m.FirstToken - 1;
            return aspect - 1 >= first && s.Lower[aspect] is "keep" or "continue" or "stop" or "start" or "begin" or "resume" && s.Lower[aspect - 1] == "to"
                ? aspect - 1 : null;
        }
        var i = m.FirstToken - 1;
        while (i >= first && s.Lower[i] is "have" or "be" or "been" or "immediately" or "further" or "also" or "then" or "not") i--;
        if (i >= first && s.Lower[i] == "to") return i;
        // "to split, weaken and defeat the rebels": a verb coordinated with an infinitive
        if (i < first || s.Lower[i] is not ("and" or "or" or ",")) return null;
        for (var k = i - 1; k >= Math.Max(first, m.FirstToken - 8); k--)
        {
            if (s.Actors.Any(a => a.FirstToken <= k && k < a.EndToken) || s.Lower[k] is "." or ";") return null;
            if (s.Lower[k] == "to" && k + 1 < s.Tokens.Count && s.Tokens[k + 1].IsWord && char.IsLower(s.Tokens[k + 1].Text[0])
                && s.Lower[k + 1] is not ("the" or "a" or "an" or "its" or "their")) return k;
        }
        return null;
    }

    private static ModalityReading? Historical(SentenceContext s, TriggerMatch m, int first, int end, EventDate? date, DateOnly? reference)
    {
        for (var i = first; i < end; i++)
        {
            // "the first such attack in the province since 2001" compares, it does not date
            if (s.Lower[i] == "since" && i + 1 < end && Enumerable.Range(i + 1, Math.Min(3, end - i - 1)).Any(k => IsYear(s.Lower[k])) && !IsComparison(s, i))
                return Cue(Modality.Historical, "modality.historical-since", s, i);
        }
        // "planes continue to drop bombs on mosques", "often attack convoys": with no date of its own, a habit, not one event
        if (date is null or { Source: "publication" or "reference" })
            for (var i = first; i < end; i++)
            {
                if (s.Lower[i] is "continue" or "continues" or "keep" or "keeps" && i < m.FirstToken && s.IsAny(i + 1, "to", "on")
                    || s.Lower[i] is "often" or "frequently" or "regularly" or "routinely" or "repeatedly" or "constantly" or "daily" or "nightly" or "habitually")
                    return Cue(Modality.Historical, "modality.habitual", s, i);
                // "still is refusing", "has been negotiating with them for a long time": a state that goes on, not an act
                if (s.Lower[i] == "still" && i < m.FirstToken && m.FirstToken - i <= 3
                    || s.Lower[i] == "been" && i == m.FirstToken - 1 && s.IsAny(i - 1, "has", "have") && m.HeadForm.EndsWith("ing", StringComparison.Ordinal) && LastsLong(s))
                    return Cue(Modality.Historical, "modality.ongoing-state", s, i);
            }
        // "stepped up attacks after signing their agreement": a political act in an after/since + -ing clause is the backdrop
        var gerund = s.Lower[m.FirstToken].EndsWith("ing", StringComparison.Ordinal) ? m.FirstToken : m.FirstToken - 1;
        if (!m.Rule.IsViolent && gerund >= 1 && s.Lower[gerund].EndsWith("ing", StringComparison.Ordinal)
            && s.IsAny(gerund - 1, "after", "since", "before", "following"))
            return Cue(Modality.Historical, "modality.background-gerund", s, gerund - 1);
        // "have increased since the US and the Taliban signed their deal": a clause opened by "since" + subject is background
        for (var i = m.FirstToken - 1; i >= Math.Max(0, m.FirstToken - 8); i--)
        {
            if (s.Lower[i] is "." or ";" or ":") break;
            if (s.Lower[i] == "since" && (s.IsAny(i + 1, "the", "a", "an", "they", "he", "she", "it", "its", "their")
                || s.Actors.Any(a => a.FirstToken == i + 1)))
                return Cue(Modality.Historical, "modality.background-since", s, i);
        }
        // "On Monday, protesters had gathered": a past perfect with its own recent day is narrated, not background
        var recentDay = date is { Source: EventDating.OwnClause or EventDating.SameSentence, Precision: DatePrecision.Day } day
            && reference is { } published && day.End >= published.AddDays(-RecentDays);
        for (var i = m.FirstToken - 1; i >= Math.Max(first, m.FirstToken - 3) && !recentDay; i--)
        {
            // "said they had pushed" is reported speech shifted back a tense; "says they had agreed" is not
            if (s.Lower[i] == "had" && !s.IsAny(i + 1, "to") && (m.Rule.IsCasualtyOnly || !Enumerable.Range(0, i).Any(k => s.Words["report-verb"].Contains(s.Lower[k]) && !s.Words["present-report-verb"].Contains(s.Lower[k]))))
                return Cue(Modality.Historical, "modality.past-perfect", s, i);
            if (!s.Tokens[i].IsWord) break;
        }
        if (reference is { } refDate)
        {
            if (date is { Source: not "publication" } d && d.End < refDate.AddDays(-365))
                return new ModalityReading(Modality.Historical, "modality.historical-date", null, null, null);
            // "signed their agreement in February" in a July report: a month long gone is background, news tells days
            if (date is { Source: not "publication", Precision: >= DatePrecision.Month } old && old.End < refDate.AddDays(-OldMonthDays))
                return new ModalityReading(Modality.Historical, "modality.old-month", null, null, null);
            for (var i = 0; i < s.Lower.Length; i++)
            {
                if (!IsYear(s.Lower[i]) || int.Parse(s.Lower[i]) >= refDate.Year) continue;
                // "on the anniversary of the 11 September 2001 attacks": the year dates the remembered event
                if (Enumerable.Range(Math.Max(0, i - 7), i - Math.Max(0, i - 7)).Any(k => s.Lower[k] == "anniversary")) continue;
                if (s.IsAny(i - 1, "since") && IsComparison(s, i - 1)) continue;
                if ((i < first || i >= end) && int.Parse(s.Lower[i]) >= refDate.Year - 1) continue; // other clauses: only years long past
                var dated = (i >= 1 && (s.Words["month"].Contains(s.Lower[i - 1]) || s.Lower[i - 1] == ","))
                    || (i >= 2 && s.Words["month"].Contains(s.Lower[i - 2]) && char.IsDigit(s.Lower[i - 1][0]));
                if (!dated || int.Parse(s.Lower[i]) < refDate.Year - 1)
                    return Cue(Modality.Historical, "modality.historical-year", s, i);
            }
        }
        // "have been killed", "has captured" with no place below the country: a running total, not an event
        for (var i = m.FirstToken - 1; i >= Math.Max(first, m.FirstToken - 3) && m.Rule.IsViolent && date is not { Source: not "publication", Precision: DatePrecision.Day }; i--)
        {
            // "Uruzgan has seen heavy fighting since October": with "since", a summary even where a place is named
            if (s.Lower[i] is "have" or "has" && !s.IsAny(i - 1, "to") && (!HasLocalPlace(s, first, end) || SinceLongAgo(s, m.EndToken, end) || OverRecentWeeks(s)))
                return Cue(Modality.Historical, "modality.recap-perfect", s, i);
            if (!s.Tokens[i].IsWord) break;
        }
        // "The US has mobilized its allies", "ten meetings have been held so far": a political act in the perfect with no date of its own sums up
        if (m.Rule.EventType == "Political interaction" && date is null or { Source: "publication" or "reference" })
        {
            for (var i = m.FirstToken - 1; i >= Math.Max(first, m.FirstToken - 3) && s.Tokens[i].IsWord; i--)
                if (s.Lower[i] is "have" or "has" && !s.IsAny(i - 1, "to"))
                    return Cue(Modality.Historical, "modality.recap-perfect", s, i);
            if (m.IsNounPhrase && s.IsAny(m.EndToken, "have", "has") && s.IsAny(m.EndToken + 1, "been"))
                return Cue(Modality.Historical, "modality.recap-perfect", s, m.EndToken);
        }
        // "several attacks", "there were attacks": plural noun triggers with no place are summaries
        if (m.IsNounPhrase && m.Rule.IsViolent && IsPlural(m) && !HasLocalPlace(s, first, end) && !HasCount(s, m) && !ActsInThePast(s, m))
            return Cue(Modality.Historical, "modality.aggregate", s, m.FirstToken);
        // "in attacks on health staff this year": attacks counted over a month or a year are a tally
        if (m.IsNounPhrase && m.Rule.IsViolent && IsPlural(m) && date is { Source: EventDating.OwnClause, Precision: >= DatePrecision.Month })
            return Cue(Modality.Historical, "modality.aggregate-period", s, m.FirstToken);
        // "a handful of small attacks were reported in Balkh and Kunduz" with no day of their own: a tally of unknown events
        if (m.IsNounPhrase && m.Rule.IsViolent && IsPlural(m) && date is not { Source: EventDating.OwnClause or EventDating.SameSentence }
            && VagueQuantifierBefore(s, m) is { } vague)
            return Cue(Modality.Historical, "modality.aggregate-vague", s, vague);
        return null;
    }

    /// <summary>"jets struck", "rockets landed": the plural noun is the subject of a told act, not a tally ("strikes carried out by" is a participle).</summary>
    private static bool ActsInThePast(SentenceContext s, TriggerMatch m) =>
        m.EndToken < s.Lower.Length && !s.IsAny(m.EndToken + 1, "out", "by")
        && (s.Lower[m.EndToken].EndsWith("ed", StringComparison.Ordinal) && s.Lower[m.EndToken].Length > 3
            || s.Lower[m.EndToken] is "struck" or "hit" or "shot" or "blew" or "fell" or "flew");

    /// <summary>"the first such attack in the province since 2001": a superlative measured against the past, not a date of the event.</summary>
    private static bool IsComparison(SentenceContext s, int since) =>
        Enumerable.Range(Math.Max(0, since - 8), since - Math.Max(0, since - 8)).Any(k => s.Lower[k] is "first" or "worst" or "deadliest" or "biggest" or "largest");


    private static int? VagueQuantifierBefore(SentenceContext s, TriggerMatch m)
    {
        for (var i = m.FirstToken - 1; i >= Math.Max(0, m.FirstToken - 4) && s.Tokens[i].IsWord; i--)
            if (s.Words["vague-quantifier"].Contains(s.Lower[i])) return i;
        return null;
    }

    private static ModalityReading? Report(SentenceContext s, TriggerMatch m)
    {
        foreach (var quote in s.Document.Quotes)
            if (quote.Span.Contains(m.Span))
                return new ModalityReading(Modality.Reported, "modality.quote", quote.Span, quote.Speaker, quote.SpeakerSpan);
        if (AccordingTo(s) is { } according) return according;
        for (var i = m.FirstToken - 1; i >= 0; i--)
        {
            if (s.Words["hearsay-adverb"].Contains(s.Lower[i])) return new ModalityReading(Modality.Reported, "modality.hearsay", s.Tokens[i].Span, null, null);
            if (!s.Words["report-verb"].Contains(s.Lower[i])) continue;
            return Speaker(s, i, before: true);
        }
        return SaidAfter(s, m.EndToken);
    }

    /// <summary>
    /// Whom a sentence without an event of its own cites, when it adds figures to the event before
    /// ("Six insurgents were killed in the fighting, a police spokesman said."); null when it cites nobody.
    /// </summary>
    public static ModalityReading? CitedSource(SentenceContext s) => AccordingTo(s) ?? SaidAfter(s, 0);

    private static ModalityReading? AccordingTo(SentenceContext s)
    {
        for (var i = 0; i + 1 < s.Lower.Length; i++)
        {
            if (s.Lower[i] != "according" || s.Lower[i + 1] != "to") continue;
            var endOf = i + 2;
            while (endOf < s.Lower.Length && s.Tokens[endOf].IsWord) endOf++;
            var actor = s.Actors.FirstOrDefault(a => a.FirstToken >= i + 2 && a.EndToken <= endOf);
            var span = actor?.Mention.Span ?? s.SpanOf(i + 2, endOf);
            return new ModalityReading(Modality.Reported, "modality.according-to", s.SpanOf(i, i + 2), span.Of(s.Document.Text), span);
        }
        return null;
    }

    private static ModalityReading? SaidAfter(SentenceContext s, int from)
    {
        // "..., officials said." / "..., said a police spokesman."
        for (var i = from; i < s.Lower.Length; i++)
        {
            if (s.Words["hearsay-adverb"].Contains(s.Lower[i])) return new ModalityReading(Modality.Reported, "modality.hearsay", s.Tokens[i].Span, null, null);
            if (!s.Words["report-verb"].Contains(s.Lower[i]) || s.Lower[i] == "according") continue;
            var comma = Enumerable.Range(from, i - from).LastOrDefault(k => s.Lower[k] == ",", -1);
            if (comma < 0 && !(i + 1 < s.Lower.Length && !s.Tokens[i + 1].IsWord)) continue;
            return Speaker(s, i, before: comma >= 0, after: comma);
        }
        return null;
    }

    /// <param name="after">In "..., killing two children, officials said" the speaker is named after the last comma, never before it (the victims).</param>
    private static ModalityReading Speaker(SentenceContext s, int verb, bool before, int after = -1)
    {
        var actor = before ? s.Actors.LastOrDefault(a => a.EndToken <= verb && a.FirstToken > after) : s.Actors.FirstOrDefault(a => a.FirstToken > verb);
        if (actor is not null)
            return new ModalityReading(Modality.Reported, "modality.reported-speech", s.Tokens[verb].Span, actor.Mention.Text, actor.Mention.Span);
        // no dictionary actor: the words before the verb name the source ("local sources said")
        var start = verb;
        while (start > 0 && start > verb - 4 && s.Tokens[start - 1].IsWord && s.Lower[start - 1] is not ("that" or "and" or "he" or "she" or "it")) start--;
        while (start < verb && s.Lower[start] is "also" or "then" or "later" or "further" or "we" or "they" or "i" or "again") start++;
        if (start == verb) return new ModalityReading(Modality.Reported, "modality.reported-speech", s.Tokens[verb].Span, null, null);
        var span = s.SpanOf(start, verb);
        return new ModalityReading(Modality.Reported, "modality.reported-speech", s.Tokens[verb].Span, span.Of(s.Document.Text), span);
    }

    /// <summary>"since October", "since the Taliban began an offensive": a span longer than the news of a day ("since Sunday" is one).</summary>
    private static bool SinceLongAgo(SentenceContext s, int from, int end)
    {
        for (var k = from; k + 1 < end; k++)
        {
            if (s.Lower[k] != "since") continue;
            var next = s.Tokens[k + 1].Start;
            // the day may be read with its "since" ("since Friday") or without it
            return !Pipeline.Document.Within(s.Document.Times, s.Sentence.Span).Any(t => (t.Span.Start == next || t.Span.Start == s.Tokens[k].Start) && t.Precision == DatePrecision.Day);
        }
        return false;
    }

    /// <summary>"have captured five districts in the past two weeks": a span of time back from now, over which the perfect sums up.</summary>
    private static bool OverRecentWeeks(SentenceContext s) =>
        Pipeline.Document.Within(s.Document.Times, s.Sentence.Span).Any(t => t.Rule.StartsWith("date.relative.back", StringComparison.Ordinal)
            && t.Start is { } from && t.End is { } to && to.DayNumber - from.DayNumber >= 7); // "over the past two days" is one fight

    /// <summary>
    /// A modal that is also a month name is the month beside a figure ("May 5", "on 4 May") or capitalised after a
    /// preposition ("in May"); capitalised alone it may be a title's modal ("Taliban May Attack Kabul").
    /// </summary>
    private static bool IsMonth(SentenceContext s, int i, int first) =>
        s.Words["month"].Contains(s.Lower[i])
        && (i + 1 < s.Lower.Length && char.IsDigit(s.Lower[i + 1][0]) || i > 0 && char.IsDigit(s.Lower[i - 1][0])
            || i > first && char.IsUpper(s.Tokens[i].Text[0]) && s.IsIn(i - 1, s.Words["preposition"]));

    /// <summary>"for a long time", "for years", "for months": the clause tells how long something has gone on.</summary>
    private static bool LastsLong(SentenceContext s)
    {
        for (var k = 0; k + 1 < s.Lower.Length; k++)
            if (s.Lower[k] == "for" && (s.IsAny(k + 1, "years", "months", "decades", "weeks", "long", "ages")
                || s.IsAny(k + 1, "a") && s.IsAny(k + 2, "long") && s.IsAny(k + 3, "time")))
                return true;
        return false;
    }

    private static bool HasLocalPlace(SentenceContext s, int first, int end) =>
        s.Places.Any(p => p.FirstToken >= first && p.EndToken <= end && p.Mention.Place.Kind != Geo.PlaceKind.Country);

    private static bool HasCount(SentenceContext s, TriggerMatch m) =>
        m.FirstToken >= 1 && (char.IsDigit(s.Lower[m.FirstToken - 1][0]) || s.IsAny(m.FirstToken - 1, "two", "three", "four", "five", "both", "twin"))
        || m.FirstToken >= 2 && s.IsAny(m.FirstToken - 2, "two", "three", "four", "five", "twin");

    private static bool IsPlural(TriggerMatch m) => m.Text.EndsWith('s') && !m.Text.EndsWith("ss");

    private static bool IsYear(string w) => w.Length == 4 && int.TryParse(w, out var y) && y is >= 1900 and <= 2100;

    private static ModalityReading Cue(Modality modality, string rule, SentenceContext s, int token) =>
        new(modality, rule, s.Tokens[token].Span, null, null);
}
