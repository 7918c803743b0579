using System.Diagnostics;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Bench;

/// <summary>
/// Where the pipeline's time goes: runs each annotator in turn over a generated corpus
/// (one thread) and prints its share, so a throughput change can be traced to a component.
/// </summary>
public static class AnnotatorProfile
{
    /// <summary>Turning a processed document into database rows and JSON (done on the workers during an ingest).</summary>
    private const string StorageRows = "store-rows";

    public static int Run(int articles, bool warm = false)
    {
        var corpus = CorpusGenerator.Generate(Path.Combine(Path.GetTempPath(), $"sitrep-profile-{Environment.ProcessId}.jsonl"), articles);
        try
        {
            var pipeline = PipelineBuilder.Default();
            var inputs = SourceReader.Default().Read([corpus]).Select(r => r.Article!).ToList();
            pipeline.Process(inputs[0]); // load data before timing
            // Lazy data (the world gazetteer, the one-edit index) loads on the first article that needs it, and
            // date rules compile once past their budget: one-time costs that a short run would count as throughput.
            if (warm)
                foreach (var article in inputs) pipeline.Process(article);
            var time = pipeline.Annotators.ToDictionary(a => a.Name, _ => TimeSpan.Zero);
            var threadCpu = pipeline.Annotators.ToDictionary(a => a.Name, _ => 0.0);
            var allocatedBy = pipeline.Annotators.ToDictionary(a => a.Name, _ => 0L);
            // Process CPU time as well as the wall clock: on a shared machine the wall clock counts other users' load.
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var pauseBefore = GC.GetTotalPauseDuration();
            int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
            foreach (var article in inputs)
            {
                var document = new Document(article);
                foreach (var annotator in pipeline.Annotators)
                {
                    var clock = Stopwatch.StartNew();
                    var began = ThreadClock.Now();
                    var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
                    annotator.Annotate(document);
                    threadCpu[annotator.Name] += ThreadClock.Now() - began;
                    allocatedBy[annotator.Name] += GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
                    time[annotator.Name] += clock.Elapsed;
                }
                var rows = Stopwatch.StartNew();
                var rowsBegan = ThreadClock.Now();
                var rowBytesBefore = GC.GetAllocatedBytesForCurrentThread();
                StoredDocument.From(document);
                threadCpu[StorageRows] = threadCpu.GetValueOrDefault(StorageRows) + ThreadClock.Now() - rowsBegan;
                allocatedBy[StorageRows] = allocatedBy.GetValueOrDefault(StorageRows) + GC.GetAllocatedBytesForCurrentThread() - rowBytesBefore;
                time[StorageRows] = time.GetValueOrDefault(StorageRows) + rows.Elapsed;
            }
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
            var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1e6;
            var pause = (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds;
            var collections = string.Join("/", Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collectionsBefore[g]));
            var total = time.Values.Sum(t => t.TotalMilliseconds);
            var totalCpu = threadCpu.Values.Sum() * 1000;
            // The thread's own CPU time beside the wall clock: it leaves out the waits for a core on a busy machine.
            foreach (var (name, spent) in time.OrderByDescending(t => t.Value))
                Console.WriteLine($"{name,-12} {spent.TotalMilliseconds,9:F0} ms  {spent.TotalMilliseconds / total,6:P0}  {spent.TotalMilliseconds * 1000 / inputs.Count,8:F0} µs/article"
                    + (ThreadClock.Available ? $"  thread cpu {threadCpu[name] * 1000,7:F0} ms {threadCpu[name] * 1e6 / inputs.Count,7:F0} µs/article" : "")
                    + $"  {allocatedBy[name] / 1e3 / inputs.Count,6:F0} kB/article allocated");
            var megabytes = inputs.Sum(a => (double)System.Text.Encoding.UTF8.GetByteCount(a.Text)) / 1e6;
            Console.WriteLine($"{"total",-12} {total,9:F0} ms  {inputs.Count / (total / 1000),6:F0} articles/s on one thread");
            Console.WriteLine($"{"text",-12} {megabytes,9:F2} MB  {megabytes / (total / 1000),6:F3} MB/s on one thread (annotators and row building, not reading)");
            if (ThreadClock.Available)
                Console.WriteLine($"{"thread cpu",-12} {totalCpu,9:F0} ms  {megabytes / (totalCpu / 1000),6:F3} MB/s of the pipeline thread's own CPU time");
            Console.WriteLine($"{"cpu",-12} {cpu,9:F0} ms  {megabytes / (cpu / 1000),6:F3} MB/s of process CPU time (JIT and GC threads included)");
            // Allocation drives collections, which the stage times above include wherever they struck.
            Console.WriteLine($"{"gc",-12} {pause,9:F0} ms paused  {allocated,8:F0} MB allocated ({allocated * 1000 / inputs.Count:F0} kB/article)  collections gen0/1/2 {collections}");
            return 0;
        }
        finally
        {
            File.Delete(corpus);
        }
    }
}
