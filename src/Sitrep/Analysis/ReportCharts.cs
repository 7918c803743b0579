using NetTopologySuite.Geometries;
using ScottPlot;

namespace Sitrep.Analysis;

/// <summary>
/// The report's charts, drawn by ScottPlot: events per week (bars), fatalities per week (the
/// best figure as a line over the low-high band), named windows shaded on both, and the
/// province map (the shipped boundaries as polygons, filled by events). Each is a
/// <see cref="Plot"/> the report embeds as SVG and <c>--png</c> saves as PNG.
/// </summary>
public static class ReportCharts
{
    public const int Width = 900;
    public const int Height = 300;
    public const int MapWidth = 900;
    public const int MapHeight = 640;

    private static readonly Color WindowShade = Color.FromHex("#f4a261").WithAlpha(0.35);

    public static Plot Events(SituationReport report)
    {
        var plot = new Plot();
        Shade(plot, report);
        var bars = report.Weeks.Select(w => new Bar
        {
            Position = X(w.Start) + 3.5,
            Value = w.Events,
            Size = 6,
            FillColor = Color.FromHex("#457b9d"),
            LineWidth = 0,
        }).ToList();
        if (report.Weeks.Any(w => w.PartisanEvents > 0))
            bars.AddRange(report.Weeks.Select(w => new Bar
            {
                Position = X(w.Start) + 3.5, ValueBase = w.Events, Value = w.Events + w.PartisanEvents, Size = 6,
                FillColor = Color.FromHex("#e63946").WithAlpha(0.6), LineWidth = 0,
            }));
        plot.Add.Bars(bars);
        IsoDates(plot);
        plot.Axes.Margins(bottom: 0);
        plot.Title("Events per week");
        plot.YLabel("events");
        plot.ShowLegend([
            new LegendItem { LabelText = "events (a non-party source)", FillColor = Color.FromHex("#457b9d") },
            new LegendItem { LabelText = "partisan-only events", FillColor = Color.FromHex("#e63946").WithAlpha(0.6) },
            new LegendItem { LabelText = "named window", FillColor = WindowShade },
        ], Alignment.UpperLeft);
        return plot;
    }

    public static Plot Fatalities(SituationReport report)
    {
        var plot = new Plot();
        Shade(plot, report);
        var xs = report.Weeks.Select(w => X(w.Start) + 3.5).ToArray();
        if (xs.Length > 0)
        {
            var band = plot.Add.FillY(xs, [.. report.Weeks.Select(w => (double)w.FatalitiesLow)], [.. report.Weeks.Select(w => (double)w.FatalitiesHigh)]);
            band.FillStyle.Color = Color.FromHex("#e76f51").WithAlpha(0.3);
            band.LineStyle.Width = 0;
            band.LegendText = "low-high of the claims in force";
            var best = plot.Add.ScatterLine(xs, [.. report.Weeks.Select(w => (double)w.Fatalities)], Color.FromHex("#9d0208"));
            best.LineWidth = 2;
            best.LegendText = "fatalities (best)";
        }
        IsoDates(plot);
        plot.Axes.Margins(bottom: 0);
        plot.Title("Fatalities per week");
        plot.YLabel("killed");
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    /// <summary>
    /// Provinces filled by their events (white to dark red), those without events grey. The map is
    /// an equirectangular projection: longitudes shrunk by the cosine of Afghanistan's middle latitude.
    /// </summary>
    public static Plot Map(SituationReport report, ProvinceShapes shapes, IReadOnlyDictionary<string, long> eventsByProvinceId)
    {
        var plot = new Plot();
        var scale = Math.Cos(34.0 * Math.PI / 180);
        var max = eventsByProvinceId.Values.DefaultIfEmpty(0).Max();
        foreach (var (id, shape) in shapes.Provinces)
        {
            var events = eventsByProvinceId.GetValueOrDefault(id);
            var fill = events == 0 ? Color.FromHex("#e9ecef") : Heat(max == 0 ? 0 : (double)events / max);
            foreach (var polygon in Polygons(shape))
            {
                var ring = polygon.ExteriorRing.Coordinates.Select(c => new ScottPlot.Coordinates(c.X * scale, c.Y)).ToArray();
                var p = plot.Add.Polygon(ring);
                p.FillColor = fill;
                p.LineColor = Color.FromHex("#495057");
                p.LineWidth = 0.7f;
            }
            var inside = shape.InteriorPoint;
            var label = plot.Add.Text(events == 0 ? id[3..] : $"{id[3..]} {events}", inside.X * scale, inside.Y);
            label.LabelFontSize = 10;
            label.LabelFontColor = Color.FromHex("#212529");
            label.LabelAlignment = Alignment.MiddleCenter;
        }
        plot.Axes.SquareUnits();
        plot.HideAxesAndGrid();
        plot.Title("Events by province");
        plot.ShowLegend([
            new LegendItem { LabelText = "no events", FillColor = Color.FromHex("#e9ecef") },
            new LegendItem { LabelText = "few", FillColor = Heat(0.15) },
            new LegendItem { LabelText = $"{max} (most)", FillColor = Heat(1) },
        ], Alignment.LowerLeft);
        return plot;
    }

    /// <summary>White-yellow to dark red, by the share of the busiest province's events.</summary>
    private static Color Heat(double fraction)
    {
        var from = Color.FromHex("#fee8c8");
        var to = Color.FromHex("#b30000");
        var t = Math.Clamp(fraction, 0, 1);
        return new Color((byte)(from.R + (to.R - from.R) * t), (byte)(from.G + (to.G - from.G) * t), (byte)(from.B + (to.B - from.B) * t));
    }

    private static IEnumerable<Polygon> Polygons(Geometry shape) => shape switch
    {
        Polygon p => [p],
        MultiPolygon m => m.Geometries.OfType<Polygon>(),
        _ => [],
    };

    private static void Shade(Plot plot, SituationReport report)
    {
        foreach (var (window, _) in report.Windows)
        {
            var span = plot.Add.HorizontalSpan(X(window.Range.From), X(window.Range.To) + 1, WindowShade);
            span.LineStyle.Width = 0;
        }
    }

    /// <summary>Date ticks written 2020-02-22, never 02/22/2020: a slashed date reads differently in Kabul and Washington.</summary>
    private static void IsoDates(Plot plot)
    {
        plot.Axes.DateTimeTicksBottom();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.DateTimeAutomatic
        {
            LabelFormatter = d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private static double X(DateOnly day) => day.ToDateTime(TimeOnly.MinValue).ToOADate();

    /// <summary>The plot as an inline SVG element (no XML declaration), to sit inside the HTML.</summary>
    public static string Svg(Plot plot, int width, int height)
    {
        var svg = plot.GetSvgXml(width, height);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start > 0 ? svg[start..] : svg;
    }
}
