using System.Net;
using System.Text.RegularExpressions;
using Sitrep.Analysis;
using Sitrep.Geo;
using Sitrep.Pipeline;
using Sitrep.Tests.Foundation;

namespace Sitrep.Tests.Analysis;

/// <summary>The situation report: its figures against LINQ over the fixture, and the HTML file: self-contained, escaped, with charts and map.</summary>
public class ReportTests
{
    private static readonly Regex ExternalReference = new(@"<[a-z][^<>]*\s(src|href|xlink:href)\s*=\s*[""']?\s*(https?:)?//", RegexOptions.IgnoreCase);
    private static readonly DateRange Range = new(new DateOnly(2020, 1, 1), new DateOnly(2020, 4, 30));

    [Fact]
    public void Report_figures_match_an_independent_count()
    {
        using var fixture = new FixtureLedger();
        using var facts = LedgerFacts.Open(fixture.Db);
        var report = SituationReport.Build(facts, new LedgerSlice(), Range, null, WindowCatalog.Load(DataPack.Default));
        var counted = fixture.Counted.ToList();
        Assert.Equal(counted.Count(e => !e.Event.PartisanOnly), report.Totals.Events);
        Assert.Equal(counted.Count(e => e.Event.PartisanOnly), report.Totals.PartisanEvents);
        Assert.Equal(counted.Where(e => !e.Event.PartisanOnly).Sum(e => e.High), report.Totals.FatalitiesHigh);
        foreach (var p in report.ByProvince)
            Assert.Equal(counted.Count(e => e.Admin1 == p.Key), p.AllEvents);
        // the largest events: by fatalities high, then sources, date, id
        var top = counted.OrderByDescending(e => e.High).ThenByDescending(e => e.Event.IndependentSources).ThenBy(e => e.Day).ThenBy(e => e.Event.Id, StringComparer.Ordinal)
            .Take(SituationReport.TopCount).Select(e => e.Event.Id);
        Assert.Equal(top, report.TopEvents.Select(e => e.Id));
        Assert.All(report.Disputed, e => Assert.True(e.Fatalities!.Disputed));
        Assert.Equal(Math.Min(SituationReport.DisputedCount, counted.Count(e => e.Event.Fatalities!.Disputed)), report.Disputed.Count);
        // coverage: events and reports per outlet, read from each event's sources
        foreach (var c in report.Coverage)
        {
            var told = counted.Where(e => e.Event.Sources.Any(s => s.Outlet == c.Outlet)).ToList();
            Assert.Equal(told.Count, c.Events);
            Assert.Equal(told.Sum(e => e.Event.Sources.Count(s => s.Outlet == c.Outlet)), c.Reports);
        }
        Assert.Equal("taliban", report.Coverage.Single(c => c.Outlet == "Voice of Jihad").Party);
        // riv-2020 is the one named window in Jan-Apr 2020; it is compared with the 7 days before it
        Assert.Equal(["riv-2020"], report.Windows.Select(w => w.Window.Id));
        Assert.Equal(counted.Count(e => !e.Event.PartisanOnly && e.Day >= new DateOnly(2020, 2, 22) && e.Day <= new DateOnly(2020, 2, 28)), report.Windows[0].Comparison.Ratio.WindowEvents);
        // the map: "Herat" and "Hirat" are one province of the boundaries
        var byId = Sitrep.Analysis.ReportPage.EventsByProvinceId(report, Gazetteer.Load(DataPack.Default));
        Assert.Equal(counted.Count(e => e.Admin1 is "Herat" or "Hirat"), byId["AF-HER"]);
        Assert.Equal(counted.Count(e => e.Admin1 == "Ghazni"), byId["AF-GHA"]);
    }

    [Fact]
    public void Disputed_figures_are_shown_side_by_side_with_their_claimants()
    {
        var e = FixtureLedger.Event(1, new DateOnly(2020, 3, 1), "Battles", "Ghazni", "Taliban", null, 3, 3, 14, 2, partisan: false, disputed: true);
        Assert.Equal("Ministry of Defence [government_af]: 3 killed; Zabihullah Mujahid [taliban]: 14 killed", ReportHtml.Claims(e));
    }

    [Fact]
    public void The_html_file_is_self_contained_escaped_and_holds_charts_map_and_tables()
    {
        const string hostile = "<script>alert('x')</script> & <img src=http://evil.example/a.png>";
        using var fixture = FixtureLedger.Create(seed: 11, count: 150, outletOverride: hostile);
        var png = Path.Combine(fixture.Directory, "png");
        var r = SitrepProcess.Run(fixture.Directory, "report", "--db", fixture.Db, "--from", "2020-01-01", "--to", "2020-04-30", "-o", "report.html", "--png", png);
        Assert.True(r.ExitCode == 0, r.Stderr);
        var html = File.ReadAllText(Path.Combine(fixture.Directory, "report.html"));

        // nothing loaded from anywhere: no script, no src/href/url() to another place, no @import
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        // (in a tag: the hostile outlet name shows its "src=http://" as escaped text, which loads nothing)
        Assert.Matches(ExternalReference, "<img class=\"a\" src=\"https://x.example/a.png\">"); // the check can fail
        Assert.Matches(ExternalReference, "<a href=//x.example/>");
        Assert.DoesNotMatch(ExternalReference, html);
        Assert.DoesNotMatch(new Regex(@"url\(\s*[""']?\s*(https?:)?//|@import", RegexOptions.IgnoreCase), html);
        Assert.Contains(WebUtility.HtmlEncode(hostile), html);

        Assert.Equal(3, Regex.Matches(html, "<svg").Count); // events, fatalities, map
        foreach (var section in new[] { "headline", "trend", "map", "actors", "top", "disputed", "coverage", "method" })
            Assert.Contains($"<section id=\"{section}\">", html);
        var counted = fixture.Counted.Where(e => e.Day <= new DateOnly(2020, 4, 30)).ToList();
        Assert.Contains($"<div class=\"v\">{counted.Count(e => !e.Event.PartisanOnly):N0}</div><div class=\"l\">events</div>", html);
        Assert.Contains("Zabihullah Mujahid [taliban]:", html);
        Assert.Contains("Reduction in violence", html); // riv-2020 falls in the period

        foreach (var name in new[] { "events-per-week.png", "fatalities-per-week.png", "province-map.png" })
        {
            var bytes = File.ReadAllBytes(Path.Combine(png, name));
            Assert.True(bytes.Length > 5000, name);
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]);
        }
    }
}
