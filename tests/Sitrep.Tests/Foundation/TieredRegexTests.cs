using System.Text.RegularExpressions;
using Sitrep.Text;

namespace Sitrep.Tests.Foundation;

public class TieredRegexTests
{
    [Fact]
    public void StartsInterpretedAndCompilesAfterEnoughText()
    {
        var regex = new TieredRegex(@"\b(?:May|June)\s+\d+", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        Assert.False(regex.For("x").Options.HasFlag(RegexOptions.Compiled));
        Assert.False(regex.IsCompiled);

        regex.For((int)TieredRegex.CompileAfterChars);

        Assert.True(regex.For("x").Options.HasFlag(RegexOptions.Compiled));
        Assert.True(regex.IsCompiled);
    }

    [Fact]
    public void BothTiersFindTheSameMatches()
    {
        const string text = "On May 3 and June 14, then May 30.";
        var regex = new TieredRegex(@"\b(?:May|June)\s+\d+");
        var interpreted = regex.Matches(text).Select(m => (m.Index, m.Value)).ToList();
        regex.For((int)TieredRegex.CompileAfterChars);
        var compiled = regex.Matches(text).Select(m => (m.Index, m.Value)).ToList();

        Assert.Equal([(3, "May 3"), (13, "June 14"), (27, "May 30")], interpreted);
        Assert.Equal(interpreted, compiled);
    }
}
