using System.Diagnostics;

namespace Sitrep.Tests.Foundation;

/// <summary>Runs the real `sitrep` binary (built beside the tests) as a user would, with output piped.</summary>
public static class SitrepProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(string workingDirectory, params string[] args) => RunWithInput(workingDirectory, null, args);

    public static Result RunWithInput(string workingDirectory, string? stdin, params string[] args)
    {
        using var process = Start(workingDirectory, redirectInput: true, args);
        if (stdin is not null) process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"sitrep {string.Join(' ', args)} did not finish");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Starts `sitrep ARGS` with stdout and stderr piped (and stdin when asked), for tests that run several at once.</summary>
    public static Process Start(string workingDirectory, bool redirectInput, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sitrep.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return Process.Start(start)!;
    }
}
