using Sitrep.Analysis;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Analysis;

public class WindowCatalogTests
{
    [Fact]
    public void The_shipped_windows_hold_the_ceasefires_the_issue_names()
    {
        var catalog = WindowCatalog.Load(DataPack.Default);
        Assert.Equal("2020-02-22..2020-02-28", catalog.Find("riv-2020")!.Range.ToString());
        Assert.Equal("2020-05-24..2020-05-26", catalog.Find("eid-fitr-2020")!.Range.ToString());
        Assert.Equal("2020-07-31..2020-08-02", catalog.Find("eid-adha-2020")!.Range.ToString());
        Assert.Equal("2021-05-13..2021-05-15", catalog.Find("eid-fitr-2021")!.Range.ToString());
        Assert.All(catalog.Windows, w => Assert.False(string.IsNullOrWhiteSpace(w.Source)));
    }

    [Fact]
    public void A_user_file_adds_windows_and_replaces_one_of_the_same_id()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, "# mine\ntalks-2020\tFirst month of the Doha talks\t2020-09-12\t2020-10-11\ttalks\tmy notes\nriv-2020\tRIV, my dates\t2020-02-21\t2020-02-28\n");
        var catalog = WindowCatalog.Load(DataPack.Default, file);
        Assert.Equal(30, catalog.Find("talks-2020")!.Range.Days);
        Assert.Equal(new DateOnly(2020, 2, 21), catalog.Find("RIV-2020")!.Range.From);
        File.Delete(file);
    }

    [Theory]
    [InlineData("x\tname\t2020-02-30\t2020-03-01", ":2: from:")]
    [InlineData("x\tname\t03/02/2020\t2020-03-05", "ambiguous")]
    [InlineData("x\tname\t2020-03-05\t2020-03-01", "ends (2020-03-01) before it starts")]
    [InlineData("x\tname\t2020-03-05", "at least id, name, from and to")]
    public void A_bad_line_is_refused_with_its_file_and_line(string line, string message)
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, "ok\tfine\t2020-01-01\t2020-01-02\n" + line + "\n");
        var e = Assert.Throws<FormatException>(() => WindowCatalog.Load(DataPack.Default, file));
        Assert.StartsWith(file + ":2: ", e.Message);
        Assert.Contains(message, e.Message);
        File.Delete(file);
    }

    [Fact]
    public void A_window_on_the_command_line_is_a_name_or_a_range()
    {
        var catalog = WindowCatalog.Load(DataPack.Default);
        Assert.Equal(7, catalog.Resolve("riv-2020", out var label, out _)!.Days);
        Assert.Equal("riv-2020", label);
        Assert.Equal(3, catalog.Resolve("24 May 2020..26 May 2020", out _, out _)!.Days);
        Assert.Null(catalog.Resolve("riv-2021", out _, out var problem));
        Assert.Contains("--list-windows", problem);
        Assert.Null(catalog.Resolve("2020-03-05..2020-03-01", out _, out problem));
        Assert.Contains("ends before it starts", problem);
        Assert.Null(catalog.Resolve("03/05/2020..2020-03-09", out _, out problem));
        Assert.Contains("ambiguous", problem);
    }
}
