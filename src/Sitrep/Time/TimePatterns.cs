using System.Text.RegularExpressions;
using Sitrep.Text;

namespace Sitrep.Time;

/// <summary>
/// The regular expressions that find time expressions, one per rule (interpreted, compiled only
/// on a long run: see <see cref="TieredRegex"/>). Matches are merged as one alternation would give them: the leftmost wins, and of two starting at the same place the
/// rule listed first ("July 25 to 26" before "July 25"); the scan then goes on after the winner.
/// One regex per rule, not one big alternation: each small one keeps .NET's fast search for its
/// possible first characters, which a 27-way alternation loses (measured some 30 times slower).
/// Word lists come from the lexicon, so a new word is a data change.
/// </summary>
public sealed class TimePatterns
{
    /// <summary>
    /// Interpreted scan time of one rule after which it is compiled. Compiling a date rule costs
    /// 2 ms to 6.4 s of CPU (31 rules: 17 s together, measured on the demo and gold texts) while
    /// its interpreted scans cost 0.2-60 ms per 150,000 characters; compiled scans were seldom
    /// faster by more than half. With the shared 25 ms budget nearly every rule compiled within
    /// the first few hundred articles, which was 80 % of the pipeline's time on 1,000 articles
    /// (`profile 1000`: dates 11.4 ms an article, 2.7 ms with no rule compiled). One second
    /// keeps the ski-rental bound (never more than twice the better choice) for rules whose
    /// compile costs about that, and leaves the costlier ones interpreted on any ordinary run.
    /// </summary>
    internal static readonly TimeSpan CompileBudget = TimeSpan.FromSeconds(1);

    private readonly (string Rule, TieredRegex Regex, RuleGate? Gate)[] _rules;

    public TimePatterns(TimeLexicon lexicon)
    {
        var gates = new Dictionary<string, RuleGate>(StringComparer.Ordinal); // one per distinct gate, so a text's gated lines are found once
        var words = WordGates(lexicon);
        _rules = [.. Rules(lexicon).Select(r => (r.Rule, new TieredRegex(@"\b(?:" + r.Pattern + ")", Options, CompileBudget),
            r.Gate is not null ? gates.TryGetValue(r.Gate, out var g) ? g : gates[r.Gate] = RuleGate.Pattern(r.Gate, Options)
            : words.GetValueOrDefault(r.Rule)))];
    }

    /// <summary>
    /// Word gates (<see cref="RuleGate.FirstWords"/>) of rules whose case-blind phrase lists would
    /// scan slower as a pattern than the rule itself. Each list is of phrases the rule takes at a
    /// word's start, after a space, a hyphen or its own start, and that end at a word's end.
    /// </summary>
    private static Dictionary<string, RuleGate> WordGates(TimeLexicon lex)
    {
        var gates = new Dictionary<string, RuleGate>(StringComparer.Ordinal);
        void Add(string rule, IEnumerable<string> phrases) { if (RuleGate.FirstWords(phrases) is { } gate) gates[rule] = gate; }
        Add("date.relative", lex.Relative.Keys);                                         // {relative} opens the rule
        Add("date.part.year", lex.Parts.Keys);                                           // {part}, after "the" or "very"
        Add("date.relative.chained", ["later", "earlier", "day", "morning", "evening", "night"]); // every branch ends on one
        Add("duration", [.. lex.Units.Keys, "days", "weeks", "months", "years", "decades"]);     // {unit} after a space or "-"
        return gates;
    }

    /// <summary>The rules that skip lines, by a pattern or a word gate.</summary>
    internal IEnumerable<string> GatedRules => _rules.Where(r => r.Gate is not null).Select(r => r.Rule);

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>Non-overlapping matches in text order, each with the id of its rule.</summary>
    public IEnumerable<(Match Match, string Rule)> Matches(string text)
    {
        var lines = new GatedLines(text);
        var next = new Match[_rules.Length];
        for (var i = 0; i < _rules.Length; i++) next[i] = Next(i, text, 0, lines);
        var position = 0;
        while (true)
        {
            var best = -1;
            for (var i = 0; i < next.Length; i++)
            {
                if (next[i].Success && next[i].Index < position) next[i] = Next(i, text, position, lines);
                if (next[i].Success && (best < 0 || next[i].Index < next[best].Index)) best = i;
            }
            if (best < 0) yield break;
            var match = next[best];
            yield return (match, _rules[best].Rule);
            position = match.Index + Math.Max(match.Length, 1);
        }
    }

    /// <summary>
    /// The rule's first match at or after <paramref name="position"/>, as a scan of the whole text
    /// finds it. A gated rule's match lies within one line (no part of it crosses a line break)
    /// and holds a match of its gate (a month name, a weekday...), so the lines without one are
    /// skipped; a line with one is tried up to its end first, and only a hit is matched again on
    /// the whole text. The rule's own lookarounds read the same characters either way: none of
    /// them looks past a line break or at the end of the text (no <c>$</c>), see <see cref="Rules"/>.
    /// </summary>
    private Match Next(int rule, string text, int position, GatedLines lines)
    {
        var (_, regex, gate) = _rules[rule];
        if (gate is null) return regex.Match(text, position);
        foreach (var (start, end) in lines.Of(gate))
        {
            if (end < position) continue;
            var from = Math.Max(start, position);
            if (regex.IsMatch(text.AsSpan(0, end), from)) return regex.Match(text, from);
        }
        return Match.Empty;
    }

    /// <summary>The lines of one text in which each gate holds, found once per gate.</summary>
    private sealed class GatedLines(string text)
    {
        private readonly Dictionary<RuleGate, List<(int Start, int End)>> _byGate = [];

        public List<(int Start, int End)> Of(RuleGate gate) =>
            _byGate.TryGetValue(gate, out var found) ? found : _byGate[gate] = gate.Lines(text);
    }

    internal static List<(string Rule, string Pattern, string? Gate)> Rules(TimeLexicon lex)
    {
        const string S = @"[^\S\n]+";          // spaces, never across a line
        const string Dash = @"[^\S\n]*[-\u2013\u2014][^\S\n]*";
        const string Before = @"(?<![\w/.-])";
        var to = $@"(?:{Dash}|{S}(?i:to|and|through|until|till|-){S})";
        var month = Capitalised(lex.Months.Keys);
        var abbreviations = Capitalised(lex.Months.Where(m => m.Key.Length < LongestName(lex, m.Value)).Select(m => m.Key));
        string M(string g) => $@"(?<{g}>{month})\b(?:(?<=(?:{abbreviations}))\.)?";
        string D(string g) => $@"(?<{g}>[12][0-9]|3[01]|0?[1-9])(?i:st|nd|rd|th)?\b(?![:.,]?\d)";
        string Y(string g) => $@"(?<{g}>(?:1[89]|20)\d\d)\b(?![-\u2013/]?\d)";
        var weekdayAbbreviations = Capitalised(lex.Weekdays.Where(w => w.Key.Length < lex.Weekdays.Where(o => o.Value == w.Value).Max(o => o.Key.Length)).Select(w => w.Key));
        var weekday = $@"(?<wd>{Capitalised(lex.Weekdays.Keys)})\b(?:(?<=(?:{weekdayAbbreviations}))\.)?";
        var wdPrefix = $@"(?:{weekday},?{S})?";
        var night = $@"(?<night>(?i:the{S})?(?i:night|nights){S}(?i:of|from){S})?";
        var the = $@"(?i:the{S})?";
        var num = $@"(?<n>\b(?:\d{{1,4}}|(?i:{Words(lex.Numbers.Keys)}))\b)";
        var unit = $@"(?<unit>(?i:{Words(lex.Units.Keys)}))\b";
        var part = $@"(?<part>(?i:{Words(lex.Parts.Keys)}))";
        var ordinal = $@"(?<ord>(?i:{Words(lex.Ordinals.Keys)}))";
        var cue = $@"(?<=\b(?i:{Words(lex.CueWords)}){S})";
        var relative = $@"(?<rel>(?i:{Words(lex.Relative.Keys)}))";
        var dayPart = $@"(?:{S}(?i:morning|afternoon|evening|night))?";
        var recapNoun = $@"(?i:{Words(lex.RecapNouns)})";

        // Gates: a part that every match of the rule holds, so a line without it cannot hold a
        // match (see Next). Only rules whose matches stay on one line and that never test the
        // end of the text ($) have one ("date.day-of-month" tests it). A gate must be much cheaper
        // to scan for than its rule: a literal list such as the month names is; a case-blind list
        // of phrases (the relative dates, units, parts of a period) cost more than the rules they
        // would gate, so those rules have word gates instead (WordGates); the cheap rules go ungated.
        var holidays = Exact(lex.Holidays.Select(h => h.Name));
        var year = @"(?:1[89]|20)\d\d";
        const string ago = "(?i:ago)";
        const string back = "(?i:past|last|previous)";
        var weekdays = Capitalised(lex.Weekdays.Keys);

        return
        [
            ("date.solar", $@"{D("d1")}{S}(?<sm>{Capitalised(lex.SolarMonths.Keys)})\b(?:,?{S}(?<sy>1[34]\d\d)\b)?", null),
            ("date.holiday", $@"(?:(?<eve>(?i:the{S})?(?i:eve){S}(?i:of){S})|(?i:the{S})?(?<hord>(?i:first|second|third)){S}(?i:day){S}(?i:of){S}|(?<=\b(?i:on|during|over|at){S}(?:(?i:the){S})?))(?<hol>{Exact(lex.Holidays.Select(h => h.Name))})(?![\w-])", holidays),
            ("date.iso", $@"{Before}(?<y>(?:1[89]|20)\d\d)(?<sep>[-/.])(?<mo>0?[1-9]|1[0-2])\k<sep>(?<d1>0?[1-9]|[12]\d|3[01])\b(?![/.-]?\d)", null),
            ("date.solar", $@"{Before}(?<sy>1[34]\d\d)(?<sep>[/.])(?<smo>0?[1-9]|1[0-2])\k<sep>(?<d1>0?[1-9]|[12]\d|3[01])\b(?![/.-]?\d)", null),
            ("date.numeric", $@"{Before}(?<a>\d{{1,2}})(?<sep>[/.])(?<b>\d{{1,2}})\k<sep>(?<y>(?:1[89]|20)\d\d|\d\d)(?![\w/]|\.\d)", null),
            ("date.range.md-md", $@"{wdPrefix}{night}{M("m1")}{S}{D("d1")}{to}{M("m2")}{S}{D("d2")}(?:,?{S}{Y("y")})?", month),
            ("date.range.md-d", $@"{wdPrefix}{night}{M("m1")}{S}{D("d1")}{to}{D("d2")}(?:,?{S}{Y("y")})?", month),
            ("date.range.dm-dm", $@"{night}{the}{D("d1")}{S}{M("m1")}{to}{the}{D("d2")}{S}{M("m2")}(?:,?{S}{Y("y")})?", month),
            ("date.range.d-dm", $@"{night}(?i:(?:from|between){S})?{the}{D("d1")}{to}{the}{D("d2")}(?:{S}(?i:of))?{S}{M("m1")}(?:,?{S}{Y("y")})?", month),
            ("date.range.month", $@"(?i:(?:from|between){S})?{M("m1")}(?:{S}{Y("y1")})?{to}{M("m2")},?{S}{Y("y")}|(?i:(?:from|between){S}){M("m1")}(?:{S}{Y("y1")})?{to}{M("m2")}\b", month),
            ("date.range.year", $@"(?i:(?:from|between){S}){Y("y1")}{to}{Y("y")}|{Before}(?<y1>(?:1[89]|20)\d\d)[-\u2013](?<y>(?:1[89]|20)\d\d)\b", year),
            ("date.dmy", $@"{wdPrefix}{the}{D("d1")}(?:{S}(?i:of))?{S}{M("m1")},?{S}{Y("y")}", month),
            ("date.mdy", $@"{wdPrefix}{M("m1")}{S}{D("d1")},?{S}{Y("y")}", month),
            ("date.dm", $@"{wdPrefix}{night}{the}{D("d1")}(?:{S}(?i:of))?{S}{M("m1")}", month),
            ("date.md", $@"{wdPrefix}{night}{M("m1")}{S}{D("d1")}", month),
            ("date.day-of-month", $@"(?<=\b(?i:on|late{S}on|early{S}on|by){S})(?i:the){S}(?<d1>[12][0-9]|3[01]|0?[1-9])(?i:st|nd|rd|th)(?=[^\S\n]*[,.;:)!?]|[^\S\n]*$|[^\S\n]+(?i:and|when|while|after|before|as|at|near|in|of{S}this{S}month)\b)", null),
            ("date.weeks-of", $@"{the}{ordinal}(?:{S}{num})?{S}(?i:weeks?){S}(?i:of){S}{M("m1")}(?:,?{S}{Y("y")})?", month),
            ("date.part.month", $@"{the}(?i:very{S})?{part}(?:{Dash}|{S}){M("m1")}(?:,?{S}{Y("y")})?", month),
            ("date.part.year", $@"{the}(?i:very{S})?{part}(?:{Dash}|{S}){Y("y")}", null),
            ("date.my", $@"{M("m1")},?{S}{Y("y")}", month),
            ("date.month.relative", $@"(?<mod>(?i:last|this|next|past)){S}{M("m1")}", month),
            ("date.decade", $@"{the}(?<dec>(?:1[89]|20)\d0)'?s\b", null),
            ("date.relative.ago", $@"{num}{S}{unit}{S}(?i:ago)\b", ago),
            ("date.relative.chained", $@"{num}{S}{unit}{S}(?<dir>(?i:later|earlier))\b|(?i:the{S})(?<dir>(?i:next|following|previous|same)){S}(?<unit>(?i:day|morning|evening|night))\b|(?<dir>(?i:that)){S}(?<unit>(?i:day|morning|evening|night))\b", null),
            ("date.relative.back", $@"(?:(?<pre>(?i:in|over|during|for|throughout|within)){S})?(?i:the){S}(?i:past|last|previous){S}(?:{num}{S})?{unit}(?!{S}(?i:of)\b)", back),
            ("date.weekday.overnight", $@"(?i:overnight){S}(?:(?i:on|into|to|from){S})?{weekday}", weekdays),
            ("date.relative", $@"{relative}\b{dayPart}", null),
            ("date.nth-day", $@"(?i:for){S}(?i:a|the){S}{ordinal}{S}(?:(?i:straight|consecutive|successive|running){S})?(?i:day){S}(?i:on){S}{weekday}", weekdays),
            ("date.weekday", $@"(?:(?<mod>(?i:last|this|next|past)){S})?{weekday}{dayPart}(?:{S}(?<lw>(?i:(?:of{S})?(?:last|the{S}previous)){S}(?i:week))\b)?", weekdays),
            ("duration", $@"(?:(?i:for|within|in|over|after|during){S}(?:(?i:the|a){S})?(?:(?i:next|past|last|first|coming|more than|nearly|almost|about|over){S})?)?{num}(?:{S}|-){unit}(?!{S}(?i:of){S}(?:{month}|\d))|(?i:for){S}(?<unit>(?i:days|weeks|months|years|decades))\b", null),
            ("date.year", $@"{cue}{Y("y")}", null),
            ("date.year.modifier", $@"(?<=\b(?i:a|an|the|his|her|its|their|our){S}){Y("y")}(?={S}(?:\w+{S})?{recapNoun}\b)", null),
            ("date.month", $@"{cue}{M("m1")}(?![^\S\n]*\d)", month),
        ];
    }

    private static int LongestName(TimeLexicon lex, int month) => lex.Months.Where(m => m.Value == month).Max(m => m.Key.Length);

    /// <summary>Alternation of words in Title and UPPER case, longest first so "September" beats "Sep".</summary>
    private static string Capitalised(IEnumerable<string> words) => string.Join('|', words
        .SelectMany(w => new[] { char.ToUpperInvariant(w[0]) + w[1..], w.ToUpperInvariant() })
        .Distinct()
        .OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)
        .Select(Regex.Escape));

    /// <summary>Alternation of phrases matched as written (case kept), longest first, spaces as any run of spaces.</summary>
    private static string Exact(IEnumerable<string> phrases) => Words(phrases);

    /// <summary>Alternation of phrases (used inside a case-insensitive group), longest first, spaces as any run of spaces.</summary>
    private static string Words(IEnumerable<string> phrases) => string.Join('|', phrases
        .Distinct()
        .OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)
        .Select(w => Regex.Escape(w).Replace(@"\ ", @"[^\S\n]+")));
}
