using System.Text.Json;
using Sitrep.Tests.Export;
using Sitrep.Tests.Foundation;

namespace Sitrep.Tests.Reference;

/// <summary>sitrep import, coverage and export as a user runs them: exit codes, located errors on standard error, data on standard output.</summary>
[Collection(ExportStoreCollection.Name)]
public sealed class ReferenceCliTests : IDisposable
{
    private readonly TestFiles _files = new();
    private readonly string _db;

    public ReferenceCliTests(ExportStore store)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // the fixture's connections closed: its WAL is checkpointed into the file
        _db = _files.PathOf("copy.db");
        File.Copy(store.Db, _db);
    }

    public void Dispose() => _files.Dispose();

    private SitrepProcess.Result Sitrep(params string[] args) => SitrepProcess.Run(_files.Root, [.. args, "--db", _db]);

    [Fact]
    public void Import_keeps_good_rows_lists_bad_ones_by_line_and_is_idempotent()
    {
        var path = _files.Write("acled.csv", string.Join("\n",
            ReferenceFiles.AcledHeader,
            ReferenceFiles.Acled("AFG1", date: "09 March 2020", type: "Explosions/Remote violence", sub: "Remote explosive/landmine/IED", actor1: "Unidentified Armed Group (Afghanistan)"),
            ReferenceFiles.Acled("AFG2", date: "2020-13-01"),
            ReferenceFiles.Acled("AFG3", date: "12 March 2020", admin1: "Helmand", admin2: "Nad Ali", location: "Nad Ali", lat: "31.6", lon: "64.3")) + "\n");
        var first = Sitrep("import", path);
        Assert.Equal(1, first.ExitCode);
        Assert.Equal($"sitrep import: {path}:3: event_date: \"2020-13-01\" is not a date such as 2020-03-12 or 12 March 2020; row left out", first.Stderr.Trim());
        Assert.Contains("new\t2", first.Stdout);
        Assert.Contains("left out\t1", first.Stdout);
        var again = Sitrep("import", path);
        Assert.Contains("new\t0", again.Stdout);
        Assert.Contains("already imported\t2", again.Stdout);

        var coverage = Sitrep("coverage", "--reference", "acled", "--format", "json");
        Assert.Equal(0, coverage.ExitCode);
        using var doc = JsonDocument.Parse(coverage.Stdout);
        var o = doc.RootElement;
        Assert.Equal((2, 1, 3, 1), (o.GetProperty("reference_rows").GetInt32(), o.GetProperty("reference_matched").GetInt32(),
            o.GetProperty("ledger_events").GetInt32(), o.GetProperty("ledger_matched").GetInt32()));
        var sides = o.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("side").GetString(), r.GetProperty("reference_id").GetString())).ToList();
        Assert.Contains(("matched", "AFG1"), sides);
        Assert.Contains(("reference_only", "AFG3"), sides);
        Assert.Equal(2, sides.Count(s => s.Item1 == "ledger_only"));

        var csv = Sitrep("coverage", "--reference", "acled", "--format", "csv");
        Assert.StartsWith("side,reference_id,", csv.Stdout);
        Assert.Equal(5, csv.Stdout.Trim().Split('\n').Length); // header, 2 reference rows, 2 ledger-only events
        Assert.Contains("recall\t50.0%", csv.Stderr);
    }

    [Fact]
    public void A_ucdp_file_given_as_acled_and_an_unknown_reference_are_one_line_errors_with_exit_2()
    {
        var path = _files.Write("ged.csv", ReferenceFiles.UcdpHeader + "\n" + ReferenceFiles.Ucdp("1") + "\n");
        var wrong = Sitrep("import", path, "--as", "acled");
        Assert.Equal(2, wrong.ExitCode);
        Assert.Single(wrong.Stderr.Trim().Split('\n'));
        Assert.Contains("but its header is a UCDP GED export's", wrong.Stderr);
        Assert.Equal("", wrong.Stdout);
        var empty = Sitrep("import", _files.Write("empty.csv", ""));
        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("the file is empty", empty.Stderr);
        Assert.Equal(0, Sitrep("import", path, "--name", "ged-2020").ExitCode);
        var unknown = Sitrep("coverage", "--reference", "acled");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no reference set \"acled\"", unknown.Stderr);
        Assert.Contains("ged-2020 (UCDP GED, 1 rows)", unknown.Stderr);
    }

    [Fact]
    public void Export_to_acled_csv_is_scored_by_eval_and_parquet_needs_a_file()
    {
        var exported = Sitrep("export", "--format", "acled-csv", "-o", "events.csv");
        Assert.Equal(0, exported.ExitCode);
        Assert.Contains("3 events written to events.csv (acled-csv)", exported.Stderr);
        Assert.False(File.Exists(_files.PathOf("events.csv.partial")));
        var eval = Sitrep("eval", "--gold", "events.csv", "--json");
        Assert.Equal(0, eval.ExitCode);
        using var doc = JsonDocument.Parse(eval.Stdout);
        Assert.Equal("acled_csv", doc.RootElement.GetProperty("format").GetString());
        Assert.Equal(3, doc.RootElement.GetProperty("cases_processed").GetInt32()); // one case per exported event
        Assert.Equal(0, doc.RootElement.GetProperty("errors").GetArrayLength());
        Assert.Equal(3, doc.RootElement.GetProperty("metrics").GetProperty("event_found").GetProperty("scored").GetInt32());

        var parquet = Sitrep("export", "--format", "parquet");
        Assert.Equal(2, parquet.ExitCode);
        Assert.Contains("give it with -o FILE", parquet.Stderr);
        var bad = Sitrep("export", "--format", "xlsx");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("acled-csv, geojson, parquet, plover-json", bad.Stderr);
        var filtered = Sitrep("export", "--format", "plover-json", "--province", "Hirat");
        Assert.Single(filtered.Stdout.Trim().Split('\n'));
    }
}
