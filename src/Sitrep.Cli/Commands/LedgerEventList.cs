using System.Globalization;
using System.Text.Json.Nodes;
using Sitrep.Cli.Output;
using Sitrep.Ledger;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep events</c> over the ledger: one row per fused event with ACLED's columns, its
/// fatalities low/high, disputed flag and sources. Mentions not yet fused (a database from before
/// the ledger) are fused first.
/// </summary>
public static class LedgerEventList
{
    private static readonly string[] Columns =
    [
        "event_id", "event_date", "time_precision", "event_type", "sub_event_type", "plover", "actor1", "actor2", "country", "admin1", "admin2",
        "location", "latitude", "longitude", "geo_precision", "fatalities", "fatalities_low", "fatalities_high", "disputed",
        "reports", "outlets", "independent_sources", "partisan_only", "sources",
    ];

    public static int Run(string db, Pipeline.DataPack data, LedgerQuery query, Func<LedgerEvent, bool> keep, bool political, bool acled, int limit,
        OutputFormat format, TextWriter output, Func<string, string?>? countryName = null)
    {
        using var ledger = Stores.OpenLedger(db, data, StoreOpenMode.Existing);
        ledger.Update();
        var events = ledger.Events(query with { Limit = int.MaxValue })
            .Where(e => (e.EventType.Value == Events.EventMention.PoliticalInteraction ? political : acled) && keep(e))
            .ToList();
        var shown = events.Take(limit).ToList();
        Write(shown, format, output, countryName);
        var more = events.Count - shown.Count;
        if (format == OutputFormat.Table)
            output.WriteLine(more > 0
                ? $"{shown.Count} of {events.Count} rows (ledger events); {more} more not shown: use --limit {events.Count}, or --format csv for all"
                : $"{shown.Count} rows (ledger events)");
        else if (more > 0) // an export says it beside the data, never silently
            Console.Error.WriteLine($"sitrep events: {shown.Count} of {events.Count} rows written (--limit {limit}); {more} more not written");
        return ExitCodes.Ok;
    }

    public static void Write(IReadOnlyList<LedgerEvent> events, OutputFormat format, TextWriter output, Func<string, string?>? countryName = null)
    {
        var rows = events.Select(e => Row(e, countryName)).ToList();
        switch (format)
        {
            case OutputFormat.Json:
                foreach (var row in rows)
                {
                    var o = new JsonObject();
                    for (var i = 0; i < Columns.Length; i++) o[Columns[i]] = row[i];
                    output.WriteLine(o.ToJsonString());
                }
                break;
            case OutputFormat.Csv:
                output.WriteLine(string.Join(',', Columns));
                foreach (var row in rows) output.WriteLine(string.Join(',', row.Select(Csv)));
                break;
            default:
                string[] shown = ["event_id", "event_date", "event_type", "admin1", "admin2", "fatalities", "fatalities_low", "fatalities_high", "disputed", "reports", "outlets"];
                var index = shown.Select(c => Array.IndexOf(Columns, c)).ToArray();
                output.WriteLine(string.Join("  ", shown.Select((c, i) => c.PadRight(Width(i)))));
                foreach (var row in rows) output.WriteLine(string.Join("  ", index.Select((c, i) => (row[c] ?? "").PadRight(Width(i)))));
                break;
        }

        int Width(int i) => i == 0 ? 19 : i == 2 ? 26 : 12;
    }

    private static string?[] Row(LedgerEvent e, Func<string, string?>? countryName)
    {
        var c = CultureInfo.InvariantCulture;
        var p = e.Place?.Value;
        var d = e.Date?.Value;
        return
        [
            e.Id, d?.Start.ToString("yyyy-MM-dd", c), d?.Precision.ToString(c), e.EventType.Value, e.SubEventType?.Value, e.Plover, e.Actor1?.Value, e.Actor2?.Value,
            p?.Country is { } country ? countryName?.Invoke(country) ?? country : null, p?.Admin1, p?.Admin2, p?.Location, p?.Latitude?.ToString("0.#####", c), p?.Longitude?.ToString("0.#####", c), p?.GeoPrecision.ToString(c),
            (e.Fatalities?.Best ?? 0).ToString(c), e.Fatalities?.Low.ToString(c), e.Fatalities?.High.ToString(c), e.Fatalities?.Disputed == true ? "1" : "0",
            e.Sources.Count.ToString(c), e.Outlets.ToString(c), e.IndependentSources.ToString(c), e.PartisanOnly ? "1" : "0",
            string.Join("; ", e.Sources.Select(s => s.Outlet).Where(o => o is not null).Distinct()),
        ];
    }

    private static string Csv(string? value) =>
        value is null ? "" : value.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
