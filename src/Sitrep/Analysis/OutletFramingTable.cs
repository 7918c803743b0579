using System.Globalization;
using System.Net;
using System.Text;
using Sitrep.Framing;

namespace Sitrep.Analysis;

/// <summary>
/// The report's framing section: per outlet, its articles of the period, the share of their
/// sentences framed in the outlet's own voice, heavily framed and one-sided articles, the parties it
/// quotes, the dead it counts per side and the counting asymmetry, beside its stance from the
/// source registry (the same figures as <c>sitrep outlets</c>). Outlet names are HTML-escaped.
/// </summary>
public static class OutletFramingTable
{
    private static readonly string[] Sides = ["government", "insurgent", "civilian", "foreign"];

    public static void Write(StringBuilder h, IReadOnlyList<OutletFramingRow> rows)
    {
        var c = CultureInfo.InvariantCulture;
        h.Append("<section id=\"framing\"><h2>Framing by outlet</h2>");
        if (rows.Count == 0)
        {
            h.Append("<p>No stored article was published in this period.</p></section>\n");
            return;
        }
        h.Append("<p class=\"note\">Framed: mean share of an article's sentences with a framing technique in the outlet's own voice. Asymmetry: +1 = counts only government dead, -1 = only insurgent dead, 0 = balanced or none.</p>");
        h.Append("<table><tr><th>outlet</th><th>stance</th><th>articles</th><th>framed</th><th>heavily framed</th><th>one-sided</th><th>parties quoted</th><th>dead gov/ins/civ/for</th><th>asymmetry</th></tr>");
        foreach (var r in rows.OrderByDescending(r => r.FramedShare).ThenBy(r => r.Outlet, StringComparer.Ordinal))
            h.Append($"<tr><td>{E(r.Outlet)}</td><td>{E(r.Stance)}</td><td class=\"n\">{r.Articles.ToString(c)}</td><td class=\"n\">{(r.FramedShare * 100).ToString("0", c)}%</td>" +
                     $"<td class=\"n\">{r.HeavilyFramed.ToString(c)}</td><td class=\"n\">{r.OneSided.ToString(c)}</td><td>{E(string.Join(", ", r.PartiesQuoted.Select(p => $"{p.Key} {p.Value}")))}</td>" +
                     $"<td class=\"n\">{E(string.Join("/", Sides.Select(s => r.DeadBySide.GetValueOrDefault(s).ToString(c))))}</td><td class=\"n\">{r.CountingAsymmetry.ToString("+0.00;-0.00;0.00", c)}</td></tr>");
        h.Append("</table></section>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
