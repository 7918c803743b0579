using Sitrep.Evaluation;
using Sitrep.Framing;
using Sitrep.Geo;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Analysis;

/// <summary>The situation report as one offline HTML page, with the charts it embeds (for <c>--png</c>); the CLI and the server both write it.</summary>
public static class ReportPage
{
    public static (SituationReport Report, string Html, ScottPlot.Plot Events, ScottPlot.Plot Fatalities, ScottPlot.Plot Map) Render(
        LedgerFacts facts, LedgerSlice slice, DateRange range, string? province, WindowCatalog windows, DataPack data, DateTimeOffset generated)
    {
        var report = SituationReport.Build(facts, slice, range, province, windows) with { OutletFraming = OutletFraming(facts.Path, range, data) };
        var (events, fatalities) = (ReportCharts.Events(report), ReportCharts.Fatalities(report));
        var map = ReportCharts.Map(report, ProvinceShapes.Load(data), EventsByProvinceId(report, Gazetteer.Load(data)));
        var html = ReportHtml.Write(report,
            ReportCharts.Svg(events, ReportCharts.Width, ReportCharts.Height),
            ReportCharts.Svg(fatalities, ReportCharts.Width, ReportCharts.Height),
            ReportCharts.Svg(map, ReportCharts.MapWidth, ReportCharts.MapHeight),
            generated);
        return (report, html, events, fatalities, map);
    }

    /// <summary>The framing of every outlet's articles published in the period, as <c>sitrep outlets --from --to</c> gives it.</summary>
    private static List<OutletFramingRow> OutletFraming(string db, DateRange range, DataPack data)
    {
        using var store = Stores.Open(db, StoreOpenMode.Existing);
        return [.. StoredOutletFraming.Summaries(store, db, data, range.From, range.To, byMonth: false).Select(OutletFramingRow.Of)];
    }

    /// <summary>Events (all, partisan-only included) per province id of the boundaries (AF-HER), the ledger's admin1 names resolved through the gazetteer.</summary>
    public static IReadOnlyDictionary<string, long> EventsByProvinceId(SituationReport report, Gazetteer gazetteer)
    {
        var resolver = new GazetteerPlaceResolver(gazetteer);
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var k in report.ByProvince)
            if (k.Key is not null && resolver.ResolveName(k.Key, AdminLevel.Province) is { Count: 1 } ids)
                result[ids.First()] = result.GetValueOrDefault(ids.First()) + k.AllEvents;
        return result;
    }
}
