using System.Globalization;
using System.Net;
using System.Text;
using Sitrep.Ledger;

namespace Sitrep.Analysis;

/// <summary>
/// Writes the situation report as one self-contained HTML file: inline CSS, charts and map as
/// inline SVG, no script, no font, image or style from anywhere else, so it opens offline and
/// mails as one attachment. Every text that came from an article (outlets, actors, places,
/// claimants) is HTML-escaped; source URLs are shown as text, never as links.
/// </summary>
public static class ReportHtml
{
    public static string Write(SituationReport r, string eventsSvg, string fatalitiesSvg, string mapSvg, DateTimeOffset generated)
    {
        var h = new StringBuilder();
        var title = $"Situation report {r.Range}" + (r.Province is { } p ? $", {p}" : "");
        h.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        h.Append($"<title>{E(title)}</title><style>{Css}</style></head><body>\n");
        h.Append($"<h1>{E(title)}</h1>\n<p class=\"note\">Generated {E(generated.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))} by Sitrep from the event ledger (fused events, each traceable to its reports).</p>\n");

        var t = r.Totals;
        h.Append("<section id=\"headline\"><h2>Headline</h2><div class=\"cards\">");
        Card(h, "events", N(t.Events), "told by a source that speaks for no party");
        Card(h, "fatalities", N(t.Fatalities), $"best; low {N(t.FatalitiesLow)}, high {N(t.FatalitiesHigh)}");
        Card(h, "partisan-only events", N(t.PartisanEvents), $"{r.PartisanShare:P0} of all events; counted apart");
        Card(h, "corroborated", N(t.Corroborated), "events told by 2+ independent sources");
        Card(h, "provinces", N(r.ByProvince.Count(k => k.Key is not null)), "with at least one event");
        Card(h, "outlets", N(r.Coverage.Count), "that reported these events");
        h.Append("</div>");
        if (r.Undated > 0) h.Append($"<p class=\"note\">{N(r.Undated)} matching event(s) have no date and are in no figure.</p>");
        h.Append("</section>\n");

        h.Append("<section id=\"trend\"><h2>Weekly trend</h2>");
        h.Append($"<figure>{eventsSvg}</figure><figure>{fatalitiesSvg}</figure>");
        if (r.Windows.Count > 0)
        {
            h.Append("<h3>Named windows in this period</h3><table><tr><th>window</th><th>dates</th><th>events</th><th>a day</th><th>baseline a day</th><th>rate ratio (95% CI)</th><th>p</th></tr>");
            foreach (var (w, c) in r.Windows)
                h.Append($"<tr><td>{E(w.Name)} <span class=\"id\">{E(w.Id)}</span></td><td>{E(w.Range.ToString())}</td><td class=\"n\">{N(c.Ratio.WindowEvents)}</td><td class=\"n\">{D(c.Ratio.WindowRate)}</td><td class=\"n\">{D(c.Ratio.BaselineRate)}</td><td class=\"n\">{D(c.Ratio.Estimate)} ({D(c.Ratio.Low)}-{D(c.Ratio.High)})</td><td class=\"n\">{P(c.Ratio.PValue)}</td></tr>");
            h.Append("</table><p class=\"note\">Baseline: the same number of days immediately before each window. Exact conditional test of two Poisson counts.</p>");
        }
        h.Append("</section>\n");

        h.Append($"<section id=\"map\"><h2>Events by province</h2><figure>{mapSvg}</figure>");
        h.Append("<table><tr><th>province</th><th>events</th><th>partisan-only</th><th>fatalities (low-high)</th></tr>");
        foreach (var k in r.ByProvince)
            h.Append($"<tr><td>{E(k.Key ?? Trend.Unknown)}</td><td class=\"n\">{N(k.Events)}</td><td class=\"n\">{N(k.PartisanEvents)}</td><td class=\"n\">{N(k.Fatalities)} ({N(k.FatalitiesLow)}-{N(k.FatalitiesHigh)})</td></tr>");
        h.Append("</table></section>\n");

        h.Append("<section id=\"actors\"><h2>Actors</h2><p class=\"note\">An event counts for each of its two actors.</p>");
        h.Append("<table><tr><th>actor</th><th>events</th><th>corroborated (2+ independent)</th><th>partisan-only</th><th>fatalities (low-high)</th></tr>");
        foreach (var k in r.ByActor)
            h.Append($"<tr><td>{E(k.Key ?? Trend.Unknown)}</td><td class=\"n\">{N(k.Events)}</td><td class=\"n\">{N(k.Corroborated)}</td><td class=\"n\">{N(k.PartisanEvents)}</td><td class=\"n\">{N(k.Fatalities)} ({N(k.FatalitiesLow)}-{N(k.FatalitiesHigh)})</td></tr>");
        h.Append("</table></section>\n");

        h.Append($"<section id=\"top\"><h2>Largest events</h2><p class=\"note\">The {r.TopEvents.Count} events with the highest fatality figure, with every report behind them.</p>");
        foreach (var e in r.TopEvents) Event(h, e, r.Urls);
        h.Append("</section>\n");

        h.Append("<section id=\"disputed\"><h2>Disputed figures</h2>");
        if (r.Disputed.Count == 0) h.Append("<p>No event of this period has figures the parties dispute.</p>");
        else
        {
            h.Append("<table><tr><th>event</th><th>date</th><th>place</th><th>claims, side by side</th><th>coded</th></tr>");
            foreach (var e in r.Disputed)
                h.Append($"<tr><td class=\"id\">{E(e.Id)}</td><td>{E(Date(e))}</td><td>{E(Place(e))}</td><td>{E(Claims(e))}</td><td class=\"n\">{N(e.Fatalities?.Best ?? 0)}</td></tr>");
            h.Append("</table>");
        }
        h.Append("</section>\n");

        h.Append("<section id=\"coverage\"><h2>Coverage</h2>");
        var partyReports = r.Coverage.Where(c => c.Party is not null).Sum(c => c.Reports);
        var reports = r.Coverage.Sum(c => c.Reports);
        h.Append($"<p>{N(r.Coverage.Count)} outlets gave {N(reports)} reports; {(reports == 0 ? 0 : (double)partyReports / reports):P0} of the reports came from outlets that speak for a party; {r.PartisanShare:P0} of the events were told only by such outlets.</p>");
        h.Append("<table><tr><th>outlet</th><th>speaks for</th><th>events</th><th>reports</th></tr>");
        foreach (var c in r.Coverage)
            h.Append($"<tr><td>{E(c.Outlet)}</td><td>{E(c.Party ?? "independent")}</td><td class=\"n\">{N(c.Events)}</td><td class=\"n\">{N(c.Reports)}</td></tr>");
        h.Append("</table></section>\n");

        OutletFramingTable.Write(h, r.OutletFraming);

        h.Append("<section id=\"method\"><h2>Method</h2><ul>");
        h.Append("<li>Counts are ledger events: the counted reports of one real event, from however many outlets, fused into one (hypothetical, denied, historical and copied reports do not count). Each event is dated by its start.</li>");
        h.Append("<li>Fatalities are the ledger's fused figures: best is the latest independent toll, else the lowest independent figure; low and high span the claims in force. A party's own figure is never the best.</li>");
        h.Append("<li>Partisan-only events (every source speaks for a party) are counted apart: their coded fatalities are 0 and the parties' claims are kept.</li>");
        h.Append("<li>Window comparisons: daily rates and their ratio, with the exact conditional test for two Poisson counts (Clopper-Pearson interval), as R's poisson.test.</li>");
        h.Append("<li>Named windows (shaded) come from data/windows/windows.tsv with their sources.</li>");
        h.Append("<li>Framing: propaganda techniques in each article's own voice (quoted and reported speech belongs to its speaker), from the lexicons and constructions of data/framing; see sitrep framing ARTICLE_ID for the words and rule behind each.</li>");
        h.Append("<li>Boundaries: geoBoundaries ADM1 (CC BY 4.0), simplified. Charts and map drawn with ScottPlot.</li>");
        h.Append("</ul></section>\n</body></html>\n");
        return h.ToString();
    }

    private static void Event(StringBuilder h, LedgerEvent e, IReadOnlyDictionary<string, string> urls)
    {
        var f = e.Fatalities;
        h.Append($"<div class=\"event\"><p><span class=\"id\">{E(e.Id)}</span> {E(Date(e))} &middot; {E(e.EventType.Value)}{(e.SubEventType is { } s ? " / " + E(s.Value) : "")} &middot; {E(Place(e))} &middot; {E(e.Actor1?.Value ?? "?")} vs {E(e.Actor2?.Value ?? "?")} &middot; fatalities {N(f?.Best ?? 0)} ({N(f?.Low ?? 0)}-{N(f?.High ?? 0)}){(f?.Disputed == true ? " &middot; disputed" : "")}{(e.PartisanOnly ? " &middot; partisan-only" : "")} &middot; {N(e.IndependentSources)} independent source(s)</p><ul>");
        foreach (var src in e.Sources)
            h.Append($"<li>{E(src.Outlet ?? "(no outlet)")}{(src.Party is { } party ? $" <span class=\"party\">speaks for {E(party)}</span>" : "")} <span class=\"url\">{E(urls.GetValueOrDefault(src.ArticleId) ?? src.ArticleId)}</span> <span class=\"id\">{E(src.MentionId)}</span></li>");
        h.Append("</ul></div>\n");
    }

    /// <summary>"Ministry of Defence: 30; Taliban: 14 (superseded)": each claim with its claimant (or outlet), in the order made.</summary>
    public static string Claims(LedgerEvent e) =>
        string.Join("; ", (e.Fatalities?.Claims ?? []).Select(c =>
            $"{c.ClaimedBy ?? c.Outlet ?? "unnamed"}{(c.Party is { } p && !string.Equals(p, c.ClaimedBy, StringComparison.OrdinalIgnoreCase) ? $" [{p}]" : "")}: " +
            $"{(c.Low == c.High ? c.Best.ToString(CultureInfo.InvariantCulture) : $"{c.Low}-{c.High}")} killed{(c.Superseded ? " (superseded)" : "")}"));

    private static string Date(LedgerEvent e) => e.Date is { } d ? DateRange.Iso(d.Value.Start) : "undated";

    private static string Place(LedgerEvent e) =>
        string.Join(", ", new[] { e.Place?.Value.Location, e.Place?.Value.Admin2, e.Place?.Value.Admin1 }.Where(x => x is not null).Distinct());

    private static void Card(StringBuilder h, string label, string value, string note) =>
        h.Append($"<div class=\"card\"><div class=\"v\">{E(value)}</div><div class=\"l\">{E(label)}</div><div class=\"s\">{E(note)}</div></div>");

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string N(long v) => v.ToString("N0", CultureInfo.InvariantCulture);

    private static string P(double v) => v < 0.001 ? "&lt;0.001" : D(v);

    private static string D(double v) => double.IsNaN(v) ? "n/a" : double.IsPositiveInfinity(v) ? "&infin;" : v.ToString("0.###", CultureInfo.InvariantCulture);

    private const string Css = """
        body{font-family:system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#212529}
        h1{font-size:1.6em}h2{border-bottom:1px solid #dee2e6;padding-bottom:.2em;margin-top:1.6em}
        .cards{display:flex;flex-wrap:wrap;gap:.8em}.card{border:1px solid #dee2e6;border-radius:6px;padding:.6em .9em;min-width:130px}
        .card .v{font-size:1.6em;font-weight:600}.card .l{font-weight:600}.card .s,.note{color:#6c757d;font-size:.85em}
        table{border-collapse:collapse;margin:.6em 0;font-size:.9em}td,th{border-bottom:1px solid #e9ecef;padding:.25em .6em;text-align:left;vertical-align:top}
        td.n{text-align:right;font-variant-numeric:tabular-nums}.id{font-family:monospace;color:#6c757d;font-size:.85em}
        .url{font-family:monospace;font-size:.8em;color:#495057;word-break:break-all}.party{color:#9d0208;font-size:.85em}
        figure{margin:.5em 0}figure svg{max-width:100%;height:auto}.event{margin:.6em 0}.event p{margin:.2em 0}.event ul{margin:.1em 0}
        """;
}
