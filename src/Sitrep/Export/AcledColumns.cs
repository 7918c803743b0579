using System.Globalization;
using Sitrep.Ledger;

namespace Sitrep.Export;

/// <summary>
/// The columns of an export row: ACLED's own names, in ACLED's order, then sitrep_* columns for
/// what ACLED does not code and for the evidence (every report's mention and article ids, the
/// casualty claims with their claimants, the fused values' mentions). Shared by the CSV, Parquet
/// and GeoJSON writers, so the three carry the same values.
/// ACLED columns Sitrep cannot fill (iso, region, admin3, tags) are written empty. event_id_cnty
/// is the ledger event id; timestamp is the last report's date (midnight UTC, Unix seconds), so
/// the same ledger exports byte for byte the same. source_scale joins the kinds of outlet
/// (International for wire services, National, Subnational for local press, Other for parties,
/// UN/NGO and partisan outlets), as ACLED joins scales ("National-International").
/// </summary>
public sealed class AcledColumns
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public AcledColumns(Func<string, string?>? countryName = null, Func<string?, int?>? actorType = null)
    {
        Func<string, string?> country = countryName ?? (_ => null);
        Func<string?, int?> inter = actorType ?? (_ => null);
        Columns =
        [
            new("event_id_cnty", ColumnKind.Text, x => x.Event.Id),
            new("event_date", ColumnKind.Text, x => Iso(x.Event.Date?.Value.Start)),
            new("year", ColumnKind.Integer, x => (long?)x.Event.Date?.Value.Start.Year),
            new("time_precision", ColumnKind.Integer, x => (long?)x.Event.Date?.Value.Precision),
            new("disorder_type", ColumnKind.Text, x => TypeFamilies.Of(x.Event.EventType.Value)),
            new("event_type", ColumnKind.Text, x => x.Event.EventType.Value),
            new("sub_event_type", ColumnKind.Text, x => x.Event.SubEventType?.Value),
            new("actor1", ColumnKind.Text, x => x.Event.Actor1?.Value),
            new("assoc_actor_1", ColumnKind.Text, _ => null),
            new("inter1", ColumnKind.Integer, x => (long?)inter(x.Event.Actor1?.Value)),
            new("actor2", ColumnKind.Text, x => x.Event.Actor2?.Value),
            new("assoc_actor_2", ColumnKind.Text, _ => null),
            new("inter2", ColumnKind.Integer, x => (long?)inter(x.Event.Actor2?.Value)),
            new("interaction", ColumnKind.Integer, x => Interaction(inter(x.Event.Actor1?.Value), inter(x.Event.Actor2?.Value))),
            new("civilian_targeting", ColumnKind.Text, x => inter(x.Event.Actor2?.Value) == 7 && TypeFamilies.Of(x.Event.EventType.Value) == TypeFamilies.PoliticalViolence ? "Civilian targeting" : null),
            new("iso", ColumnKind.Integer, _ => null),
            new("region", ColumnKind.Text, _ => null),
            new("country", ColumnKind.Text, x => x.Event.Place?.Value.Country is { } c ? country(c) ?? c : null),
            new("admin1", ColumnKind.Text, x => x.Event.Place?.Value.Admin1),
            new("admin2", ColumnKind.Text, x => x.Event.Place?.Value.Admin2),
            new("admin3", ColumnKind.Text, _ => null),
            new("location", ColumnKind.Text, x => x.Event.Place?.Value.Location),
            new("latitude", ColumnKind.Real, x => x.Event.Place?.Value.Latitude),
            new("longitude", ColumnKind.Real, x => x.Event.Place?.Value.Longitude),
            new("geo_precision", ColumnKind.Integer, x => (long?)x.Event.Place?.Value.GeoPrecision),
            new("source", ColumnKind.Text, x => Join(x.Event.Sources.Select(s => s.Outlet))),
            new("source_scale", ColumnKind.Text, x => SourceScale(x.Event)),
            new("notes", ColumnKind.Text, x => x.Lead?.Sentence),
            new("fatalities", ColumnKind.Integer, x => x.Event.Fatalities?.Best ?? 0),
            new("tags", ColumnKind.Text, _ => null),
            new("timestamp", ColumnKind.Integer, x => x.Event.LastReport is { } d ? (long?)new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds() : null),
            new("sitrep_fatalities_low", ColumnKind.Integer, x => x.Event.Fatalities?.Low),
            new("sitrep_fatalities_high", ColumnKind.Integer, x => x.Event.Fatalities?.High),
            new("sitrep_fatalities_rule", ColumnKind.Text, x => x.Event.Fatalities?.Rule),
            new("sitrep_disputed", ColumnKind.Integer, x => x.Event.Fatalities?.Disputed == true || x.Event.Injuries?.Disputed == true ? 1L : 0L),
            new("sitrep_injuries", ColumnKind.Integer, x => x.Event.Injuries?.Best),
            new("sitrep_plover", ColumnKind.Text, x => x.Event.Plover),
            new("sitrep_reports", ColumnKind.Integer, x => (long)x.Event.Sources.Count),
            new("sitrep_outlets", ColumnKind.Integer, x => (long)x.Event.Outlets),
            new("sitrep_independent_sources", ColumnKind.Integer, x => (long)x.Event.IndependentSources),
            new("sitrep_partisan_only", ColumnKind.Integer, x => x.Event.PartisanOnly ? 1L : 0L),
            new("sitrep_first_report", ColumnKind.Text, x => Iso(x.Event.FirstReport)),
            new("sitrep_last_report", ColumnKind.Text, x => Iso(x.Event.LastReport)),
            new("sitrep_mentions", ColumnKind.Text, x => string.Join("; ", x.Event.Sources.Select(s => s.MentionId))),
            new("sitrep_articles", ColumnKind.Text, x => string.Join("; ", x.Event.Sources.Select(s => s.ArticleId).Distinct())),
            new("sitrep_urls", ColumnKind.Text, x => Join(x.Evidence.Select(e => e.Url))),
            new("sitrep_notes_mention", ColumnKind.Text, x => x.Lead?.MentionId),
            new("sitrep_claims", ColumnKind.Text, x => Claims(x.Event)),
            new("sitrep_evidence", ColumnKind.Text, x => FieldEvidence(x.Event)),
        ];
    }

    public IReadOnlyList<ExportColumn> Columns { get; }

    private static long? Interaction(int? a, int? b) => (a, b) switch
    {
        (null, null) => null,
        ({ } x, null) => x * 10L,
        (null, { } y) => y * 10L,
        ({ } x, { } y) => Math.Min(x, y) * 10L + Math.Max(x, y),
    };

    private static string? SourceScale(LedgerEvent e)
    {
        var scales = e.Sources.Select(s => s.Kind switch
        {
            SourceKind.Wire => "International",
            SourceKind.National => "National",
            SourceKind.Local => "Subnational",
            _ => "Other",
        }).Distinct().Order(StringComparer.Ordinal).ToList();
        return scales.Count == 0 ? null : string.Join("-", scales);
    }

    /// <summary>Every casualty claim: "killed 12 (10-14) by Zabihullah Mujahid [party Taliban] in Voice of Jihad 2020-02-23, mention ev_..."; superseded ones marked.</summary>
    public static string? Claims(LedgerEvent e)
    {
        var parts = new List<string>();
        foreach (var (kind, figure) in new[] { ("killed", e.Fatalities), ("injured", e.Injuries) })
            foreach (var c in figure?.Claims ?? [])
                parts.Add($"{kind} {c.Best}{(c.Low != c.Best || c.High != c.Best ? $" ({c.Low}-{c.High})" : "")}"
                    + (c.ClaimedBy is { } by ? $" by {by}" : "") + (c.Party is { } party ? $" [party {party}]" : "")
                    + (c.Outlet is { } o ? $" in {o}" : "") + (c.Published is { } p ? $" {Iso(p)}" : "")
                    + $", mention {c.MentionId}" + (c.Superseded ? " (superseded)" : ""));
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    /// <summary>The mentions each fused value was taken from: "event_type: ev_1 ev_2; date: ev_1; ...".</summary>
    public static string FieldEvidence(LedgerEvent e)
    {
        var fields = new List<(string, IReadOnlyList<string>?)>
        {
            ("event_type", e.EventType.FromMentions), ("sub_event_type", e.SubEventType?.FromMentions), ("date", e.Date?.FromMentions),
            ("place", e.Place?.FromMentions), ("actor1", e.Actor1?.FromMentions), ("actor2", e.Actor2?.FromMentions),
        };
        return string.Join("; ", fields.Where(f => f.Item2 is { Count: > 0 }).Select(f => $"{f.Item1}: {string.Join(' ', f.Item2!)}"));
    }

    private static string? Join(IEnumerable<string?> values)
    {
        var list = values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct().ToList();
        return list.Count == 0 ? null : string.Join("; ", list);
    }

    public static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", C);
}
