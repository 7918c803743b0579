using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Bench;

/// <summary>
/// One stage's steady-state cost, for trying a change to it on a shared machine: the generated
/// corpus runs once whole (lazy data loaded, rules compiled), then several rounds time only the
/// named stage (the stages before it run untimed; `store-rows` times the row building after every stage) by the pipeline thread's own CPU time, and the
/// best and median rounds are printed. The best round is the one least disturbed by other load.
/// </summary>
public static class StageLoop
{
    /// <summary>Not an annotator: turning the processed document into database rows and their JSON.</summary>
    private const string StoreRows = "store-rows";

    public static int Run(string stage, int articles, int rounds)
    {
        var corpus = CorpusGenerator.Generate(Path.Combine(Path.GetTempPath(), $"sitrep-stage-{Environment.ProcessId}.jsonl"), articles);
        try
        {
            var pipeline = PipelineBuilder.Default();
            var inputs = SourceReader.Default().Read([corpus]).Select(r => r.Article!).ToList();
            var rows = stage == StoreRows;
            if (!rows && pipeline.Annotators.All(a => a.Name != stage))
            {
                Console.Error.WriteLine($"no stage {stage}; stages: {string.Join(", ", pipeline.Annotators.Select(a => a.Name))}, {StoreRows}");
                return 2;
            }
            foreach (var article in inputs) pipeline.Process(article);
            var seconds = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                var spent = 0.0;
                foreach (var article in inputs)
                {
                    var document = new Document(article);
                    foreach (var annotator in pipeline.Annotators)
                    {
                        if (annotator.Name != stage) { annotator.Annotate(document); continue; }
                        var began = ThreadClock.Now();
                        annotator.Annotate(document);
                        spent += ThreadClock.Now() - began;
                        break;
                    }
                    if (rows)
                    {
                        var began = ThreadClock.Now();
                        StoredDocument.From(document);
                        spent += ThreadClock.Now() - began;
                    }
                }
                seconds.Add(spent);
            }
            seconds.Sort();
            var megabytes = inputs.Sum(a => (double)System.Text.Encoding.UTF8.GetByteCount(a.Text)) / 1e6;
            Console.WriteLine($"{stage}: best {seconds[0] * 1000:F0} ms, median {seconds[seconds.Count / 2] * 1000:F0} ms of thread CPU per round"
                + $" ({seconds[0] * 1e6 / inputs.Count:F0} µs/article, {megabytes / seconds[0]:F2} MB/s at best)");
            return 0;
        }
        finally
        {
            File.Delete(corpus);
        }
    }
}
