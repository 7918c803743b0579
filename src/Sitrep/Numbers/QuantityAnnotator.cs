using System.Globalization;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Numbers;

/// <summary>
/// Finds counts in text: digits ("5,400", "1.5 million"), number words ("thirty-seven",
/// "a dozen", "two hundred"), vague amounts ("dozens", "several") converted by the conventions
/// in <c>data/numbers/vague.tsv</c>, ranges ("10 to 15", "between 20 and 30") and qualifiers
/// ("at least", "nearly"). Numbers that are not counts (money, percentages, ages, years, days
/// of the month, clock times, durations, distances) are left out: they never become a
/// <see cref="Quantity"/>, so nothing downstream can mistake them for a toll.
/// Conventions: a range's best value is its low end (ACLED codes the most conservative
/// figure); a qualified number keeps Low = High = Value and says its direction in
/// <see cref="Quantity.Qualifier"/>.
/// </summary>
public sealed class QuantityAnnotator : IAnnotator
{
    private readonly NumberLexicon _lexicon;

    private QuantityAnnotator(NumberLexicon lexicon) => _lexicon = lexicon;

    public static QuantityAnnotator Load(DataPack data) => data.Get(d => new QuantityAnnotator(NumberLexicon.Load(d)));

    public string Name => "numbers";

    public IReadOnlyList<Layer> Requires { get; } = [Layer.Sentences];

    public IReadOnlyList<Layer> Produces { get; } = [Layer.Quantities];

    public void Annotate(Document document)
    {
        if (document.Sentences.Count == 0)
        {
            document.Quantities.AddRange(Find(document.Text, document.Words.Of(new Span(0, document.Text.Length))));
            return;
        }
        foreach (var sentence in document.Sentences)
            document.Quantities.AddRange(Find(document.Text, document.Words.Of(sentence.Span)));
    }

    /// <summary>The quantities inside <paramref name="span"/> of <paramref name="text"/>, in text order.</summary>
    public IReadOnlyList<Quantity> Find(string text, Span span) =>
        Find(text, Tokenizer.Tokenize(text, span.Start, span.End));

    private List<Quantity> Find(string text, IReadOnlyList<WordToken> tokens)
    {
        var found = new List<Quantity>();
        var dateTokens = new HashSet<int>();
        var i = 0;
        while (i < tokens.Count)
        {
            var skip = _lexicon.NotNumbers.MatchAt(tokens, i, out _);
            if (skip > 0) { i += skip; continue; }

            var qualifierLength = _lexicon.Qualifiers.MatchAt(tokens, i, out var qualifier);
            var at = i + qualifierLength;
            if (qualifierLength == 0) qualifier = QuantityQualifier.Exact;

            if (at < tokens.Count && tokens[at].Lower == "between"
                && TryNumber(tokens, at + 1, out var from) && from.End < tokens.Count && tokens[from.End].Lower == "and"
                && TryNumber(tokens, from.End + 1, out var to) && to.Value > from.Value && !from.Vague && !to.Vague)
            {
                found.Add(Make(text, tokens, i, to.End, "number.range", from.Value, from.Value, to.Value, QuantityQualifier.Range));
                i = to.End;
                continue;
            }

            if (!TryNumber(tokens, at, out var number))
            {
                i++;
                continue;
            }

            var end = number.End;
            if (!number.Vague && end + 1 < tokens.Count && tokens[end].Lower is "to" or "or" or "-" or "\u2013"
                && TryNumber(tokens, end + 1, out var upper) && !upper.Vague && upper.Value > number.Value
                // "June 3 - Eight members ...": a dash joins a range written all in digits or all in words, not a dateline and its lead
                && (tokens[end].Lower is "to" or "or" || upper.Digits == number.Digits))
            {
                if (IsNonCount(tokens, at, upper.End, number, dateTokens))
                {
                    i = upper.End;
                    continue;
                }
                found.Add(Make(text, tokens, i, upper.End, "number.range", number.Value, number.Value, upper.Value, QuantityQualifier.Range));
                i = upper.End;
                continue;
            }

            if (IsNonCount(tokens, at, end, number, dateTokens) || number.Vague && IsComparative(tokens, at))
            {
                i = end;
                continue;
            }

            var q = qualifierLength > 0 ? qualifier : number.Vague ? QuantityQualifier.Vague : QuantityQualifier.Exact;
            found.Add(Make(text, tokens, i, end, number.Rule, number.Value, number.Low, number.High, q));
            i = end;
        }
        return found;
    }

    private static Quantity Make(string text, IReadOnlyList<WordToken> tokens, int first, int end, string rule,
        long value, long low, long high, QuantityQualifier qualifier)
    {
        var span = new Span(tokens[first].Start, tokens[end - 1].End);
        return new Quantity(span, rule, span.Of(text), value, low, high, qualifier);
    }

    private readonly record struct Parsed(long Value, long Low, long High, int End, bool Vague, bool Digits, string Rule);

    private bool TryNumber(IReadOnlyList<WordToken> tokens, int at, out Parsed parsed)
    {
        parsed = default;
        if (at >= tokens.Count) return false;

        var vagueLength = _lexicon.Vague.MatchAt(tokens, at, out var vague);
        if (vagueLength > 0)
        {
            var end = at + vagueLength;
            // "a number of 10 meetings": the digits carry the count, not the vague phrase.
            if (tokens[end - 1].Lower == "of" && end < tokens.Count && TryNumber(tokens, end, out _)) return false;
            parsed = new Parsed(vague.Value, vague.Low, vague.High, end, true, false, "number.vague");
            return true;
        }
        return TryDigits(tokens, at, out parsed) || TryWords(tokens, at, out parsed);
    }

    private bool TryDigits(IReadOnlyList<WordToken> tokens, int at, out Parsed parsed)
    {
        parsed = default;
        var token = tokens[at];
        if (!token.IsDigits || token.Text.Length > 15) return false;
        var raw = token.Text;
        var hasComma = raw.Contains(',');
        var hasPoint = raw.Contains('.');
        foreach (var c in raw)
            if (!char.IsDigit(c) && c != ',' && c != '.') return false;
        if (hasComma && hasPoint) return false;
        var end = at + 1;
        var scale = 1L;
        if (end < tokens.Count && _lexicon.Words.TryGetValue(tokens[end].Lower, out var w) && w.Role == "scale")
        {
            scale = w.Value;
            end++;
        }
        if (hasPoint && scale == 1) return false; // 3.5 is a measure, not a head count
        var number = decimal.Parse(raw.Replace(",", ""), CultureInfo.InvariantCulture) * scale;
        if (number != decimal.Truncate(number)) return false;
        var value = (long)number;
        parsed = new Parsed(value, value, value, end, false, true, scale == 1 ? "number.digits" : "number.digits-scale");
        return true;
    }

    private bool TryWords(IReadOnlyList<WordToken> tokens, int at, out Parsed parsed)
    {
        parsed = default;
        long total = 0, current = 0;
        var end = at;
        var any = false;
        var lastRole = "";
        for (var k = at; k < tokens.Count; k++)
        {
            var lower = tokens[k].Lower;
            if (!any && lower is "a" or "an")
            {
                // "a dozen", "a hundred": the article stands for one.
                if (k + 1 < tokens.Count && _lexicon.Words.TryGetValue(tokens[k + 1].Lower, out var next)
                    && next.Role is "scale" or "dozen")
                {
                    current = 1;
                    lastRole = "unit";
                    continue;
                }
                return false;
            }
            if (any && lower == "and" && lastRole == "scale" && k + 1 < tokens.Count
                && _lexicon.Words.TryGetValue(tokens[k + 1].Lower, out var afterAnd) && afterAnd.Role is "unit" or "teen" or "ten")
                continue;

            var parts = lower.Split('-', '\u2010', '\u2011');
            var words = new List<(long Value, string Role)>();
            foreach (var part in parts)
            {
                if (!_lexicon.Words.TryGetValue(part, out var word)) { words.Clear(); break; }
                words.Add(word);
            }
            if (words.Count == 0) break;

            var accepted = true;
            foreach (var (value, role) in words)
            {
                switch (role)
                {
                    case "unit" or "teen":
                        if (lastRole is "unit" or "teen") accepted = false;
                        else current += value;
                        break;
                    case "ten":
                        if (lastRole is "unit" or "teen" or "ten") accepted = false;
                        else current += value;
                        break;
                    case "dozen":
                        current = Math.Max(current, 1) * 12;
                        break;
                    case "scale" when value == 100:
                        current = Math.Max(current, 1) * 100;
                        break;
                    case "scale":
                        total += Math.Max(current, 1) * value;
                        current = 0;
                        break;
                }
                if (!accepted) break;
                lastRole = role;
            }
            if (!accepted) break;
            any = true;
            end = k + 1;
        }
        if (!any) return false;
        var result = total + current;
        parsed = new Parsed(result, result, result, end, false, false, "number.words");
        return true;
    }

    /// <summary>"as many killed in May as in June", "how many": a comparison, not an amount.</summary>
    private static bool IsComparative(IReadOnlyList<WordToken> tokens, int at) =>
        at > 0 && tokens[at - 1].Lower is "as" or "how" or "so" or "too" or "that";

    private bool IsNonCount(IReadOnlyList<WordToken> tokens, int start, int end, Parsed number, HashSet<int> dateTokens)
    {
        if (_lexicon.Before.MatchEndingAt(tokens, start, out _) > 0) return true;
        if (_lexicon.After.MatchAt(tokens, end, out _) > 0) return true;
        if (number.Vague) return false;

        var prev = start > 0 ? tokens[start - 1] : default;
        var next = end < tokens.Count ? tokens[end] : default;
        if (IsMonth(prev) || start > 1 && prev.Lower == "." && IsMonth(tokens[start - 2])
            || IsMonth(next) || next.Lower == "of" && end + 1 < tokens.Count && IsMonth(tokens[end + 1])
            // "Oct 24-26" ends a span of days in digits; "KABUL, Oct 24 - Seven villagers died" opens the lead after a dateline
            || start > 1 && prev.Lower is "to" or "-" or "\u2013" or "and" && dateTokens.Contains(start - 2) && number.Digits)
        {
            dateTokens.Add(end - 1);
            return true;
        }
        if (number.Digits && end == start + 1 && tokens[start].Text.Length == 4 && number.Value is >= 1900 and <= 2099)
            return prev.Text is not null && _lexicon.YearLeads.Contains(prev.Lower) || !CountsSomething(next);
        return false;
    }

    private bool IsMonth(WordToken token) =>
        token.Text is { Length: > 0 } && char.IsUpper(token.Text[0]) && _lexicon.Months.Contains(token.Lower);

    /// <summary>"2000 soldiers": a four-digit number followed by a plural noun is a count, not a year.</summary>
    private static bool CountsSomething(WordToken next) =>
        next.Text is { Length: > 1 } && char.IsLower(next.Text[0]) && next.Text.All(char.IsLetter)
        && (next.Lower.EndsWith('s') && next.Lower is not ("was" or "has" or "is" or "this" or "as" or "its")
            || next.Lower is "people" or "police" or "personnel" or "children" or "men" or "women");
}
