using BenchmarkDotNet.Attributes;
using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Bench;

/// <summary>
/// What the framing stage adds to the pipeline's time (issue #19 allows 10%): the default pipeline
/// against the same pipeline without the framing annotator, one thread, over the generated corpus
/// of <see cref="PipelineBenchmarks"/> (wire-style) and over the demo corpus in samples/ (wire,
/// commentary and statements, where framing finds the most). The ratio column is the cost.
/// Run: <c>nice dotnet run -c Release --project bench/Sitrep.Bench -- --filter '*FramingCostBenchmarks*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class FramingCostBenchmarks
{
    [Params("generated", "samples")]
    public string Corpus { get; set; } = "generated";

    private SitrepPipeline _with = null!;
    private SitrepPipeline _without = null!;
    private List<Article> _articles = null!;

    [GlobalSetup]
    public void Setup()
    {
        _articles = Corpus == "samples" ? Samples() : Generated();
        _with = PipelineBuilder.Default();
        var builder = new PipelineBuilder();
        foreach (var annotator in _with.Annotators.Where(a => a.Name != "framing")) builder.Use(annotator);
        _without = builder.Build();
        // every regex past its tier, every lazy table loaded, before timing
        for (var i = 0; i < 3; i++)
            foreach (var article in _articles) { _with.Process(article); _without.Process(article); }
    }

    [Benchmark(Baseline = true)]
    public int WithoutFraming() => Run(_without);

    [Benchmark]
    public int WithFraming() => Run(_with);

    private int Run(SitrepPipeline pipeline)
    {
        var events = 0;
        foreach (var article in _articles) events += pipeline.Process(article).Events.Count;
        return events;
    }

    private static List<Article> Generated()
    {
        var corpus = Path.Combine(Path.GetTempPath(), $"sitrep-framing-bench-{Environment.ProcessId}.jsonl");
        try
        {
            CorpusGenerator.Generate(corpus, PipelineBenchmarks.Articles);
            return [.. SourceReader.Default().Read([corpus]).Select(r => r.Article!)];
        }
        finally
        {
            File.Delete(corpus);
        }
    }

    /// <summary>The demo corpus (samples/ at the repository root), found from the working directory up.</summary>
    private static List<Article> Samples()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "samples")) && File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
                return [.. SourceReader.Default().Read([Path.Combine(dir.FullName, "samples")]).Where(r => r.Article is not null).Select(r => r.Article!)];
        throw new DirectoryNotFoundException("samples/ not found above " + Directory.GetCurrentDirectory());
    }
}
