using BenchmarkDotNet.Attributes;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Bench;

[MemoryDiagnoser]
public class SentenceSplitterBenchmarks
{
    private readonly SentenceSplitter _splitter = SentenceSplitter.Load(DataPack.Default);
    private string _text = "";

    [GlobalSetup]
    public void Setup()
    {
        var path = CorpusGenerator.Generate(Path.Combine(Path.GetTempPath(), "sitrep-bench-sentences.jsonl"), 200);
        _text = string.Join("\n\n", File.ReadLines(path).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()));
    }

    /// <summary>About 200 generated articles per call; divide the text size by the mean time for MB/s.</summary>
    [Benchmark]
    public int Split() => _splitter.Split(_text).Count;
}
