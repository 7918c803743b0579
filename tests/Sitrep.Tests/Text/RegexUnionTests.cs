using System.Text.RegularExpressions;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Tests.Text;

public class RegexUnionTests
{
    private static readonly RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [Fact]
    public void The_union_of_the_shipped_boilerplate_rules_matches_exactly_where_some_rule_does()
    {
        var rules = DataPack.Default.ReadLines("boilerplate/lines.tsv").Select(BoilerplateRule.Parse).Select(r => r.Pattern).ToList();
        var union = RegexUnion.Of(rules);
        Assert.NotNull(union);
        var lines = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.txt")
            .SelectMany(File.ReadLines)
            .Concat(["Leave a Reply", "Share this:", "Support Kabul Now!", "All rights reserved.", "You may also like",
                "12 comments", "Your email address will not be published.", "Donations keep us going, please give today"])
            .Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        Assert.True(lines.Count > 100);
        foreach (var line in lines)
            Assert.True(rules.Any(r => r.IsMatch(line)) == union!.IsMatch(line), line);
        Assert.Contains(lines, union!.IsMatch); // not a union that never matches
    }

    [Theory]
    [InlineData(@"(a)\1")]
    [InlineData(@"(?<x>a)\k<x>")]
    public void Patterns_with_backreferences_are_not_joined(string pattern) =>
        Assert.Null(RegexUnion.Of([new Regex("abc", Options), new Regex(pattern, Options)]));

    [Fact]
    public void An_escaped_backslash_before_a_digit_is_no_backreference() =>
        Assert.NotNull(RegexUnion.Of([new Regex("abc", Options), new Regex(@"a\\1", Options)]));

    [Fact]
    public void Patterns_with_different_options_are_not_joined() =>
        Assert.Null(RegexUnion.Of([new Regex("abc", Options), new Regex("abc", RegexOptions.CultureInvariant)]));

    [Fact]
    public void Inline_options_stay_inside_their_own_pattern()
    {
        var union = RegexUnion.Of([new Regex("(?-i)ABC", Options), new Regex("xyz", Options)])!;
        Assert.Matches(union, "XYZ"); // the second pattern stays case-blind
        Assert.DoesNotMatch(union, "abc");
    }

    [Fact]
    public void A_union_that_runs_out_of_time_leaves_the_decision_to_the_rules()
    {
        var slow = new Regex("(a+)+$", RegexOptions.None, TimeSpan.FromMilliseconds(5));
        Assert.True(RegexUnion.MayMatch(slow, new string('a', 5000) + "!"));
        Assert.True(RegexUnion.MayMatch(null, "anything"));
    }
}
