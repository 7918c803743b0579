using Sitrep.Claims;
using Sitrep.Numbers;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// Finds casualty figures sentence by sentence: who was killed or injured, how many, on which
/// side and according to whom. Reads the kill/injure words, victim nouns and cues of
/// <c>data/casualties/</c> and the quantities the numbers annotator found. Figures of a whole
/// period or war ("since 2001", "in 2019", "have been killed" with thousands) become
/// <see cref="StatisticalClaim"/>s instead; subsets ("including one US soldier"),
/// hypotheticals and negations ("didn't want to kill") are left out. "No one was killed" and
/// "no casualties" are coded as 0; "a soldier", "the head of ..." as 1.
/// </summary>
public sealed class CasualtyAnnotator : IAnnotator
{
    private readonly CasualtyLexicon _lexicon;

    private CasualtyAnnotator(CasualtyLexicon lexicon) => _lexicon = lexicon;

    public static CasualtyAnnotator Load(DataPack data) => data.Get(d => new CasualtyAnnotator(CasualtyLexicon.Load(d)));

    public string Name => "casualties";

    public IReadOnlyList<Layer> Requires { get; } = [Layer.Sentences, Layer.Quantities];

    public IReadOnlyList<Layer> Produces { get; } = [Layer.Casualties, Layer.StatisticalClaims];

    public void Annotate(Document document)
    {
        IEnumerable<Span> spans = document.Sentences.Count > 0
            ? document.Sentences.Select(s => s.Span)
            : [new Span(0, document.Text.Length)];
        Casualty? previous = null;
        var voice = StatementVoice(document) ?? HeadingVoice(document) ?? FirstPersonSpeaker(document);
        var ownStatement = voice is not null && !IsHeadline(document);
        var voiceEnd = voice is null ? -1 : StatementEnd(document.Text);
        var q = 0;
        var quantities = document.Quantities.OrderBy(x => x.Span).ToList();
        foreach (var span in spans)
        {
            while (q < quantities.Count && quantities[q].Span.Start < span.Start) q++;
            var inSentence = new List<Quantity>();
            for (var k = q; k < quantities.Count && quantities[k].Span.Start < span.End; k++)
                if (span.Contains(quantities[k].Span)) inSentence.Add(quantities[k]);

            var statement = voice is not null && (voiceEnd < 0 || span.Start < voiceEnd);
            var reader = new CasualtySentence(_lexicon, document.Text, span, document.Words.Of(span), inSentence, previous,
                statement ? voice : null, statement && ownStatement);
            reader.Read();
            document.Casualties.AddRange(reader.Casualties.Select(c => c.ClaimedBy is null && OutletOf(document.Text, c.Span) is { } outlet ? c with { ClaimedBy = outlet } : c));
            document.StatisticalClaims.AddRange(reader.Statistics);
            if (reader.Casualties.Count > 0) previous = reader.Casualties[^1];
        }
        RivalClaims(document);
        MutualClaims(document);
        BarredTitles(document);
    }

    /// <summary>
    /// "The Taliban claimed to have killed 35 soldiers ..., while the defence ministry put its own losses at four
    /// dead and said 20 attackers had been killed": when one side's figure of the other's dead is a claim and the
    /// other side is told admitting its own losses ("its own losses", "admitted"), that side speaks as a party too,
    /// so its figure of the first side's dead answers the claim and is a claim as well (only what a side admits of
    /// its own counts). Without the admission ("..., according to the army. The Taliban said 25 soldiers had been
    /// killed") the army's figures are a report and stay counted, as do civilians.
    /// </summary>
    private void MutualClaims(Document document)
    {
        var claimingCamps = document.Casualties.Where(c => c.PartyClaim is not null && c.Count.Value > 0)
            .Select(c => _lexicon.Parties.Find(c.PartyClaim!)).OfType<ClaimParty>()
            .Select(p => ClaimParty.Camp(p.Side)).OfType<string>().ToHashSet();
        if (claimingCamps.Count == 0) return;
        for (var i = 0; i < document.Casualties.Count; i++)
        {
            var c = document.Casualties[i];
            if (c.PartyClaim is not null || c.ClaimedBy is null || c.Count.Value == 0 || _lexicon.Parties.Find(c.ClaimedBy) is not { } party) continue;
            var victims = ClaimParty.Camp(c.Side);
            var own = ClaimParty.Camp(party.Side);
            // the answer is to a claim made by the camp whose dead this figure counts, against the speaker's camp
            if (victims is null || own is null || victims == own || !claimingCamps.Contains(victims) || !Admits(document, c.ClaimedBy)) continue;
            document.Casualties[i] = c with { PartyClaim = party.Name };
        }
    }

    /// <summary>Whether a sentence that gives a figure of <paramref name="claimant"/>'s tells it admitting its own losses (an <c>admission</c> cue).</summary>
    private bool Admits(Document document, string claimant)
    {
        var cues = _lexicon.Cue("admission");
        foreach (var c in document.Casualties)
        {
            if (!string.Equals(c.ClaimedBy, claimant, StringComparison.OrdinalIgnoreCase) || document.SentenceAt(c.Span.Start) is not { } sentence) continue;
            var words = document.Words.Of(sentence.Span);
            for (var k = 0; k < words.Count; k++)
                if (cues.MatchAt(words, k, out _) > 0) return true;
        }
        return false;
    }

    /// <summary>Between the fields or titles of a one-line citation string ("Title - Outlet, date | Title - Outlet").</summary>
    private const string FieldSeparator = " | ";

    /// <summary>
    /// "\"Blast kills 5\" - Pajhwok, 14 Oct | \"Five killed in Khost blast\" - Ariana News | \"Six dead ...\" - TOLOnews":
    /// when two or more bar-separated titles each give a figure, they are several outlets' reports of one toll,
    /// so each title is a source of its own and the rival figures are not added up. A heading whose bars only
    /// separate a speaker and a date from one statement ("MoD | 14 April 2020 | Update: ...") has figures in
    /// one field and is left alone.
    /// </summary>
    private static void BarredTitles(Document document)
    {
        var text = document.Text;
        if (text.Contains(CitationSeparator, StringComparison.Ordinal) || !text.Contains(FieldSeparator, StringComparison.Ordinal)) return;
        var bounds = new List<int> { 0 };
        for (var at = text.IndexOf(FieldSeparator, StringComparison.Ordinal); at >= 0; at = text.IndexOf(FieldSeparator, at + 1, StringComparison.Ordinal))
            bounds.Add(at);
        bounds.Add(text.Length);
        int FieldOf(Span span) => bounds.FindLastIndex(b => b <= span.Start);
        var withFigures = document.Casualties.Where(c => c.Count.Value > 0).Select(c => FieldOf(c.Span)).Distinct().Count();
        if (withFigures < 2) return;
        for (var i = 0; i < document.Casualties.Count; i++)
        {
            var c = document.Casualties[i];
            var field = FieldOf(c.Span);
            var title = text[bounds[field]..bounds[field + 1]].Trim(' ', '|');
            // "Six dead in Khost blast, officials say": a title's own attribution stays; one read off another title does not
            if (c.ClaimedBy is not null && title.Contains(c.ClaimedBy, StringComparison.OrdinalIgnoreCase)) continue;
            document.Casualties[i] = c with { ClaimedBy = TitleSource(title, field) };
        }
    }

    /// <summary>The outlet a title names after its dash ("... kills 5 civilians\" - Pajhwok, 14 Oct 2020" = Pajhwok), else the title's place in the list.</summary>
    private static string TitleSource(string field, int index)
    {
        var dash = field.LastIndexOf(" - ", StringComparison.Ordinal);
        if (dash >= 0)
        {
            var outlet = field[(dash + 3)..].Split(',')[0].Trim();
            if (outlet.Length is > 0 and <= 40 && char.IsUpper(outlet[0])) return outlet;
        }
        return $"title {index + 1}";
    }

    /// <summary>
    /// "..., killing 32 insurgents, the defence ministry said. The Taliban said they had killed 15 soldiers and
    /// suffered no casualties": a side that says it lost nobody disputes the other side's figure of its dead, which
    /// is then a claim however it is relayed (where sources differ the most conservative figure is coded, and
    /// when both sides' claims conflict and nothing else is given, best is 0). Figures of a side's dead that the
    /// side does not deny, and what a side admits of its own, stay counted.
    /// </summary>
    private void RivalClaims(Document document)
    {
        var denying = document.Casualties.Where(c => c.Kind == CasualtyKind.Killed && c.Count.Value == 0 && c.ClaimedBy is not null)
            .Select(c => (Party: _lexicon.Parties.Find(c.ClaimedBy!), c.Side))
            .Where(x => x.Party is not null && (x.Side is null || ClaimParty.Camp(x.Side) == ClaimParty.Camp(x.Party.Side)))
            .Select(x => ClaimParty.Camp(x.Party!.Side)).OfType<string>().ToHashSet();
        if (denying.Count == 0) return;
        for (var i = 0; i < document.Casualties.Count; i++)
        {
            var c = document.Casualties[i];
            if (c.PartyClaim is not null || c.ClaimedBy is null || c.Count.Value == 0 || _lexicon.Parties.Find(c.ClaimedBy) is not { } party) continue;
            var victims = ClaimParty.Camp(c.Side);
            if (victims is null || victims == ClaimParty.Camp(party.Side) || !denying.Contains(victims)) continue;
            document.Casualties[i] = c with { PartyClaim = party.Name };
        }
    }

    /// <summary>Between two outlets' entries of a citation list ("Outlet | date | title || Outlet | date | title").</summary>
    private const string CitationSeparator = "||";

    /// <summary>
    /// "Pajhwok | 2021-03-18 | 3 killed in blast || Khaama Press | 2021-03-18 | Blast kills three": in
    /// a list of several outlets' titles each figure is its outlet's report of the one toll, not more
    /// dead, so the outlet is its source (rival sources' figures are not added up). Null elsewhere.
    /// </summary>
    private static string? OutletOf(string text, Span span)
    {
        var separator = text.IndexOf(CitationSeparator, StringComparison.Ordinal);
        if (separator < 0) return null;
        var start = text.LastIndexOf(CitationSeparator, Math.Max(0, span.Start - 1), StringComparison.Ordinal);
        start = start < 0 ? 0 : start + CitationSeparator.Length;
        var field = text.IndexOf('|', start);
        if (field < 0 || field > span.Start) return null;
        var outlet = text[start..field].Trim();
        return outlet.Length == 0 ? null : outlet;
    }

    private static bool IsUnitNumber(IReadOnlyList<WordToken> words, int i) =>
        i > 0 && words[i].Text.Length <= 2 && words[i - 1].IsWord && !words[i - 1].IsDigits && char.IsUpper(words[i - 1].Text[0]);

    private static bool IsOrdinal(string word) =>
        word.Length > 2 && char.IsDigit(word[0]) && word[^2..].ToLowerInvariant() is "st" or "nd" or "rd" or "th"
        && word[..^2].All(char.IsDigit);

    /// <summary>"Statement of the Islamic Emirate: ... -- Provincial officials confirmed ...": a "--" rule ends the quoted statement; what follows is the outlet's own.</summary>
    private static int StatementEnd(string text) => text.IndexOf(" -- ", StringComparison.Ordinal);

    /// <summary>Words of a written date: a month name, or a number within three words of one ("9 August 2021", "April 14, 2020").</summary>
    private bool IsDatePart(IReadOnlyList<WordToken> words, int i)
    {
        if (_lexicon.Months.Contains(words[i].Lower)) return true;
        if (!words[i].IsDigits) return false;
        for (var k = Math.Max(0, i - 3); k <= Math.Min(words.Count - 1, i + 1); k++)
            if (_lexicon.Months.Contains(words[k].Lower)) return true;
        return false;
    }

    /// <summary>
    /// "Uruzgan governor's spokesman X said in a statement that ... 26 insurgents were killed. On our side, four
    /// soldiers ... were martyred": a text that speaks of "our side" is the statement of the party its first
    /// sentence names as speaker, as much as one that opens "Party:". Null when no first-person side is spoken of
    /// (<c>first-person-side</c> cues) or the first sentence names no party before its reporting verb.
    /// </summary>
    private string? FirstPersonSpeaker(Document document)
    {
        if (document.Sentences.Count < 2) return null;
        var cues = _lexicon.Cue("first-person-side");
        var all = document.Words.Of(new Span(0, document.Text.Length));
        if (!Enumerable.Range(0, all.Count).Any(k => cues.MatchAt(all, k, out _) > 0)) return null;
        var first = document.Words.Of(document.Sentences[0].Span);
        for (var k = 1; k < Math.Min(first.Count, SpeakerWords); k++)
        {
            if (!_lexicon.ReportingVerbs.Contains(first, k)) continue;
            var speaker = document.Text[first[0].Start..first[k - 1].End];
            return _lexicon.Parties.Find(speaker) is not null ? speaker : null;
        }
        return null;
    }

    private static bool IsSpaced(string text, Span dash) =>
        dash.Start > 0 && char.IsWhiteSpace(text[dash.Start - 1]) && dash.End < text.Length && char.IsWhiteSpace(text[dash.End]);

    /// <summary>
    /// "Security Media Cell" or "Niger Defence Ministry communique" on a line of its own above the text: a letterhead
    /// that names a party heads that party's statement, as "Security Media Cell:" would. A letterhead is names
    /// (capitalised words), function words and the nouns of documents (<c>letterhead-word</c>: "statement",
    /// "communique"), with no figure but a date or a unit's number; a title above a story ("Taliban kill 12 police
    /// in Kunduz", "Gunmen attack checkpoint") has a verb or a figure, and an outlet quotes the party it names.
    /// </summary>
    private string? HeadingVoice(Document document)
    {
        var newline = document.Text.IndexOf('\n');
        if (newline <= 0 || document.Text.AsSpan(newline).Trim().IsEmpty) return null;
        var line = document.Text.AsSpan(0, newline).Trim().ToString();
        if (line.Length == 0 || line[^1] is '.' or '!' or '?' or ':' || _lexicon.Parties.Find(line) is null) return null;
        var words = document.Words.Of(new Span(0, newline));
        if (words.Count(w => w.IsWord) > VoiceWords + LetterheadFields) return null;
        var letterhead = _lexicon.Words["letterhead-word"];
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.IsDigits ? !IsOrdinal(w.Text) && !IsUnitNumber(words, i) && !IsDatePart(words, i) && !IsReferenceCode(document.Text, w)
                : w.IsWord && char.IsLower(w.Text[0]) && !letterhead.Contains(w.Text.ToLowerInvariant()))
                return null;
        }
        return line;
    }

    /// <summary>"No PR-148/2021": a number written into a reference code (joined to a slash or a hyphen) is no figure.</summary>
    private static bool IsReferenceCode(string text, WordToken w) =>
        w.Start > 0 && text[w.Start - 1] is '-' or '/' || w.End < text.Length && text[w.End] == '/';

    /// <summary>Words a letterhead may add to the speaker's name: its place, its section, the kind of document.</summary>
    private const int LetterheadFields = 6;

    /// <summary>Most words before the reporting verb of a first sentence that names a statement's speaker.</summary>
    private const int SpeakerWords = 12;

    /// <summary>Longest "Ministry of Defense:" or "Press statement, Paktia police:" a text may open with.</summary>
    private const int VoiceWords = 8;

    /// <summary>
    /// "Police: 6 officers killed as gunmen raid checkpoint": a title (one line, one sentence, no
    /// sentence end) is an outlet quoting the speaker, not the speaker's own statement.
    /// </summary>
    private static bool IsHeadline(Document document)
    {
        var text = document.Text.AsSpan().Trim();
        return text.Length > 0 && !text.Contains('\n') && document.Sentences.Count <= 1
            && text[^1] is not ('.' or '!' or '?' or '"' or '\u201D');
    }

    /// <summary>
    /// "Ministry of Defense: In an operation ... 32 Taliban were killed": a text that opens with a
    /// speaker and a colon is that speaker's statement throughout, so its figures are the speaker's
    /// claims unless a sentence names another source. Null when the text opens otherwise.
    /// </summary>
    private string? StatementVoice(Document document)
    {
        var opening = document.Words.Of(new Span(0, Math.Min(document.Text.Length, 200)));
        var words = 0;
        for (var i = 0; i < opening.Count && words <= VoiceWords; i++, words++)
        {
            var t = opening[i];
            if (t.Text == ":") return i > 0 ? document.Text[opening[0].Start..opening[i - 1].End] : null;
            if (document.Text.AsSpan(opening[0].Start, t.End - opening[0].Start).Contains('\n')) return null;
            // "Ministry of Defense statement, 9 August 2021:", "Afghan MoD | 14 April 2020 | Operational update:": the date of a
            // dated heading and the bars between its fields are no figure and no part of the speaker's name
            // "Defence Headquarters, Abuja - Operation update:": commas and dashes between its fields are no words either
            // "Voice of Jihad - Dasht-e-Archi district has been conquered ...": an armed group's outlet of two words or more
            // before a spaced dash speaks the text as a colon would ("KABUL - ...", a dateline, names no party; a UCDP dyad,
            // "Taleban - Government of Afghanistan", opens with a one-word name; a state body before a dash heads a wire's relay)
            if (i >= 2 && t.Text is "-" or "\u2013" or "\u2014" && IsSpaced(document.Text, new Span(t.Start, t.End))
                && document.Text[opening[0].Start..opening[i - 1].End] is var before && _lexicon.Parties.Find(before) is { Side: "insurgent" })
                return before;
            if (i > 0 && (t.Text is "|" or "," or "-" or "\u2013" or "\u2014" || IsDatePart(opening, i)))
            {
                words--;
                continue;
            }
            // "MoI statement (21 Oct 2019):", "MoD daily report (11 June 2021):": a dated aside in the
            // speaker's name is still its statement (the aside's words do not count towards the limit)
            if (t.Text == "(" && i > 0)
            {
                var close = i + 1;
                while (close < opening.Count && close <= i + VoiceWords && opening[close].Text != ")") close++;
                if (close < opening.Count && opening[close].Text == ")")
                {
                    i = close;
                    continue;
                }
            }
            // "Press release - 209th Corps:" names a unit by its ordinal; a bare figure opens a headline ("12 killed: ...")
            // "FARDC Sokola 1 spokesman:", "Task Force 3:": a short number after a capitalised word numbers a unit
            if (t.IsDigits && !IsOrdinal(t.Text) && !IsUnitNumber(opening, i) || t.Text == ".") return null;
        }
        return null;
    }
}
