using System.Diagnostics;
using Sitrep.Ledger;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Bench;

/// <summary>
/// <c>ledger [N]</c>: fuses N generated mentions (default 1,000,000) in one streaming pass on one
/// thread and reports time, events, the most mentions held at once and peak memory; then adds one
/// article's reports to stored ledgers of growing size and reports the bucket work it took.
/// </summary>
public static class LedgerBenchmark
{
    public static int Run(int count)
    {
        var generation = Stopwatch.StartNew();
        var generated = MentionGenerator.Generate(count).LongCount();
        generation.Stop();
        Console.WriteLine($"generating {generated:N0} mentions alone\t{generation.Elapsed.TotalSeconds:0.0} s (included in the fusion time below)");

        var builder = new LedgerBuilder();
        var fusion = builder.Streaming(FusionConstraints.None);
        var clock = Stopwatch.StartNew();
        long events = 0, mentions = 0, fused = 0;
        var clustering = new Stopwatch();
        var fusing = new Stopwatch();
        foreach (var component in fusion.Components(MentionGenerator.Generate(count)))
        {
            clustering.Start();
            var clusters = builder.Clusterer.Cluster(component, FusionConstraints.None);
            clustering.Stop();
            foreach (var cluster in clusters)
            {
                fusing.Start();
                var e = EventFuser.Fuse(cluster);
                fusing.Stop();
                events++;
                mentions += e.Sources.Count;
                if (e.Sources.Count > 1) fused++;
            }
        }
        clock.Stop();
        Console.WriteLine($"of which clustering link groups\t{clustering.Elapsed.TotalSeconds:0.0} s; fusing values\t{fusing.Elapsed.TotalSeconds:0.0} s");
        using var self = Process.GetCurrentProcess();
        Console.WriteLine($"mentions\t{mentions:N0}");
        Console.WriteLine($"events\t{events:N0} ({fused:N0} of them fused from 2+ reports)");
        Console.WriteLine($"seconds\t{clock.Elapsed.TotalSeconds:0.0} wall, {self.TotalProcessorTime.TotalSeconds:0.0} CPU (the whole process, generation included)");
        Console.WriteLine($"mentions/s\t{mentions / clock.Elapsed.TotalSeconds:N0}");
        Console.WriteLine($"most mentions held at once\t{fusion.PeakActive:N0}");
        Console.WriteLine($"peak working set MB\t{self.PeakWorkingSet64 / 1048576.0:0}");
        Console.WriteLine($"GC heap after MB\t{GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:0}");

        if (Environment.GetEnvironmentVariable("SITREP_BENCH_SKIP_STORE") == "1") return 0;
        foreach (var size in new[] { 10_000, 100_000 })
            OneArticle(size);
        return 0;
    }

    /// <summary>A stored ledger of <paramref name="size"/> mentions, then one more article's three reports: time and mentions read from buckets.</summary>
    private static void OneArticle(int size)
    {
        var folder = Directory.CreateTempSubdirectory("sitrep-ledger-bench-");
        try
        {
            var path = Path.Combine(folder.FullName, "ledger.db");
            using var ledger = LedgerStore.Open(path, DataPack.Default);
            foreach (var batch in MentionGenerator.Generate(size).Chunk(5000)) ledger.Add(batch);
            var extra = MentionGenerator.Generate(size + 3, seed: 2).TakeLast(3)
                .Select((m, i) => m with { Id = $"ev_new{i}", ArticleId = "a_new" }).ToList();
            var clock = Stopwatch.StartNew();
            ledger.Add(extra);
            clock.Stop();
            Console.WriteLine($"add one article to a ledger of {size:N0}\t{clock.Elapsed.TotalMilliseconds:0.0} ms, {ledger.LastBucketReads} mentions read from its buckets");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
