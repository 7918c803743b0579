namespace Sitrep.Tests.Foundation;

public class AboutTests
{
    [Fact]
    public void About_prints_the_data_pack_and_the_attribution_its_licences_require()
    {
        var result = SitrepProcess.Run(Path.GetTempPath(), "about");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("data pack: ", result.Stdout);
        Assert.Contains("GeoNames", result.Stdout);
        Assert.Contains("CC BY 4.0", result.Stdout);
        Assert.Contains("geoBoundaries", result.Stdout);
        Assert.Contains("Copyright (c) 2025 Faisal Abubaker", result.Stdout);
    }
}
