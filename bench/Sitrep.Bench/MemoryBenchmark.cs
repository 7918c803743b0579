using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Sitrep.Bench;

/// <summary>
/// Peak memory of an ingest against corpus size: a corpus that grows 30 times must not grow
/// the peak (indexes live in the store, not in RAM). What is measured is the real command,
/// `sitrep ingest corpus.jsonl` with the CLI's own runtime settings, ledger and language check,
/// in a child process. Each size runs under a process of its own (`memory-one`), which reads
/// its one child's peak resident set from the kernel once that child has exited (getrusage),
/// so nothing is sampled and nothing missed. The environment is passed on, so
/// DOTNET_GCHeapHardLimit caps every run alike.
/// </summary>
public static class MemoryBenchmark
{
    public static readonly int[] DefaultSizes = [3_000, 30_000, 100_000];

    /// <summary>`memory [--dense] [N ...]`: one child process per size, then a table of the peaks.</summary>
    /// <param name="dense">The stress corpus (<see cref="CorpusGenerator"/>) instead of the newsroom one (<see cref="NewsroomCorpus"/>).</param>
    public static int Run(IReadOnlyList<int> sizes, bool dense)
    {
        Console.WriteLine(dense ? "corpus: dense (every sentence a new event; density grows with size)" : "corpus: newsroom (a fixed pool of events, more reports of them as size grows)");
        var cap = Environment.GetEnvironmentVariable("DOTNET_GCHeapHardLimit");
        Console.WriteLine($"managed heap cap: {(cap is null ? "none" : $"{cap} ({Convert.ToInt64(cap, 16) / 1024 / 1024} MiB)")}");
        Console.WriteLine("articles   stored   events   links   seconds   articles/s   peak resident set of `sitrep ingest`");
        var failed = false;
        foreach (var size in sizes)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
            start.ArgumentList.Add("exec");
            start.ArgumentList.Add(typeof(MemoryBenchmark).Assembly.Location);
            start.ArgumentList.Add("memory-one");
            start.ArgumentList.Add(size.ToString(CultureInfo.InvariantCulture));
            if (dense) start.ArgumentList.Add("--dense");
            using var child = Process.Start(start)!;
            var line = child.StandardOutput.ReadToEnd().Trim();
            child.WaitForExit();
            Console.WriteLine(child.ExitCode == 0 ? line : $"{size,8:N0}   failed (exit {child.ExitCode}): {line}");
            failed |= child.ExitCode != 0;
        }
        return failed ? 1 : 0;
    }

    /// <summary>`memory-one N [--dense]`: generates N articles, runs `sitrep ingest` on them into a new store, prints one row of the table.</summary>
    public static int RunOne(int articles, bool dense)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            Console.WriteLine($"{articles,8:N0}   the peak of a child process is read with getrusage, which this system lacks");
            return 1;
        }
        var folder = Path.Combine(Path.GetTempPath(), $"sitrep-memory-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, "corpus.jsonl");
            var corpus = dense ? CorpusGenerator.Generate(path, articles) : NewsroomCorpus.Generate(path, articles);
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in (string[])["exec", Path.Combine(AppContext.BaseDirectory, "sitrep.dll"), "ingest", corpus, "--db", Path.Combine(folder, "bench.db")])
                start.ArgumentList.Add(argument);
            var clock = Stopwatch.StartNew();
            using var child = Process.Start(start)!;
            var error = child.StandardError.ReadToEndAsync();
            var summary = child.StandardOutput.ReadToEnd();
            child.WaitForExit();
            clock.Stop();
            var peak = PeakOfChildren();
            var counts = summary.Split('\n').Select(l => l.Split('\t')).Where(f => f.Length == 2)
                .ToDictionary(f => f[0], f => f[1].Trim(), StringComparer.Ordinal);
            string Count(string name) => counts.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture).ToString("N0", CultureInfo.InvariantCulture) : "?";
            if (child.ExitCode != 0)
            {
                Console.WriteLine($"sitrep ingest exited {child.ExitCode}: {error.Result.Split('\n').FirstOrDefault(l => l.Length > 0)}");
                return 1;
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{articles,8:N0} {Count("articles stored"),8} {Count("event mentions"),8} {Count("near-duplicates (linked)"),7} {clock.Elapsed.TotalSeconds,9:F0} {articles / clock.Elapsed.TotalSeconds,12:F0} {peak / 1024.0 / 1024.0,15:F0} MB"));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The largest peak resident set, in bytes, of the child processes waited for (here: the one ingest).</summary>
    private static long PeakOfChildren()
    {
        const int RusageChildren = -1;
        if (getrusage(RusageChildren, out var usage) != 0) throw new InvalidOperationException("getrusage failed");
        // ru_maxrss is in kilobytes on Linux, in bytes on macOS
        return OperatingSystem.IsMacOS() ? usage.MaxResidentSet : usage.MaxResidentSet * 1024;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
        public long MaxResidentSet;
        public long IntegralShared, IntegralData, IntegralStack, MinorFaults, MajorFaults, Swaps,
            BlockIn, BlockOut, MessagesSent, MessagesReceived, Signals, VoluntarySwitches, InvoluntarySwitches;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, out Rusage usage);
}
