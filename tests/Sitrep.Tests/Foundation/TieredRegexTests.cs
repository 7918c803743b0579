using System.Text.RegularExpressions;
using Sitrep.Text;

namespace Sitrep.Tests.Foundation;

public class TieredRegexTests
{
    private const string Text = "On May 3 and June 14, then May 30.";
    private static readonly (int, string)[] Expected = [(3, "May 3"), (13, "June 14"), (27, "May 30")];

    [Fact]
    public void StaysInterpretedWithinItsBudget()
    {
        var regex = new TieredRegex(@"\b(?:May|June)\s+\d+", RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromHours(1));

        Assert.Equal(Expected, regex.Matches(Text).Select(m => (m.Index, m.Value)));
        Assert.False(regex.IsCompiled);
    }

    [Fact]
    public void CompilesOnceTheBudgetIsSpentAndFindsTheSameMatches()
    {
        var regex = new TieredRegex(@"\b(?:May|June)\s+\d+", RegexOptions.CultureInvariant, TimeSpan.Zero);

        Assert.Equal(Expected, regex.Matches(Text).Select(m => (m.Index, m.Value)));
        Assert.True(regex.IsCompiled);
        Assert.Equal(Expected, regex.Matches(Text).Select(m => (m.Index, m.Value)));
        Assert.Equal("June 14", regex.Match(Text, 5).Value);
        Assert.True(regex.IsMatch(Text.AsSpan(27)));
    }

    [Fact]
    public void APatternLongerThanTheCompileLimitStaysInterpretedPastItsBudget()
    {
        var months = string.Join('|', Enumerable.Range(0, 120).Select(i => $"Month{i}"));
        var pattern = $@"\b(?:May|June|{months})\s+\d+";
        Assert.True(pattern.Length > TieredRegex.MaxCompiledLength);
        var regex = new TieredRegex(pattern, RegexOptions.CultureInvariant, TimeSpan.Zero);

        Assert.Equal(Expected, regex.Matches(Text).Select(m => (m.Index, m.Value)));
        Assert.Equal(Expected, regex.Matches(Text).Select(m => (m.Index, m.Value)));
        Assert.False(regex.IsCompiled);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void MatchesInARangeGiveWholeTextOffsetsAndSeeNothingOutsideIt(bool compiled)
    {
        const string text = "anti-war. War again, and war.";
        var regex = new TieredRegex(@"(?<![\p{L}-])war\b", RegexOptions.IgnoreCase, compiled ? TimeSpan.Zero : TimeSpan.FromHours(1));
        regex.Matches(text); // past the tier when compiled

        Assert.Equal([(10, "War"), (25, "war")], regex.Matches(text, 10, text.Length - 10).Select(m => (m.Index, m.Value)));
        // "war" after the hyphen: the lookbehind does not see the hyphen before the range
        Assert.Equal([(5, "war")], regex.Matches(text, 5, 4).Select(m => (m.Index, m.Value)));
        Assert.Empty(regex.Matches(text, 5, 2)); // nor does a match run past the range's end ("wa")
    }
}
