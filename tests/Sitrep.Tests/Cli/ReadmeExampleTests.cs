using System.Text.Json;
using System.Text.RegularExpressions;
using Sitrep.Tests.Foundation;

namespace Sitrep.Tests.Cli;

/// <summary>
/// Runs the README's examples on the demo corpus, in the README's order in one folder, and compares
/// what they print with what the README shows. In a fenced block, a line "$ COMMAND" is followed by
/// its output. Understood: <c>sitrep ARGS</c> (output: standard output, then standard error),
/// <c>sitrep ARGS &gt; FILE</c> (output: standard error), <c>echo $?</c>, <c>cat FILE</c>. A shown line
/// ending in "..." matches any line it begins; a line "..." matches any further lines; blank lines are
/// not compared. A command piped into another program (jq) runs and must succeed; its output is not
/// compared. <c>sitrep eval</c> scores the gold sets, not the demo corpus, and is left out.
/// </summary>
public class ReadmeExampleTests : IDisposable
{
    /// <summary>The inputs the README's examples name, with the text the README gives for them.</summary>
    private const string Report = "On Tuesday, Taliban fighters attacked a police checkpoint in Andar district of Ghazni province, killing four policemen and wounding two, the provincial governor said.";

    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx"))) dir = dir.Parent!;
        return dir.FullName;
    }

    private static string Readme() => File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));

    private void WriteInputs(string readme)
    {
        CopyFolder(Path.Combine(AppContext.BaseDirectory, "samples"), _files.PathOf("samples"));
        _files.WriteBytes("broken.txt", [0x61, 0x62, 0x63, 0xC3, 0x28, 0x64]); // invalid UTF-8 at byte offset 3
        Assert.Contains(Report[..60], readme.ReplaceLineEndings(" "));
        _files.Write("report.txt", Report);
        // corpus.jsonl is shown in the README by `cat` and written from there
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.GetDirectories(from)) CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
    }

    private sealed record Example(string Command, List<string> Shown);

    private static List<Example> Examples(string readme)
    {
        var examples = new List<Example>();
        var inBlock = false;
        Example? current = null;
        foreach (var line in readme.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inBlock = !inBlock;
                current = null;
                continue;
            }
            if (!inBlock) continue;
            if (line.StartsWith("$ ", StringComparison.Ordinal))
                examples.Add(current = new Example(line[2..], []));
            else
                current?.Shown.Add(line);
        }
        return examples;
    }

    [Fact]
    public void Every_readme_example_prints_what_the_readme_shows()
    {
        var readme = Readme();
        WriteInputs(readme);
        var examples = Examples(readme);
        Assert.Contains(examples, e => e.Command.StartsWith("sitrep demo", StringComparison.Ordinal));
        var lastExit = 0;
        var compared = 0;
        foreach (var (command, shown) in examples)
        {
            if (command.StartsWith("sitrep eval", StringComparison.Ordinal)) continue;
            if (command == "echo $?")
            {
                Assert.Equal(shown.Single(), lastExit.ToString());
                continue;
            }
            if (command.StartsWith("cat ", StringComparison.Ordinal))
            {
                var path = _files.PathOf(command[4..].Trim());
                if (!File.Exists(path)) _files.Write(command[4..].Trim(), string.Join('\n', shown) + "\n"); // an input the README shows
                AssertShown(command, shown, File.ReadAllText(path));
                compared++;
                continue;
            }
            Assert.StartsWith("sitrep ", command);
            var piped = command.IndexOf(" | ", StringComparison.Ordinal) is var bar and >= 0 ? command[(bar + 3)..] : null;
            var sitrep = piped is null ? command : command[..command.IndexOf(" | ", StringComparison.Ordinal)];
            var redirect = Regex.Match(sitrep, @"\s>\s*(\S+)$");
            if (redirect.Success) sitrep = sitrep[..redirect.Index];
            var result = SitrepProcess.Run(_files.Root, Arguments(sitrep[7..]));
            lastExit = result.ExitCode;
            if (redirect.Success)
            {
                File.WriteAllText(_files.PathOf(redirect.Groups[1].Value), result.Stdout);
                AssertShown(command, shown, result.Stderr);
            }
            else if (piped is not null && piped != "cat")
            {
                Assert.True(result.ExitCode == 0, $"{command}: exit {result.ExitCode}: {result.Stderr}");
                continue;
            }
            else
            {
                AssertShown(command, shown, result.Stdout + result.Stderr);
            }
            compared++;
        }
        Assert.True(compared >= 8, $"only {compared} examples compared");
    }

    [Fact]
    public void The_extract_example_gives_the_values_the_readme_shows()
    {
        var readme = Readme();
        var example = Regex.Match(readme, @"\$ sitrep extract report\.txt --published (\S+) \| jq [^\n]+\n(\{[^\n]+\})");
        Assert.True(example.Success);
        _files.Write("report.txt", Report);
        var result = SitrepProcess.Run(_files.Root, "extract", "report.txt", "--published", example.Groups[1].Value);
        Assert.Equal(0, result.ExitCode);
        var e = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("events")[0];
        var shown = JsonDocument.Parse(example.Groups[2].Value).RootElement;
        Assert.Equal(shown.GetProperty("eventType").GetString(), e.GetProperty("eventType").GetString());
        Assert.Equal(shown.GetProperty("subEventType").GetString(), e.GetProperty("subEventType").GetString());
        Assert.Equal(shown.GetProperty("agent").GetString(), e.GetProperty("agent").GetProperty("actorName").GetString());
        Assert.Equal(shown.GetProperty("place").GetString(), e.GetProperty("place").GetProperty("place").GetProperty("admin2").GetString());
        Assert.Equal(shown.GetProperty("date").GetString(), e.GetProperty("date").GetProperty("start").GetString());
    }

    private static void AssertShown(string command, List<string> shown, string actual)
    {
        var expected = shown.Where(l => l.Length > 0).ToList();
        var lines = actual.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
        var i = 0;
        foreach (var line in expected)
        {
            if (line == "...")
            {
                i = lines.Count;
                continue;
            }
            Assert.True(i < lines.Count, $"{command}: README shows \"{line}\", the output ends before it:\n{actual}");
            var matches = line.EndsWith("...", StringComparison.Ordinal) ? lines[i].StartsWith(line[..^3], StringComparison.Ordinal) : lines[i] == line;
            Assert.True(matches, $"{command}: README shows\n  {line}\nthe output has\n  {lines[i]}");
            i++;
        }
        Assert.True(i == lines.Count, $"{command}: the output has lines the README does not show:\n{string.Join('\n', lines.Skip(i))}");
    }

    /// <summary>The words of a command line, as a shell splits them (double quotes group).</summary>
    private static string[] Arguments(string line) =>
        Regex.Matches(line, "\"([^\"]*)\"|(\\S+)").Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToArray();
}
