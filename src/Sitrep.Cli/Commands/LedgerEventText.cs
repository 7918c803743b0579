using System.Globalization;
using Sitrep.Ledger;

namespace Sitrep.Cli.Commands;

/// <summary>A ledger event as text: each fused value with the mentions behind it, every source, and the casualty claims side by side.</summary>
public static class LedgerEventText
{
    public static void Write(LedgerEvent e, string status, string? supersededBy, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine($"ledger event {e.Id}{(status == Storage.LedgerStore.Current ? "" : $"   ({status}{(supersededBy is null ? "" : " by " + supersededBy)})")}");
        output.WriteLine($"reports      {e.Sources.Count} from {e.Outlets} outlet(s), {e.IndependentSources} independent{(e.PartisanOnly ? "; partisan-only: every source speaks for a party" : "")}");
        output.WriteLine();
        Value(output, "type", e.EventType.Value + (e.SubEventType is { } sub ? " / " + sub.Value : ""), e.EventType.FromMentions);
        if (e.Date is { } d)
            Value(output, "date", d.Value.Start == d.Value.End ? d.Value.Start.ToString("yyyy-MM-dd", c) : $"{d.Value.Start:yyyy-MM-dd}..{d.Value.End:yyyy-MM-dd}", d.FromMentions,
                $"precision {d.Value.Precision}");
        if (e.Place is { } p)
            Value(output, "place", string.Join(", ", new[] { p.Value.Location, p.Value.Admin2, p.Value.Admin1, p.Value.Country }.Where(x => x is not null).Distinct()),
                p.FromMentions, $"geo precision {p.Value.GeoPrecision}");
        if (e.Actor1 is { } a1) Value(output, "actor1", a1.Value, a1.FromMentions);
        if (e.Actor2 is { } a2) Value(output, "actor2", a2.Value, a2.FromMentions);
        Figure(output, "fatalities", e.Fatalities);
        Figure(output, "injuries", e.Injuries);
        output.WriteLine();
        output.WriteLine("sources:");
        foreach (var s in e.Sources.OrderBy(s => s.Published).ThenBy(s => s.MentionId, StringComparer.Ordinal))
            output.WriteLine($"  {s.MentionId}  {s.Published?.ToString("yyyy-MM-dd", c) ?? "undated   "}  {s.Outlet ?? "(outlet unknown)"} [{Kind(s.Kind)}{(s.Party is null ? "" : ", speaks for " + s.Party)}]{(s.CopyOf is null ? "" : "  copy of " + s.CopyOf)}  article {s.ArticleId}");
    }

    private static void Value(TextWriter output, string field, string value, IReadOnlyList<string> from, string? note = null) =>
        output.WriteLine($"{field,-11}  {value}{(note is null ? "" : $"  ({note})")}   from {string.Join(", ", from)}");

    private static void Figure(TextWriter output, string field, FusedFigure? f)
    {
        if (f is null) return;
        output.WriteLine($"{field,-11}  best {f.Best}  low {f.Low}  high {f.High}{(f.Disputed ? "  DISPUTED" : "")}   ({f.Rule})");
        foreach (var claim in f.Claims)
            output.WriteLine($"    {claim.Best,5}{(claim.Low != claim.High ? $" ({claim.Low}-{claim.High})" : ""),-10} {claim.ClaimedBy ?? "(the report's own voice)"}" +
                $"{(claim.Party is null ? "" : " [" + claim.Party + "]")}  in {claim.Outlet ?? "?"} {claim.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}  {claim.MentionId}" +
                $"{(claim.FollowUp ? "  update" : "")}{(claim.Superseded ? "  superseded" : "")}");
    }

    private static string Kind(SourceKind kind) => kind switch
    {
        SourceKind.UnNgo => "UN/NGO",
        SourceKind.National => "national press",
        SourceKind.Local => "local press",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
