using System.Text.Json;
using Sitrep.Tests.Foundation;

namespace Sitrep.Tests.Analysis;

/// <summary>trend and compare as a user runs them, on the fixture ledger: figures, name filters, windows and bad input.</summary>
public class AnalysisCliTests : IClassFixture<FixtureLedger>
{
    private readonly FixtureLedger _fixture;

    public AnalysisCliTests(FixtureLedger fixture) => _fixture = fixture;

    private SitrepProcess.Result Run(params string[] args) => SitrepProcess.Run(_fixture.Directory, [.. args, "--db", _fixture.Db]);

    [Fact]
    public void Trend_csv_has_a_zero_filled_row_per_week_with_the_fixtures_counts()
    {
        var r = Run("trend", "--by", "week", "--from", "2020-01-01", "--to", "2020-04-30");
        Assert.Equal(0, r.ExitCode);
        var lines = r.Stdout.TrimEnd().Split('\n');
        Assert.Equal("period_start,period_end,key,events,fatalities_low,fatalities,fatalities_high,partisan_only_events,partisan_only_fatalities_low,partisan_only_fatalities_high", lines[0]);
        Assert.Equal(18, lines.Length - 1); // Monday 2019-12-30 to Monday 2020-04-27
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        var counted = _fixture.Counted.Where(e => e.Day <= new DateOnly(2020, 4, 30)).ToList();
        Assert.Equal(counted.Count(e => !e.Event.PartisanOnly), rows.Sum(c => long.Parse(c[3])));
        Assert.Equal(counted.Where(e => !e.Event.PartisanOnly).Sum(e => e.Best), rows.Sum(c => long.Parse(c[5])));
        Assert.Equal(counted.Count(e => e.Event.PartisanOnly), rows.Sum(c => long.Parse(c[7])));
        Assert.Contains("have no date", r.Stderr);
    }

    [Fact]
    public void Province_and_actor_names_resolve_as_sitrep_events_resolves_them()
    {
        // "Hirat" reaches events stored as "Herat" and as "Hirat"; "ANA" is the Afghan army
        var r = Run("trend", "--by", "month", "--province", "Hirat", "--actor", "ANA", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        var rows = r.Stdout.TrimEnd().Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var expected = _fixture.Counted.Where(e => e.Admin1 is "Herat" or "Hirat"
            && (e.Actor1 == "Military Forces of Afghanistan (2014-2021)" || e.Actor2 == "Military Forces of Afghanistan (2014-2021)")).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, rows.Sum(x => x.GetProperty("events").GetInt64() + x.GetProperty("partisan_only_events").GetInt64()));
    }

    [Fact]
    public void Compare_a_named_window_gives_its_counts_and_lists_its_events_with_sources()
    {
        var r = Run("compare", "--window", "riv-2020", "--by", "actor", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        var json = JsonDocument.Parse(r.Stdout).RootElement;
        var window = _fixture.Counted.Where(e => e.Day >= new DateOnly(2020, 2, 22) && e.Day <= new DateOnly(2020, 2, 28)).ToList();
        var baseline = _fixture.Counted.Where(e => e.Day >= new DateOnly(2020, 2, 15) && e.Day <= new DateOnly(2020, 2, 21)).ToList();
        var all = json.GetProperty("rates")[0];
        Assert.Equal("(all)", all.GetProperty("key").GetString());
        Assert.Equal(window.Count(e => !e.Event.PartisanOnly), all.GetProperty("window_events").GetInt64());
        Assert.Equal(baseline.Count(e => !e.Event.PartisanOnly), all.GetProperty("baseline_events").GetInt64());
        Assert.Equal("2020-02-15", json.GetProperty("baseline_from").GetString());
        Assert.Equal(window.Count, json.GetProperty("events").GetArrayLength());
        var first = json.GetProperty("events")[0];
        var e0 = window.OrderBy(e => e.Day).ThenBy(e => e.Event.Id, StringComparer.Ordinal).First();
        Assert.Equal(e0.Event.Id, first.GetProperty("event_id").GetString());
        Assert.Equal(e0.Event.Sources.Count, first.GetProperty("sources").GetArrayLength());
    }

    [Fact]
    public void Compare_table_and_csv_say_the_same_rate_ratio()
    {
        var csv = Run("compare", "--window", "2020-03-01..2020-03-14", "--baseline", "2020-01-01..2020-02-29", "--format", "csv");
        var table = Run("compare", "--window", "2020-03-01..2020-03-14", "--baseline", "2020-01-01..2020-02-29", "--format", "table");
        Assert.Equal(0, csv.ExitCode);
        var ratio = csv.Stdout.Split('\n')[1].Split(',')[5];
        Assert.Contains($"rate ratio {ratio}  95% CI", table.Stdout);
    }

    [Theory]
    [InlineData("--window", "riv-2099", "no named window \"riv-2099\"")]
    [InlineData("--window", "2020-03-05..2020-03-01", "ends before it starts")]
    [InlineData("--window", "03/05/2020..2020-03-09", "ambiguous")]
    public void A_bad_window_is_one_line_and_exit_2(string option, string value, string message)
    {
        var r = Run("compare", option, value);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.Single(r.Stderr.TrimEnd().Split('\n'));
        Assert.Contains(message, r.Stderr);
    }

    [Fact]
    public void An_unknown_province_names_the_closest_ones()
    {
        var r = Run("trend", "--province", "Gazni");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("closest: Ghazni", r.Stderr);
    }

    [Fact]
    public void List_windows_shows_the_shipped_and_the_users_own()
    {
        var mine = Path.Combine(_fixture.Directory, "mine.tsv");
        File.WriteAllText(mine, "talks-2020\tDoha talks, first month\t2020-09-12\t2020-10-11\ttalks\tmy notes\n");
        var r = Run("compare", "--list-windows", "--windows", mine, "--format", "csv");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("riv-2020,2020-02-22,2020-02-28,7,", r.Stdout);
        Assert.Contains("talks-2020,2020-09-12,2020-10-11,30,talks", r.Stdout);
    }

    [Fact]
    public void A_missing_database_is_an_error_not_an_empty_trend()
    {
        var r = SitrepProcess.Run(_fixture.Directory, "trend", "--db", "nowhere.db");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("nowhere.db", r.Stderr);
    }
}
