using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// A coder's note that states the total it was coded with ("Fatalities coded as 12 ('dozens')",
/// "[5 fatalities]", "Coded 200 (low), high 800"): that total is the event's, above whatever its
/// sentences' figures add up to, since the coder has already weighed sides, claims and attackers.
/// The patterns are data (<c>casualties/coded_totals.tsv</c>). The note's total goes to the
/// article's first counted event, which is the note's event: a note codes one event.
/// </summary>
public sealed class CodedTotals
{
    public const string Rule = "fatalities.coded-total";

    private readonly IReadOnlyList<Regex> _patterns;

    private CodedTotals(IReadOnlyList<Regex> patterns) => _patterns = patterns;

    public static CodedTotals Load(DataPack data) =>
        data.Get(d => new CodedTotals([.. d.ReadLines("casualties/coded_totals.tsv")
            .Select(p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline, TimeSpan.FromSeconds(1)))]));

    /// <summary>The stated total of <paramref name="text"/>, with its span, or null.</summary>
    public (long Best, long Low, long? High, Span Span)? Find(string text)
    {
        foreach (var pattern in _patterns)
        {
            if (pattern.Match(text) is not { Success: true } m) continue;
            if (!long.TryParse(m.Groups["best"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var best)) continue;
            var low = m.Groups["low"].Success && long.TryParse(m.Groups["low"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : best;
            long? high = m.Groups["high"].Success && long.TryParse(m.Groups["high"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var h) ? h : null;
            var start = m.Groups["best"].Index;
            // the span is the note from its first word, not a separator the pattern began on
            var from = m.Index;
            while (from < start && !char.IsLetterOrDigit(text[from]) && text[from] != '[') from++;
            return (best, Math.Min(low, best), high, new Span(from, m.Index + m.Length));
        }
        return null;
    }

    /// <summary>The mentions with the note's total on the first counted event; unchanged when the text states none.</summary>
    public IReadOnlyList<EventMention> Apply(string text, IReadOnlyList<EventMention> mentions)
    {
        if (Find(text) is not { } coded) return mentions;
        var at = -1;
        for (var i = 0; i < mentions.Count && at < 0; i++)
            if (mentions[i].Counts && !mentions[i].IsPoliticalInteraction) at = i;
        if (at < 0) return mentions;
        var m = mentions[at];
        var parts = m.Fatalities?.Parts ?? [];
        // figures the text gives beyond the coded one (a party's claim) stay the high estimate
        var high = Math.Max(coded.High ?? coded.Best, coded.High is null ? m.Fatalities?.High ?? 0 : 0);
        var count = new CasualtyCount(coded.Best, coded.Low, high, parts) { Claims = m.Fatalities?.Claims ?? [] };
        var evidence = new Evidence("fatalities", coded.Span, Rule, text[coded.Span.Start..coded.Span.End]);
        var result = mentions.ToList();
        result[at] = m with { Fatalities = count, Evidence = [.. m.Evidence.Where(e => e.Field != "fatalities"), evidence] };
        return result;
    }
}
