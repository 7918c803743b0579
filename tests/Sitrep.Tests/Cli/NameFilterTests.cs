using Sitrep.Tests.Foundation;

namespace Sitrep.Tests.Cli;

/// <summary>--province and --actor resolve names as eval does; an unknown name is an error listing the closest known ones.</summary>
[Collection(DemoCollection.Name)]
public class NameFilterTests(DemoRun demo)
{
    private string[] Rows(params string[] args)
    {
        var result = demo.Sitrep(["events", "--db", demo.Db, "--format", "csv", .. args]);
        Assert.Equal(0, result.ExitCode);
        return result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
    }

    [Theory]
    [InlineData("Hirat")]
    [InlineData("herat")]
    [InlineData("AF-HER")]
    public void A_province_is_found_by_any_of_its_names(string name)
    {
        var herat = Rows("--province", "Herat");
        Assert.NotEmpty(herat);
        Assert.Equal(herat, Rows("--province", name));
    }

    [Fact]
    public void An_actor_is_found_by_its_alias_at_the_organisation_level()
    {
        var ana = Rows("--actor", "ANA");
        Assert.NotEmpty(ana);
        Assert.All(ana, row => Assert.Contains("Military Forces of Afghanistan (2014-2021)", row));
        Assert.Equal(Rows("--actor", "Military Forces of Afghanistan (2014-2021)"), ana);
    }

    [Theory]
    [InlineData("--province", "Hirta", "Herat")]
    [InlineData("--actor", "Talibn", "Taliban")]
    public void An_unknown_name_is_an_error_listing_the_closest_known_names(string option, string name, string closest)
    {
        var result = demo.Sitrep("events", "--db", demo.Db, option, name);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"sitrep events: {option}: ", line);
        Assert.Contains($"\"{name}\"; closest: {closest}", line);
    }
}
