using System.Diagnostics;
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Bench;

/// <summary>
/// Peak memory of an ingest against corpus size: a corpus that grows 30 times must not grow
/// the peak (indexes live in the store, not in RAM). Each size runs in a child process of its
/// own, since a process's peak working set only ever rises; the environment is passed on, so
/// DOTNET_GCHeapHardLimit caps every run alike.
/// </summary>
public static class MemoryBenchmark
{
    public static readonly int[] DefaultSizes = [3_000, 30_000, 100_000];

    /// <summary>`memory [N ...]`: one child process per size, then a table of the peaks.</summary>
    public static int Run(IReadOnlyList<int> sizes)
    {
        var cap = Environment.GetEnvironmentVariable("DOTNET_GCHeapHardLimit");
        Console.WriteLine($"managed heap cap: {(cap is null ? "none" : $"{cap} ({Convert.ToInt64(cap, 16) / 1024 / 1024} MiB)")}");
        Console.WriteLine("articles   stored   events   links   seconds   articles/s   peak working set   GC heap at end");
        var failed = false;
        foreach (var size in sizes)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
            start.ArgumentList.Add("exec");
            start.ArgumentList.Add(typeof(MemoryBenchmark).Assembly.Location);
            start.ArgumentList.Add("memory-one");
            start.ArgumentList.Add(size.ToString(CultureInfo.InvariantCulture));
            using var child = Process.Start(start)!;
            var line = child.StandardOutput.ReadToEnd().Trim();
            child.WaitForExit();
            Console.WriteLine(child.ExitCode == 0 ? line : $"{size,8:N0}   failed (exit {child.ExitCode}): {line}");
            failed |= child.ExitCode != 0;
        }
        return failed ? 1 : 0;
    }

    /// <summary>`memory-one N`: generates N articles, ingests them into a new store, prints one row of the table.</summary>
    public static int RunOne(int articles)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"sitrep-memory-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        try
        {
            var corpus = CorpusGenerator.Generate(Path.Combine(folder, "corpus.jsonl"), articles);
            using var store = SqliteStore.Open(Path.Combine(folder, "bench.db"));
            var clock = Stopwatch.StartNew();
            var summary = new Ingestor(PipelineBuilder.Default(), SourceReader.Default(), store).Run([corpus]);
            clock.Stop();
            using var self = Process.GetCurrentProcess();
            self.Refresh();
            var peakHeap = GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{articles,8:N0} {summary.ArticlesStored,8:N0} {summary.EventsFound,8:N0} {summary.NearDuplicates.Count,7:N0} {clock.Elapsed.TotalSeconds,9:F0} {summary.ArticlesRead / clock.Elapsed.TotalSeconds,12:F0} {self.PeakWorkingSet64 / 1024.0 / 1024.0,15:F0} MB {peakHeap / 1024.0 / 1024.0,11:F0} MB"));
            return summary.Errors.Count > 0 ? 1 : 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
