using System.Text.RegularExpressions;
using Sitrep.Tests.Foundation;

namespace Sitrep.Tests.Cli;

public class HelpTextTests
{
    private static string Help(string command)
    {
        var result = SitrepProcess.Run(Path.GetTempPath(), command, "--help");
        Assert.Equal(0, result.ExitCode);
        return result.Stdout;
    }

    [Fact]
    public void The_explain_example_uses_an_id_of_the_form_sitrep_writes()
    {
        var example = Regex.Match(Help("explain"), @"Example: sitrep explain (\S+)");
        Assert.True(example.Success);
        Assert.Matches("^ev_[0-9a-f]{16}$", example.Groups[1].Value);
    }

    [Fact]
    public void Demo_help_lists_db_once_with_the_demo_default()
    {
        var help = Help("demo");
        Assert.Single(Regex.Matches(help, @"^\s*--db", RegexOptions.Multiline));
        Assert.Contains("sitrep-demo.db", help);
        Assert.DoesNotContain("[default: sitrep.db]", help);
    }
}
