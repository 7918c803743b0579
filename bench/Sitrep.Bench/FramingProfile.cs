using System.Diagnostics;
using Sitrep.Documents;
using Sitrep.Framing;
using Sitrep.Pipeline;

namespace Sitrep.Bench;

/// <summary>
/// Where the framing stage's time goes: each pattern, the phrase lexicon, the neutral uses and the
/// whole annotator, timed over the demo corpus and a generated one after every regex is compiled,
/// beside the rest of the pipeline. `framing-profile [rounds]`.
/// </summary>
public static class FramingProfile
{
    public static int Run(int rounds)
    {
        var corpus = Path.Combine(Path.GetTempPath(), $"sitrep-framing-profile-{Environment.ProcessId}.jsonl");
        CorpusGenerator.Generate(corpus, 200);
        var articles = SourceReader.Default().Read([corpus]).Select(r => r.Article!).ToList();
        File.Delete(corpus);
        var samples = Path.Combine(Directory.GetCurrentDirectory(), "samples");
        if (Directory.Exists(samples)) articles.AddRange(SourceReader.Default().Read([samples]).Where(r => r.Article is not null).Select(r => r.Article!));
        var pipeline = PipelineBuilder.Default();
        var framing = (FramingAnnotator)pipeline.Annotators.Single(a => a.Name == "framing");
        var lexicon = framing.Lexicon;
        var texts = articles.Select(a => a.Text).ToList();
        for (var i = 0; i < 3; i++) foreach (var a in articles) pipeline.Process(a); // past the tiers

        var stage = pipeline.Annotators.ToDictionary(a => a.Name, _ => 0L);
        for (var r = 0; r < rounds; r++)
            foreach (var article in articles)
            {
                var document = new Document(article);
                foreach (var annotator in pipeline.Annotators)
                {
                    var t = Stopwatch.GetTimestamp();
                    annotator.Annotate(document);
                    stage[annotator.Name] += Stopwatch.GetTimestamp() - t;
                }
            }
        var parts = new List<(string Name, long Ticks)>();
        var (regions, whole, gated, wordSets) = (0L, 0L, 0L, 0L);
        for (var r = 0; r < rounds; r++)
            foreach (var article in articles)
            {
                var document = new Document(article);
                foreach (var annotator in pipeline.Annotators.Where(a => a.Name != "framing")) annotator.Annotate(document);
                var t = Stopwatch.GetTimestamp();
                SpeechRegions.Find(document, lexicon.ReportingVerbs);
                regions += Stopwatch.GetTimestamp() - t;
                t = Stopwatch.GetTimestamp();
                var words = FramingAnnotator.WordSet(document);
                wordSets += Stopwatch.GetTimestamp() - t;
                t = Stopwatch.GetTimestamp();
                foreach (var (pattern, entry) in lexicon.Patterns) if (entry.MayMatch(words)) pattern.Matches(document.Text);
                gated += Stopwatch.GetTimestamp() - t;
                t = Stopwatch.GetTimestamp();
                framing.Annotate(document);
                whole += Stopwatch.GetTimestamp() - t;
            }
        parts.Add(("speech regions", regions));
        parts.Add(("word set", wordSets));
        parts.Add(("gated patterns", gated));
        parts.Add(("whole annotator (again)", whole));
        parts.Add(("phrases", Time(() => { foreach (var t in texts) lexicon.Phrases.Matches(t); }, rounds)));
        parts.Add(("neutral", Time(() => { foreach (var t in texts) foreach (var n in lexicon.Neutral) n.Pattern.Matches(t); }, rounds)));
        var sets = articles.Select(a => { var d = new Document(a); pipeline.Annotators[0].Annotate(d); return (a.Text, Words: FramingAnnotator.WordSet(d)); }).ToList();
        foreach (var (pattern, entry) in lexicon.Patterns)
        {
            var passing = sets.Where(x => entry.MayMatch(x.Words)).Select(x => x.Text).ToList();
            parts.Add(($"{entry.Kind} (line {entry.Line}, {passing.Count} texts)", Time(() => { foreach (var t in passing) pattern.Matches(t); }, rounds)));
        }
        double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
        var total = stage.Values.Sum();
        Console.WriteLine($"{articles.Count} articles x {rounds} rounds; whole pipeline {Ms(total):F0} ms; framing {Ms(stage["framing"]):F0} ms = {(double)stage["framing"] / (total - stage["framing"]):P1} of the rest");
        foreach (var (name, ticks) in stage.OrderByDescending(s => s.Value)) Console.WriteLine($"  stage {name,-14} {Ms(ticks),8:F0} ms");
        foreach (var (name, ticks) in parts.OrderByDescending(p => p.Ticks).Take(25)) Console.WriteLine($"  {name,-44} {Ms(ticks),8:F1} ms");
        return 0;
    }

    private static long Time(Action action, int rounds)
    {
        var t = Stopwatch.GetTimestamp();
        for (var r = 0; r < rounds; r++) action();
        return Stopwatch.GetTimestamp() - t;
    }
}
