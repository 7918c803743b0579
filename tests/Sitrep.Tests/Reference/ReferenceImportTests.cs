using System.Text;
using Sitrep.Documents;
using Sitrep.Reference;
using Sitrep.Storage;
using Sitrep.Tests.Foundation;

namespace Sitrep.Tests.Reference;

public class ReferenceImportTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _files.Dispose();
    }

    private string Write(params string[] lines) => _files.Write($"ref-{Guid.NewGuid():N}.csv", string.Join("\n", lines) + "\n");

    private static (List<ReferenceEvent> Events, List<ReferenceRowError> Errors) ReadAll(string path, ReferenceFlavour? expected = null, ReaderLimits? limits = null)
    {
        var reader = ReferenceFileReader.Open(path, expected, limits);
        var items = reader.Rows().ToList();
        return ([.. items.Where(i => i.Event is not null).Select(i => i.Event!)], [.. items.Where(i => i.Error is not null).Select(i => i.Error!)]);
    }

    [Fact]
    public void An_acled_export_is_read_with_its_date_formats_quoted_commas_and_every_field()
    {
        var path = Write(ReferenceFiles.AcledHeader,
            ReferenceFiles.Acled("AFG1", date: "22 February 2020", notes: "On 22 February, Taliban fighters, \"in numbers\", attacked; 4 killed.", precision: "2"),
            ReferenceFiles.Acled("AFG2", date: "2020-02-23", type: "Explosions/Remote violence", sub: "Remote explosive/landmine/IED", admin1: "Herat", admin2: "Shindand", fatalities: "0"),
            ReferenceFiles.Acled("AFG3", date: "24-Feb-2020", geo: "3", lat: "", lon: ""));
        var (events, errors) = ReadAll(path);
        Assert.Empty(errors);
        Assert.Equal(["AFG1", "AFG2", "AFG3"], events.Select(e => e.Id));
        var first = events[0];
        Assert.Equal(ReferenceFlavour.Acled, first.Flavour);
        Assert.Equal(new DateOnly(2020, 2, 22), first.DateStart);
        Assert.Equal(2, first.TimePrecision);
        Assert.Equal("On 22 February, Taliban fighters, \"in numbers\", attacked; 4 killed.", first.Notes);
        Assert.Equal("Police Forces of Afghanistan (2014-2021)", first.Actor2);
        Assert.Equal((4L, 4L, 4L), (first.Fatalities!.Value, first.FatalitiesLow!.Value, first.FatalitiesHigh!.Value));
        Assert.Equal(33.32462, first.Latitude);
        Assert.Equal(2L, events[0].Line);
        Assert.Equal(new DateOnly(2020, 2, 23), events[1].DateStart);
        Assert.Equal("Explosions/Remote violence", events[1].EventType);
        Assert.Equal(0L, events[1].Fatalities);
        Assert.Equal(new DateOnly(2020, 2, 24), events[2].DateStart);
        Assert.Null(events[2].Latitude);
        Assert.Equal(3, events[2].GeoPrecision);
    }

    [Fact]
    public void Bad_rows_are_reported_at_their_line_and_the_good_rows_around_them_are_kept()
    {
        var path = Write(ReferenceFiles.AcledHeader,
            ReferenceFiles.Acled("AFG1"),
            ReferenceFiles.Acled("AFG2", date: "31 Febuary 2020"),
            ReferenceFiles.Acled("AFG3", date: "03/06/2020"),
            ReferenceFiles.Acled("AFG1", date: "10 March 2020"),
            "AFG4,10 March 2020,2020,1,Political violence,Battles",
            ReferenceFiles.Acled("AFG5", fatalities: "many"),
            ReferenceFiles.Acled("AFG6", type: "Battle"),
            ReferenceFiles.Acled("AFG7", lat: "133.5"),
            ReferenceFiles.Acled("", date: "11 March 2020"),
            ReferenceFiles.Acled("AFG8", precision: "7"),
            ReferenceFiles.Acled("AFG9"));
        var (events, errors) = ReadAll(path);
        Assert.Equal(["AFG1", "AFG9"], events.Select(e => e.Id));
        Assert.Equal([3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L], errors.Select(e => e.Line));
        Assert.All(errors, e => Assert.Equal(path, e.File));
        Assert.Contains("event_date", errors[0].Reason);
        Assert.Contains("ambiguous: 3 June 2020 or 6 March 2020", errors[1].Reason);
        Assert.Contains("duplicate id AFG1 (first at line 2)", errors[2].Reason);
        Assert.Contains("number of fields", errors[3].Reason);
        Assert.Contains("fatalities: \"many\" is not a count", errors[4].Reason);
        Assert.Contains("event_type: \"Battle\" is not one of ACLED's types", errors[5].Reason);
        Assert.Contains("latitude", errors[6].Reason);
        Assert.Contains("event_id_cnty: empty", errors[7].Reason);
        Assert.Contains("time_precision", errors[8].Reason);
    }

    [Fact]
    public void Invalid_utf8_costs_only_its_row()
    {
        var header = Encoding.UTF8.GetBytes(ReferenceFiles.AcledHeader + "\n" + ReferenceFiles.Acled("AFG1") + "\n");
        var bad = Encoding.UTF8.GetBytes(ReferenceFiles.Acled("AFG2", notes: "bad byte here: X") + "\n");
        bad[Array.IndexOf(bad, (byte)'X')] = 0xFF;
        var tail = Encoding.UTF8.GetBytes(ReferenceFiles.Acled("AFG3") + "\n");
        var path = _files.WriteBytes("utf8.csv", [.. header, .. bad, .. tail]);
        var (events, errors) = ReadAll(path);
        Assert.Equal(["AFG1", "AFG3"], events.Select(e => e.Id));
        var error = Assert.Single(errors);
        Assert.Equal(3L, error.Line);
        Assert.Contains("notes: invalid UTF-8", error.Reason);
    }

    [Fact]
    public void A_record_over_the_size_limit_costs_only_its_row()
    {
        var path = Write(ReferenceFiles.AcledHeader, ReferenceFiles.Acled("AFG1"),
            ReferenceFiles.Acled("AFG2", notes: new string('x', 200_000)), ReferenceFiles.Acled("AFG3"), ReferenceFiles.Acled("AFG4"));
        var (events, errors) = ReadAll(path, limits: new ReaderLimits { MaxArticleBytes = 4096 });
        Assert.Equal(["AFG1", "AFG3", "AFG4"], events.Select(e => e.Id));
        Assert.Equal([2L, 4L, 5L], events.Select(e => e.Line));
        var error = Assert.Single(errors);
        Assert.Equal(3L, error.Line);
        Assert.Contains("row longer than the limit of 4,096 bytes (raise it with --max-bytes); row left out, reading goes on at line 4", error.Reason);
    }

    [Fact]
    public void An_unclosed_quote_costs_only_its_row_and_the_rows_it_would_swallow_are_read()
    {
        var path = Write(ReferenceFiles.AcledHeader, ReferenceFiles.Acled("AFG1"),
            ReferenceFiles.Acled("AFG2").Replace("Taliban attacked police in Andar.", "\"Taliban attacked, police"),
            ReferenceFiles.Acled("AFG3"), ReferenceFiles.Acled("AFG4", notes: "a \"quoted\" word"), ReferenceFiles.Acled("AFG5"));
        var (events, errors) = ReadAll(path);
        Assert.Equal(["AFG1", "AFG3", "AFG4", "AFG5"], events.Select(e => e.Id));
        Assert.Equal([2L, 4L, 5L, 6L], events.Select(e => e.Line));
        Assert.Equal("a \"quoted\" word", events[2].Notes);
        var error = Assert.Single(errors);
        Assert.Equal(3L, error.Line);
        Assert.Contains("malformed CSV", error.Reason); // the quote "closes" at AFG4's first quote, two lines on
    }

    [Fact]
    public void Notes_with_line_breaks_inside_quotes_are_one_row()
    {
        var path = Write(ReferenceFiles.AcledHeader, ReferenceFiles.Acled("AFG1", notes: "first line,\nsecond line"), ReferenceFiles.Acled("AFG2"));
        var (events, errors) = ReadAll(path);
        Assert.Empty(errors);
        Assert.Equal("first line,\nsecond line", events[0].Notes);
        Assert.Equal([2L, 4L], events.Select(e => e.Line));
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("\n\n  \n", "the file is empty")]
    [InlineData("id,name,value\n1,a,2\n", "not an ACLED or UCDP GED export")]
    [InlineData("event_id_cnty,event_date,notes\nAFG1,2020-02-22,x\n", "not an ACLED or UCDP GED export")]
    public void A_file_that_is_no_export_is_refused_whole_with_what_was_expected(string content, string expected)
    {
        var path = _files.Write("not.csv", content);
        var e = Assert.Throws<ReferenceFormatException>(() => ReferenceFileReader.Open(path));
        Assert.Contains(expected, e.Message);
        Assert.StartsWith(path, e.Message);
    }

    [Fact]
    public void Missing_required_columns_are_named()
    {
        var path = _files.Write("missing.csv", "event_id_cnty,event_date,notes\nAFG1,2020-02-22,x\n");
        var e = Assert.Throws<ReferenceFormatException>(() => ReferenceFileReader.Open(path, ReferenceFlavour.Acled));
        Assert.Contains("needs the column(s) event_type", e.Message);
    }

    [Fact]
    public void Binary_data_is_refused()
    {
        var path = _files.WriteBytes("data.csv", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x10, 0x00]);
        var e = Assert.Throws<ReferenceFormatException>(() => ReferenceFileReader.Open(path));
        Assert.Contains("binary data (NUL byte at offset 4)", e.Message);
    }

    [Fact]
    public void A_ucdp_file_given_as_acled_is_refused_by_name_and_read_when_its_header_decides()
    {
        var path = Write(ReferenceFiles.UcdpHeader, ReferenceFiles.Ucdp("301"));
        var e = Assert.Throws<ReferenceFormatException>(() => ReferenceFileReader.Open(path, ReferenceFlavour.Acled));
        Assert.Contains("given as ACLED (--as acled), but its header is a UCDP GED export's", e.Message);
        Assert.Contains("--as ucdp", e.Message);
        Assert.Equal(ReferenceFlavour.UcdpGed, ReferenceFileReader.Open(path).Flavour);
    }

    [Fact]
    public void A_ucdp_ged_export_is_read_with_its_time_stamps_unit_suffixes_precisions_and_estimates()
    {
        var path = Write(ReferenceFiles.UcdpHeader,
            ReferenceFiles.Ucdp("301"),
            ReferenceFiles.Ucdp("302", start: "2020-03-01", end: "2020-03-05", violence: "3", datePrec: "2", wherePrec: "4", sideB: "Civilians", best: "7", low: "5", high: "9"),
            ReferenceFiles.Ucdp("303", start: "2020-03-09", end: "2020-03-01"));
        var (events, errors) = ReadAll(path);
        Assert.Equal(["301", "302"], events.Select(e => e.Id));
        var a = events[0];
        Assert.Equal(ReferenceFlavour.UcdpGed, a.Flavour);
        Assert.Equal(new DateOnly(2020, 3, 9), a.DateStart);
        Assert.Equal(1, a.TimePrecision);
        Assert.Equal("Ghazni", a.Admin1);
        Assert.Equal("Andar", a.Admin2);
        Assert.Equal(2, a.GeoPrecision); // where_prec 3: district
        Assert.Equal(("Government of Afghanistan", "Taleban"), (a.Actor1, a.Actor2));
        Assert.Equal("state-based", a.EventType);
        var b = events[1];
        Assert.Equal(("one-sided", 2, 3), (b.EventType, b.TimePrecision, b.GeoPrecision));
        Assert.Equal((7L, 5L, 9L), (b.Fatalities!.Value, b.FatalitiesLow!.Value, b.FatalitiesHigh!.Value));
        Assert.Contains("date_end", Assert.Single(errors).Reason);
    }

    [Fact]
    public void Importing_the_same_file_again_changes_nothing_and_a_newer_export_updates_by_id()
    {
        var path = Write(ReferenceFiles.AcledHeader, ReferenceFiles.Acled("AFG1"), ReferenceFiles.Acled("AFG2", date: "10 March 2020"), "broken,row");
        var db = _files.PathOf("ref.db");
        ReferenceImportSummary Import(string file, string set = "acled")
        {
            using var store = ReferenceStore.Open(db, StoreOpenMode.CreateIfMissing);
            var reader = ReferenceFileReader.Open(file);
            long failed = 0;
            var good = reader.Rows().Where(i => { if (i.Error is not null) failed++; return i.Event is not null; }).Select(i => i.Event!);
            return store.Import(set, reader.Flavour, file, good, () => failed, DateTimeOffset.UnixEpoch);
        }
        var first = Import(path);
        Assert.Equal((2L, 2L, 0L, 0L, 1L), (first.Read, first.New, first.Updated, first.Unchanged, first.Failed));
        var again = Import(path);
        Assert.Equal((2L, 0L, 0L, 2L), (again.Read, again.New, again.Updated, again.Unchanged));
        var newer = Write(ReferenceFiles.AcledHeader, ReferenceFiles.Acled("AFG2", date: "10 March 2020", fatalities: "6"), ReferenceFiles.Acled("AFG3"));
        var update = Import(newer);
        Assert.Equal((1L, 1L, 0L), (update.New, update.Updated, update.Unchanged));
        using (var store = ReferenceStore.Open(db))
        {
            var rows = store.Events("acled").ToList();
            Assert.Equal(["AFG1", "AFG3", "AFG2"], rows.Select(r => r.Id)); // by date, then id
            Assert.Equal(6L, rows.Single(r => r.Id == "AFG2").Fatalities);
            Assert.Equal(["AFG2"], store.Events("acled", new DateOnly(2020, 3, 10), new DateOnly(2020, 3, 31)).Select(r => r.Id));
            var set = Assert.Single(store.Sets());
            Assert.Equal(("acled", ReferenceFlavour.Acled, 3L), (set.Name, set.Flavour, set.Rows));
        }
        var ucdp = Write(ReferenceFiles.UcdpHeader, ReferenceFiles.Ucdp("301"));
        var mixed = Assert.Throws<ReferenceFormatException>(() => Import(ucdp));
        Assert.Contains("holds ACLED rows", mixed.Message);
        Assert.Equal(1L, Import(ucdp, "ucdp").New);
    }
}
