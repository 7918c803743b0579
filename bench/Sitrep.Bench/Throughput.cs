using System.Diagnostics;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Bench;

/// <summary>
/// Runs the whole pipeline (read, annotate, extract, store in SQLite) on a generated corpus and
/// prints articles/s, MB/s and peak memory. Not a BenchmarkDotNet run: one end-to-end pass,
/// like a user's ingest, reported the same way every time.
/// </summary>
public static class Throughput
{
    public static int Run(int articles, bool keep)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"sitrep-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        try
        {
            var corpus = CorpusGenerator.Generate(Path.Combine(folder, "corpus.jsonl"), articles);
            var megabytes = new FileInfo(corpus).Length / 1024.0 / 1024.0;
            var pipeline = PipelineBuilder.Default();
            pipeline.Process(Article.Create("Warm-up: gunmen attacked a checkpoint in Ghazni on Monday.", "warmup"));

            using var store = SqliteStore.Open(Path.Combine(folder, "bench.db"));
            var clock = Stopwatch.StartNew();
            var summary = new Ingestor(pipeline, SourceReader.Default(), store).Run([corpus]);
            clock.Stop();

            var seconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"articles        {summary.ArticlesRead:N0} ({megabytes:F1} MB), {summary.EventsFound:N0} events, {summary.Errors.Count} errors");
            Console.WriteLine($"elapsed         {seconds:F2} s on {Environment.ProcessorCount} cores");
            Console.WriteLine($"throughput      {summary.ArticlesRead / seconds:F0} articles/s, {megabytes / seconds:F2} MB/s");
            Console.WriteLine($"peak memory     {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB (working set)");
            return summary.Failed ? 1 : 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (!keep) Directory.Delete(folder, recursive: true);
        }
    }
}
