using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Bench;

/// <summary>
/// The whole default pipeline (every annotator, no reading or storing) over 200 generated
/// articles, on one thread and on all cores, in MB of article text per second (the "MB/s"
/// column; divide the all-cores figure by the core count for MB/s per core). The pipeline and
/// its data are loaded, and each regex has passed its tier, before timing starts.
/// Run: <c>dotnet run -c Release --project bench/Sitrep.Bench -- --filter '*PipelineBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Columns))]
public class PipelineBenchmarks
{
    public const int Articles = 200;

    /// <summary>UTF-8 size of the articles' text, set in the setup (each benchmark process runs it).</summary>
    public static double Megabytes { get; private set; }

    private SitrepPipeline _pipeline = null!;
    private List<Article> _articles = null!;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = Path.Combine(Path.GetTempPath(), $"sitrep-pipeline-bench-{Environment.ProcessId}.jsonl");
        try
        {
            CorpusGenerator.Generate(corpus, Articles);
            _articles = [.. SourceReader.Default().Read([corpus]).Select(r => r.Article!)];
        }
        finally
        {
            File.Delete(corpus);
        }
        Megabytes = _articles.Sum(a => (double)System.Text.Encoding.UTF8.GetByteCount(a.Text)) / 1e6;
        _pipeline = PipelineBuilder.Default();
        foreach (var article in _articles) _pipeline.Process(article);
    }

    [Benchmark(Baseline = true)]
    public int OneThread()
    {
        var events = 0;
        foreach (var article in _articles) events += _pipeline.Process(article).Events.Count;
        return events;
    }

    [Benchmark]
    public int AllCores()
    {
        var events = 0;
        Parallel.ForEach(_articles, article => Interlocked.Add(ref events, _pipeline.Process(article).Events.Count));
        return events;
    }

    private sealed class Columns : ManualConfig
    {
        public Columns() => AddColumn(new MegabytesPerSecond());
    }

    /// <summary>Article text processed per second of the benchmark's mean time.</summary>
    private sealed class MegabytesPerSecond : IColumn
    {
        public string Id => "MBps";
        public string ColumnName => "MB/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "MB of article text (UTF-8) per second";
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            // The column is computed in the host process, where the setup has not run: size the corpus here.
            if (Megabytes == 0) new PipelineBenchmarks().SizeOnly();
            return summary[benchmarkCase]?.ResultStatistics?.Mean is { } nanoseconds
                ? (Megabytes / (nanoseconds / 1e9)).ToString("F3", System.Globalization.CultureInfo.InvariantCulture)
                : "-";
        }
    }

    private void SizeOnly()
    {
        var corpus = Path.Combine(Path.GetTempPath(), $"sitrep-pipeline-size-{Environment.ProcessId}.jsonl");
        try
        {
            CorpusGenerator.Generate(corpus, Articles);
            Megabytes = SourceReader.Default().Read([corpus]).Sum(r => (double)System.Text.Encoding.UTF8.GetByteCount(r.Article!.Text)) / 1e6;
        }
        finally
        {
            File.Delete(corpus);
        }
    }
}
