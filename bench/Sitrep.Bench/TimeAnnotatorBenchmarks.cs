using System.Runtime.CompilerServices;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Sitrep.Pipeline;
using Sitrep.Time;

namespace Sitrep.Bench;

/// <summary>
/// Time annotator throughput on the sentences of bench/chrono/sentences.txt (the same corpus
/// bench/chrono/bench.js gives chrono-node): the lines joined by newlines, repeated 20 times,
/// resolved against 2019-07-30. Reports expressions/s and MB/s beside the mean time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class TimeAnnotatorBenchmarks
{
    public const int Repeat = 20;
    private static readonly DateOnly Reference = new(2019, 7, 30);

    private TimeAnnotator _annotator = null!;
    private string _text = "";

    public static string Corpus([CallerFilePath] string here = "")
    {
        var file = Path.Combine(Path.GetDirectoryName(here)!, "..", "chrono", "sentences.txt");
        var lines = File.ReadAllLines(file).Where(l => l.Length > 0);
        return string.Join('\n', Enumerable.Repeat(string.Join('\n', lines), Repeat));
    }

    [GlobalSetup]
    public void Setup()
    {
        _annotator = TimeAnnotator.Load(DataPack.Default);
        _text = Corpus();
    }

    [Benchmark]
    public int FindTimes() => _annotator.Find(_text, Reference).Count;

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new ThroughputColumn(true), new ThroughputColumn(false));
    }

    /// <summary>Expressions per second, or megabytes (UTF-8) per second, from the mean time of one pass.</summary>
    private sealed class ThroughputColumn(bool expressions) : IColumn
    {
        private static readonly Lazy<(int Expressions, int Bytes)> Work = new(() =>
        {
            var text = Corpus();
            return (TimeAnnotator.Load(DataPack.Default).Find(text, Reference).Count, Encoding.UTF8.GetByteCount(text));
        });

        public string Id => expressions ? "ExpressionsPerSecond" : "MegabytesPerSecond";
        public string ColumnName => expressions ? "Expr/s" : "MB/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => expressions ? "Time expressions found per second" : "Megabytes of UTF-8 text read per second";
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            if (summary[benchmarkCase]?.ResultStatistics is not { } stats) return "NA";
            var seconds = stats.Mean / 1e9;
            return expressions
                ? (Work.Value.Expressions / seconds).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
                : (Work.Value.Bytes / seconds / 1e6).ToString("N2", System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
