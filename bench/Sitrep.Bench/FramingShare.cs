using System.Diagnostics;
using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Bench;

/// <summary>
/// What framing adds to the pipeline's time (issue #19 allows 10%), on one thread:
/// `framing-share [ROUNDS] [--corpus FILE]`. Two corpora: wire-style generated articles (FILE, else
/// 500 made here) and framed ones (the demo texts in samples/ and the passages of
/// tests/gold/framing/dev.jsonl: commentary, statements, where framing finds the most). For each, the
/// default pipeline and the same pipeline without the framing annotator run in turn, the order
/// swapped every round; the added cost is the median over rounds of with / without - 1, by the
/// wall clock and by process CPU time (less swayed by other users of a shared machine). The framing
/// stage's own time over the other stages' is printed beside it. "With framing" includes making the
/// framing summary ingest stores with each article (schema step 10), since ingest pays for it too.
/// </summary>
public static class FramingShare
{
    public static int Run(int rounds, string? corpusFile)
    {
        var with = PipelineBuilder.Default();
        var builder = new PipelineBuilder();
        foreach (var annotator in with.Annotators.Where(a => a.Name != "framing")) builder.Use(annotator);
        var without = builder.Build();
        var recorder = Sitrep.Framing.ArticleFramingRecorder.Load(DataPack.Default);
        Console.WriteLine($"{rounds} rounds, one thread; load average {LoadAverage()}");
        Report("generated (wire)", Generated(corpusFile), with, without, recorder, rounds);
        Report("framed (samples + framing dev)", Framed(), with, without, recorder, rounds);
        return 0;
    }

    private static void Report(string name, List<Article> articles, SitrepPipeline with, SitrepPipeline without,
        Sitrep.Framing.ArticleFramingRecorder recorder, int rounds)
    {
        for (var i = 0; i < 3; i++) { Run(with, articles, recorder); Run(without, articles, null); } // every regex past its tier, every table loaded
        var wall = new List<double>();
        var cpu = new List<double>();
        var (withWall, withoutWall) = (0.0, 0.0);
        for (var r = 0; r < rounds; r++)
        {
            // a = without framing, b = with; the one run first alternates
            (double Wall, double Cpu) a, b;
            if (r % 2 == 0) { a = Run(without, articles, null); b = Run(with, articles, recorder); }
            else { b = Run(with, articles, recorder); a = Run(without, articles, null); }
            wall.Add(b.Wall / a.Wall - 1);
            cpu.Add(b.Cpu / a.Cpu - 1);
            withWall += b.Wall;
            withoutWall += a.Wall;
        }
        var stages = StageTimes(with, articles, Math.Max(1, rounds / 2));
        var summary = SummaryTime(with, articles, recorder, Math.Max(1, rounds / 2));
        var framing = stages["framing"] + summary;
        var rest = stages.Where(s => s.Key != "framing").Sum(s => s.Value);
        var megabytes = articles.Sum(x => (double)x.Text.Length) / 1e6;
        Console.WriteLine($"{name}: {articles.Count} articles, {megabytes:F2} M chars");
        Console.WriteLine($"  pipeline without framing {withoutWall / rounds:F0} ms, with {withWall / rounds:F0} ms a round");
        Console.WriteLine($"  framing adds (median of {rounds}): wall {Median(wall):P1}, cpu {Median(cpu):P1}");
        Console.WriteLine($"  framing stage + stored summary / other stages: {framing / rest:P1} ({framing / Math.Max(1, rounds / 2):F0} ms, of which summary {summary / Math.Max(1, rounds / 2):F0} ms, against {rest / Math.Max(1, rounds / 2):F0} ms a round)");
    }

    private static (double Wall, double Cpu) Run(SitrepPipeline pipeline, List<Article> articles, Sitrep.Framing.ArticleFramingRecorder? recorder)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        foreach (var article in articles)
        {
            var document = pipeline.Process(article);
            recorder?.Json(document);
        }
        return (clock.Elapsed.TotalMilliseconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
    }

    /// <summary>Milliseconds spent in each annotator over <paramref name="rounds"/> passes.</summary>
    internal static Dictionary<string, double> StageTimes(SitrepPipeline pipeline, IReadOnlyList<Article> articles, int rounds)
    {
        var time = pipeline.Annotators.ToDictionary(a => a.Name, _ => 0L);
        for (var r = 0; r < rounds; r++)
            foreach (var article in articles)
            {
                var document = new Document(article);
                foreach (var annotator in pipeline.Annotators)
                {
                    var t = Stopwatch.GetTimestamp();
                    annotator.Annotate(document);
                    time[annotator.Name] += Stopwatch.GetTimestamp() - t;
                }
            }
        return time.ToDictionary(t => t.Key, t => t.Value * 1000.0 / Stopwatch.Frequency);
    }

    /// <summary>Milliseconds spent making the stored framing summaries of processed documents over <paramref name="rounds"/> passes.</summary>
    private static double SummaryTime(SitrepPipeline pipeline, IReadOnlyList<Article> articles, Sitrep.Framing.ArticleFramingRecorder recorder, int rounds)
    {
        var documents = articles.Select(a => pipeline.Process(a)).ToList();
        var clock = Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++)
            foreach (var document in documents) recorder.Json(document);
        var total = clock.Elapsed.TotalMilliseconds;
        return total;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    internal static List<Article> Generated(string? file)
    {
        if (file is not null) return [.. SourceReader.Default().Read([file]).Where(r => r.Article is not null).Select(r => r.Article!)];
        var corpus = Path.Combine(Path.GetTempPath(), $"sitrep-framing-share-{Environment.ProcessId}.jsonl");
        try
        {
            CorpusGenerator.Generate(corpus, 500);
            return [.. SourceReader.Default().Read([corpus]).Select(r => r.Article!)];
        }
        finally
        {
            File.Delete(corpus);
        }
    }

    internal static List<Article> Framed()
    {
        var root = Root();
        var articles = SourceReader.Default().Read([Path.Combine(root, "samples")]).Where(r => r.Article is not null).Select(r => r.Article!).ToList();
        var dev = Path.Combine(root, "tests", "gold", "framing", "dev.jsonl");
        articles.AddRange(File.ReadLines(dev).Select((line, i) =>
            Article.Create(System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!, $"framing-dev-{i}")));
        return articles;
    }

    /// <summary>The repository root (it holds Sitrep.slnx), from the working directory up.</summary>
    private static string Root()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException("Sitrep.slnx not found above " + Directory.GetCurrentDirectory());
    }

    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
