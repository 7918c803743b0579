using System.Diagnostics;
using System.IO.Compression;
using Sitrep.Tests.Foundation;

namespace Sitrep.Tests.Cli;

/// <summary>`dotnet pack` of the CLI (from the build the tests use): a trimmed tool package that carries the README.</summary>
public class ToolPackageTests : IDisposable
{
    /// <summary>
    /// 94 MB before trimming; 25 MB after (most of it SQLite's native builds for every platform); 65.5 MB
    /// since `sitrep report` draws with ScottPlot, whose SkiaSharp and HarfBuzz native builds are kept
    /// for x64/arm64 Linux, macOS and 64-bit Windows (102 MB with every platform's). 70.3 MB with the
    /// PostgreSQL driver (Npgsql, 1.5 MB uncompressed) that `--db postgres://...` needs.
    /// </summary>
    private const long MaxBytes = 71_500_000;

    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void The_tool_package_is_trimmed_and_carries_the_readme()
    {
        var package = Pack();
        Assert.True(new FileInfo(package).Length < MaxBytes, $"{new FileInfo(package).Length:N0} bytes");
        using var zip = ZipFile.OpenRead(package);
        var names = zip.Entries.Select(e => e.FullName).ToList();

        Assert.Contains("README.md", names);
        using (var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open()))
            Assert.Contains("<readme>README.md</readme>", nuspec.ReadToEnd());
        Assert.DoesNotContain(names, n => n.EndsWith(".pdb", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.StartsWith("content/", StringComparison.Ordinal) || n.StartsWith("contentFiles/", StringComparison.Ordinal));
        Assert.Single(names, n => n.EndsWith("/samples/01-kandahar-police-hq-attack.txt", StringComparison.Ordinal));
        Assert.Single(names, n => n.EndsWith("/data/geo/places.tsv", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.EndsWith("fivegrams.json.br", StringComparison.Ordinal) || n.EndsWith("quadrigrams.json.br", StringComparison.Ordinal));
        Assert.Contains(names, n => n.EndsWith("Lingua/LanguageModels/fa/trigrams.json.br", StringComparison.Ordinal)); // what low-accuracy detection reads
        Assert.DoesNotContain(names, n => n.Contains("/de/System.CommandLine.resources.dll", StringComparison.Ordinal));
    }

    private string Pack()
    {
        // tests/Sitrep.Tests/bin/<Configuration>/net10.0/ → the configuration and the repository root
        var bin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = bin.Parent!.Name;
        var root = bin;
        while (!File.Exists(Path.Combine(root.FullName, "Sitrep.slnx"))) root = root.Parent!;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "pack", Path.Combine(root.FullName, "src", "Sitrep.Cli"), "--no-build", "-c", configuration, "-o", _files.Root, "-nologo" })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), "dotnet pack did not finish");
        Assert.True(process.ExitCode == 0, output.Result + error.Result);
        Assert.DoesNotContain("warning", output.Result, StringComparison.OrdinalIgnoreCase); // e.g. "the package is missing a readme"
        return Directory.GetFiles(_files.Root, "*.nupkg").Single();
    }
}
